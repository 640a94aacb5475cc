import type { Values } from "../../api/unsaved";
import type { IdentityDocumentType, Investor, InvestorRequest, InvestorType } from "../../domain/types";

export const INVESTOR_TYPES: readonly InvestorType[] = ["INDIVIDUAL", "ORGANIZATION"];
export const IDENTITY_DOCUMENT_TYPES: readonly IdentityDocumentType[] = ["CITIZEN_ID", "PASSPORT", "ENTERPRISE_REGISTRATION_CERTIFICATE", "TAX_CODE"];

/** Viet Nam first, then the countries most investors come from (names from Intl in the UI language). */
export const COUNTRIES: readonly string[] = [
  "VN", "JP", "KR", "SG", "CN", "TW", "HK", "US", "TH", "MY", "ID", "PH", "IN", "AU", "NZ", "DE", "FR", "GB", "NL", "CH",
  "SE", "DK", "FI", "NO", "IT", "ES", "BE", "AT", "CA", "IL", "AE", "SA", "RU", "LA", "KH", "MM",
];

export function valuesOfInvestor(investor: Investor | undefined): Values {
  const i = investor ?? {};
  return {
    type: i.type ?? "INDIVIDUAL",
    legalName: i.legalName ?? "",
    country: i.country ?? "VN",
    "identityDocument.type": i.identityDocument?.type ?? "CITIZEN_ID",
    "identityDocument.number": i.identityDocument?.number ?? "",
    "identityDocument.issuingCountry": i.identityDocument?.issuingCountry ?? "VN",
    "identityDocument.expiresOn": i.identityDocument?.expiresOn ?? "",
    "registeredAddress.street": i.registeredAddress?.street ?? "",
    "registeredAddress.city": i.registeredAddress?.city ?? "",
    "registeredAddress.postalCode": i.registeredAddress?.postalCode ?? "",
    "registeredAddress.country": i.registeredAddress?.country ?? "VN",
    contactEmail: i.contactEmail ?? "",
    contactPhone: i.contactPhone ?? "",
    "legalRepresentative.fullName": i.legalRepresentative?.fullName ?? "",
    "legalRepresentative.position": i.legalRepresentative?.position ?? "",
    "legalRepresentative.nationality": i.legalRepresentative?.nationality ?? "VN",
  };
}

const isInvestorType = (v: string | undefined): v is InvestorType => v === "INDIVIDUAL" || v === "ORGANIZATION";
const isIdentityType = (v: string | undefined): v is IdentityDocumentType =>
  (IDENTITY_DOCUMENT_TYPES as readonly string[]).includes(v ?? "");

/** The request body; empty required texts are sent empty, for the service to name them. */
export function investorRequest(values: Values): InvestorRequest {
  const get = (path: string) => (values[path] ?? "").trim();
  const type = get("type");
  const identityType = get("identityDocument.type");
  const body: InvestorRequest = {
    type: isInvestorType(type) ? type : "INDIVIDUAL",
    legalName: get("legalName"),
    country: get("country"),
    identityDocument: {
      type: isIdentityType(identityType) ? identityType : "PASSPORT",
      number: get("identityDocument.number"),
      issuingCountry: get("identityDocument.issuingCountry"),
    },
    registeredAddress: {
      street: get("registeredAddress.street"),
      city: get("registeredAddress.city"),
      country: get("registeredAddress.country"),
    },
    contactEmail: get("contactEmail"),
    contactPhone: get("contactPhone"),
  };
  if (get("identityDocument.expiresOn")) body.identityDocument.expiresOn = get("identityDocument.expiresOn");
  if (get("registeredAddress.postalCode")) body.registeredAddress.postalCode = get("registeredAddress.postalCode");
  if (body.type === "ORGANIZATION") {
    body.legalRepresentative = {
      fullName: get("legalRepresentative.fullName"),
      position: get("legalRepresentative.position"),
      nationality: get("legalRepresentative.nationality"),
    };
  }
  return body;
}
