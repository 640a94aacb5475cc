import { describe, expect, it } from "vitest";
import { investorRequest, valuesOfInvestor } from "./investorForm";

describe("investorRequest", () => {
  it("builds an individual's request without a legal representative", () => {
    const values = {
      ...valuesOfInvestor(undefined),
      legalName: " Tanaka Hiroshi ",
      country: "JP",
      "identityDocument.type": "PASSPORT",
      "identityDocument.number": "TZ1234567",
      "identityDocument.issuingCountry": "JP",
      "identityDocument.expiresOn": "2031-05-20",
      "registeredAddress.street": "1-1 Chiyoda",
      "registeredAddress.city": "Tokyo",
      "registeredAddress.country": "JP",
      contactEmail: "tanaka@example.jp",
      contactPhone: "+81 3-1234-5678",
      "legalRepresentative.fullName": "ignored",
    };
    expect(investorRequest(values)).toEqual({
      type: "INDIVIDUAL",
      legalName: "Tanaka Hiroshi",
      country: "JP",
      identityDocument: { type: "PASSPORT", number: "TZ1234567", issuingCountry: "JP", expiresOn: "2031-05-20" },
      registeredAddress: { street: "1-1 Chiyoda", city: "Tokyo", country: "JP" },
      contactEmail: "tanaka@example.jp",
      contactPhone: "+81 3-1234-5678",
    });
  });

  it("adds the legal representative of an organization", () => {
    const body = investorRequest({ ...valuesOfInvestor(undefined), type: "ORGANIZATION", "legalRepresentative.fullName": "Nguyễn Thị Minh Anh", "legalRepresentative.position": "Giám đốc" });
    expect(body.legalRepresentative).toEqual({ fullName: "Nguyễn Thị Minh Anh", position: "Giám đốc", nationality: "VN" });
  });

  it("reads a record back into the form", () => {
    const values = valuesOfInvestor({ type: "ORGANIZATION", legalName: "Sao Mai", registeredAddress: { street: "Lô CN1", city: "Hà Nội", country: "VN", postalCode: "100000" } });
    expect(values["registeredAddress.postalCode"]).toBe("100000");
    expect(values.type).toBe("ORGANIZATION");
  });
});
