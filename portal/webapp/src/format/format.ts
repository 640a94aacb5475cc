/**
 * Locale formatting of the values the services send: dates, instants, amounts and areas.
 * Amounts and areas arrive as decimal strings ("250000000000", "12500.50") and never go through
 * JS numbers: the integer part is formatted by Intl as a BigInt, the fraction is appended as typed.
 */
export type Lang = "vi" | "en";

const TAGS: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** The authority's time zone: instants are shown as its clock reads them. */
export const AUTHORITY_ZONE = "Asia/Ho_Chi_Minh";

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function langOf(language: string | undefined): Lang {
  return language?.startsWith("en") ? "en" : "vi";
}

export function localeTag(lang: Lang): string {
  return TAGS[lang];
}

function decimalSeparator(lang: Lang): string {
  const part = new Intl.NumberFormat(TAGS[lang]).formatToParts(1.5).find((p) => p.type === "decimal");
  return part?.value ?? ".";
}

/** Formats integer digits with `options` and puts `fraction` (digits, maybe empty) after them. */
function compose(lang: Lang, integer: string, fraction: string, options: Intl.NumberFormatOptions): string {
  const format = new Intl.NumberFormat(TAGS[lang], {
    ...options,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  const parts = format.formatToParts(BigInt(integer));
  const lastInteger = parts.map((p) => p.type).lastIndexOf("integer");
  return parts
    .map((p, i) => (i === lastInteger && fraction ? p.value + decimalSeparator(lang) + fraction : p.value))
    .join("");
}

function trimZeros(fraction: string): string {
  return fraction.replace(/0+$/, "");
}

/** "250000000000" VND → "250.000.000.000 ₫" (vi) / "₫250,000,000,000" (en); USD keeps 2 decimals. */
export function formatMoney(amount: string, currency: string, lang: Lang): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match || !/^[A-Z]{3}$/.test(currency)) {
    return `${amount} ${currency}`.trim();
  }
  const integer = match[1] ?? "0";
  const fraction = match[2] ?? "";
  const digits = currency === "VND" ? trimZeros(fraction) : (fraction + "00").slice(0, Math.max(2, trimZeros(fraction).length));
  return compose(lang, integer, digits, { style: "currency", currency });
}

/** A plain decimal string in the locale's digits: "12500.50" → "12.500,5" (vi). */
export function formatDecimal(value: string, lang: Lang): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) {
    return value;
  }
  return compose(lang, match[1] ?? "0", trimZeros(match[2] ?? ""), {});
}

/** Land area in square metres: "12500.50" → "12.500,5 m²" (vi) / "12,500.5 m²" (en). */
export function formatArea(m2: string, lang: Lang): string {
  return `${formatDecimal(m2, lang)}\u00a0m²`;
}

/** A whole number such as a head count: 350 → "350", 1200 → "1.200" (vi). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(TAGS[lang], { maximumFractionDigits: 0 }).format(value);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date ("2026-03-10") as written in the locale: "10/03/2026" (vi), "10 March 2026" (en). */
export function formatDate(localDate: string, lang: Lang): string {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) {
    return localDate;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions =
    lang === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { dateStyle: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(TAGS[lang], options).format(date);
}

/** An instant as the authority's clock shows it: "23:15 10/03/2026" (vi), "10 March 2026 at 23:15" (en). */
export function formatDateTime(instant: string, lang: Lang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  const options: Intl.DateTimeFormatOptions =
    lang === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: AUTHORITY_ZONE }
      : { dateStyle: "long", timeStyle: "short", hourCycle: "h23", timeZone: AUTHORITY_ZONE };
  return new Intl.DateTimeFormat(TAGS[lang], options).format(date);
}

/** A file size: 2_048 → "2 kB", 1_300_000 → "1,3 MB" (vi). */
export function formatBytes(bytes: number, lang: Lang): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : bytes >= 1_000 ? [bytes / 1_000, "kilobyte"] : [bytes, "byte"];
  return new Intl.NumberFormat(TAGS[lang], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

/** A country's name in the locale ("JP" → "Nhật Bản"), or the code when unknown. */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([TAGS[lang]], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
