import { describe, expect, it } from "vitest";
import { formatArea, formatBytes, formatDate, formatDateTime, formatDecimal, formatMoney, countryName } from "./format";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("formats VND in Vietnamese with dots and the dong sign after", () => {
    expect(nbsp(formatMoney("250000000000", "VND", "vi"))).toBe("250.000.000.000 ₫");
  });
  it("formats VND in English with commas and the sign before", () => {
    expect(formatMoney("250000000000", "VND", "en")).toBe("₫250,000,000,000");
  });
  it("keeps amounts beyond Number.MAX_SAFE_INTEGER exact", () => {
    expect(formatMoney("123456789012345678", "VND", "en")).toBe("₫123,456,789,012,345,678");
  });
  it("keeps a non-zero VND fraction and drops a zero one", () => {
    expect(nbsp(formatMoney("1000.50", "VND", "vi"))).toBe("1.000,5 ₫");
    expect(nbsp(formatMoney("1000.00", "VND", "vi"))).toBe("1.000 ₫");
  });
  it("formats USD with two decimals", () => {
    expect(formatMoney("1500", "USD", "en")).toBe("US$1,500.00");
    expect(formatMoney("1500.5", "USD", "en")).toBe("US$1,500.50");
    expect(nbsp(formatMoney("12000000.25", "USD", "vi"))).toBe("12.000.000,25 US$");
  });
  it("shows what it cannot parse as it came", () => {
    expect(formatMoney("abc", "VND", "vi")).toBe("abc VND");
  });
});

describe("formatArea and formatDecimal", () => {
  it("formats a land area in each locale", () => {
    expect(nbsp(formatArea("12500.50", "vi"))).toBe("12.500,5 m²");
    expect(nbsp(formatArea("12500.50", "en"))).toBe("12,500.5 m²");
    expect(nbsp(formatArea("800", "vi"))).toBe("800 m²");
  });
  it("keeps decimals as digits, not floats", () => {
    expect(formatDecimal("0.10", "en")).toBe("0.1");
    expect(formatDecimal("999999999999.99", "en")).toBe("999,999,999,999.99");
  });
});

describe("dates", () => {
  it("formats a calendar date without shifting it by the time zone", () => {
    expect(formatDate("2026-03-10", "vi")).toBe("10/03/2026");
    expect(formatDate("2026-03-10", "en")).toBe("10 March 2026");
  });
  it("formats an instant on the authority's clock (UTC+7)", () => {
    expect(nbsp(formatDateTime("2026-03-10T16:15:50Z", "vi"))).toContain("23:15");
    expect(nbsp(formatDateTime("2026-03-10T16:15:50Z", "vi"))).toContain("10/03/2026");
    expect(nbsp(formatDateTime("2026-03-10T20:00:00Z", "en"))).toContain("11 March 2026");
  });
  it("shows a malformed date as it came", () => {
    expect(formatDate("soon", "vi")).toBe("soon");
  });
});

describe("sizes and countries", () => {
  it("formats file sizes", () => {
    expect(nbsp(formatBytes(1_300_000, "vi"))).toBe("1,3 MB");
    expect(nbsp(formatBytes(2_048, "en"))).toBe("2 kB");
    expect(nbsp(formatBytes(512, "en"))).toBe("512 byte");
  });
  it("names countries in the locale", () => {
    expect(countryName("JP", "vi")).toBe("Nhật Bản");
    expect(countryName("JP", "en")).toBe("Japan");
  });
});
