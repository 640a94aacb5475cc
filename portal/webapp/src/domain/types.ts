import type { InvestorSchemas, LicensingSchemas } from "@onestop/frontend-contracts";

type L = LicensingSchemas["schemas"];
type I = InvestorSchemas["schemas"];

export type Investor = I["Investor"];
export type InvestorRequest = I["InvestorRequest"];
export type InvestorStatus = I["InvestorStatus"];
export type InvestorType = I["InvestorType"];
export type IdentityDocumentType = I["IdentityDocumentType"];

export type Application = L["Application"];
export type ApplicationRequest = L["ApplicationRequest"];
export type ApplicationStatus = L["ApplicationStatus"];
export type CaseStage = L["CaseStage"];
export type DocumentType = L["DocumentType"];
export type EnvironmentalCategory = L["EnvironmentalCategory"];
export type DossierDocument = L["Document"];
export type Timeline = L["Timeline"];
export type TimelineEvent = L["TimelineEvent"];
export type Decision = L["Decision"];
export type Owed = L["Owed"];
export type Receipt = L["Receipt"];
export type SupplementRequest = L["SupplementRequest"];
export type Refusal = L["Refusal"];
export type Apology = L["Apology"];
export type Licence = L["Licence"];
export type Notification = L["Notification"];

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  "APPLICATION_FORM",
  "INVESTOR_LEGAL_STATUS",
  "FINANCIAL_CAPACITY",
  "PROJECT_PROPOSAL",
  "LAND_USE",
  "TECHNOLOGY",
  "ENVIRONMENTAL_IMPACT_ASSESSMENT",
  "ENVIRONMENTAL_REGISTRATION",
  "OTHER",
];

export const CASE_STAGES: readonly CaseStage[] = [
  "COMPLETENESS_CHECK",
  "ENVIRONMENTAL_IMPACT_REVIEW",
  "ENVIRONMENTAL_REGISTRATION_CHECK",
  "APPRAISAL",
  "CONSULTATION",
  "APPROVAL",
];

export const INVESTOR_STATUSES: readonly InvestorStatus[] = ["PENDING_VERIFICATION", "VERIFIED", "REJECTED", "SUSPENDED"];

export const ENVIRONMENTAL_CATEGORIES: readonly EnvironmentalCategory[] = ["I", "II", "III", "IV"];

const ENDED: readonly ApplicationStatus[] = ["LICENSED", "REJECTED", "LAPSED", "WITHDRAWN"];

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === "string" && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export function isCaseStage(value: unknown): value is CaseStage {
  return typeof value === "string" && (CASE_STAGES as readonly string[]).includes(value);
}

export function isEnded(status: ApplicationStatus | undefined): boolean {
  return status !== undefined && ENDED.includes(status);
}

/** As the service rules: withdrawable once submitted, until the approver decides. */
export function isWithdrawable(status: ApplicationStatus | undefined): boolean {
  return status !== undefined && status !== "DRAFT" && status !== "AWAITING_APPROVAL" && !isEnded(status);
}

/**
 * The dossier slots the service asks for. `requiredDocuments` and `optionalDocuments` are being
 * added to Application by licensing-service right now and are not in the generated types yet:
 * read them defensively, keeping only known document types. Undefined when the service does not
 * send the field.
 */
export function documentTypesOf(
  application: Application,
  key: "requiredDocuments" | "optionalDocuments",
): DocumentType[] | undefined {
  const fields: Record<string, unknown> = application;
  const value = fields[key];
  return Array.isArray(value) ? value.filter(isDocumentType) : undefined;
}

export interface DossierSlots {
  required: DocumentType[];
  optional: DocumentType[];
  /** False while the service does not say which documents it requires. */
  known: boolean;
}

export function dossierSlots(application: Application): DossierSlots {
  const required = documentTypesOf(application, "requiredDocuments");
  const optional = documentTypesOf(application, "optionalDocuments");
  if (!required && !optional) {
    return { required: [], optional: [...DOCUMENT_TYPES], known: false };
  }
  const req = required ?? [];
  return { required: req, optional: (optional ?? []).filter((t) => !req.includes(t)), known: true };
}

/** The stage a running case is in: its latest STAGE_STARTED event, if it has not ended. */
export function currentStage(timeline: Timeline | undefined): CaseStage | undefined {
  if (!timeline || isEnded(timeline.status) || timeline.status === "DRAFT") {
    return undefined;
  }
  const started = (timeline.events ?? []).filter((e) => e.action === "STAGE_STARTED");
  const stage = started[started.length - 1]?.details?.stage;
  return isCaseStage(stage) ? stage : undefined;
}
