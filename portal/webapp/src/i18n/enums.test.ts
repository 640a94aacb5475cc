// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { ApplicationStatus, CaseStage, DocumentType, EnvironmentalCategory, IdentityDocumentType, InvestorStatus, InvestorType, Licence } from "../domain/types";
import en from "./en.json";
import vi from "./vi.json";

// Records over the generated enum types: a value the services add fails the type check here
// until it has a label.
const applicationStatus: Record<ApplicationStatus, true> = {
  DRAFT: true, SUBMITTED: true, UNDER_REVIEW: true, SUPPLEMENT_REQUESTED: true, ENVIRONMENTAL_REVIEW: true, APPRAISAL: true,
  AWAITING_APPROVAL: true, LICENSED: true, REJECTED: true, LAPSED: true, WITHDRAWN: true,
};
const investorStatus: Record<InvestorStatus, true> = { PENDING_VERIFICATION: true, VERIFIED: true, REJECTED: true, SUSPENDED: true };
const investorType: Record<InvestorType, true> = { INDIVIDUAL: true, ORGANIZATION: true };
const identityDocumentType: Record<IdentityDocumentType, true> = { PASSPORT: true, CITIZEN_ID: true, ENTERPRISE_REGISTRATION_CERTIFICATE: true, TAX_CODE: true };
const documentType: Record<DocumentType, true> = {
  APPLICATION_FORM: true, INVESTOR_LEGAL_STATUS: true, FINANCIAL_CAPACITY: true, PROJECT_PROPOSAL: true, LAND_USE: true, TECHNOLOGY: true,
  ENVIRONMENTAL_IMPACT_ASSESSMENT: true, ENVIRONMENTAL_REGISTRATION: true, OTHER: true,
};
const office: Record<CaseStage, true> = { COMPLETENESS_CHECK: true, ENVIRONMENTAL_IMPACT_REVIEW: true, ENVIRONMENTAL_REGISTRATION_CHECK: true, APPRAISAL: true, CONSULTATION: true, APPROVAL: true };
const environmentalCategory: Record<EnvironmentalCategory, true> = { I: true, II: true, III: true, IV: true };
const licenceStatus: Record<NonNullable<Licence["status"]>, true> = { VALID: true, REVOKED: true };
// Plain strings in the contract; the values licensing-service sends today.
const notificationKind = ["SUPPLEMENT_REQUESTED", "DECISION", "LICENCE_ISSUED", "LAPSE_WARNING", "CASE_ENDED"];
const decisionOutcome = ["COMPLETE", "SUPPLEMENT_NEEDED", "INELIGIBLE", "APPROVE", "REJECT", "ACCEPT", "RECOMMEND_APPROVAL", "RECOMMEND_REJECTION", "CONSULT", "AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE"];

const groups: Record<string, string[]> = {
  applicationStatus: Object.keys(applicationStatus),
  investorStatus: Object.keys(investorStatus),
  investorType: Object.keys(investorType),
  identityDocumentType: Object.keys(identityDocumentType),
  documentType: Object.keys(documentType),
  office: Object.keys(office),
  stage: Object.keys(office),
  environmentalCategory: Object.keys(environmentalCategory),
  environmentalCategoryHint: Object.keys(environmentalCategory),
  licenceStatus: Object.keys(licenceStatus),
  notificationKind,
  decisionOutcome,
};

describe("enum labels", () => {
  for (const [name, catalogue] of [["vi", vi], ["en", en]] as const) {
    it(`translate every enum value in ${name}`, () => {
      const labels = catalogue as unknown as Record<string, Record<string, string>>;
      for (const [group, values] of Object.entries(groups)) {
        for (const value of values) {
          expect(labels[group]?.[value], `${group}.${value}`).toBeTruthy();
        }
      }
    });
  }
});
