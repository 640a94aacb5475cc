import { describe, expect, it } from "vitest";
import { inboxQuery } from "../../api/office";
import { decisionRequest } from "./DecisionPanel";
import { filterOf } from "./InboxPage";
import { investorFilterOf } from "./InvestorsPage";
import { chainFromPem } from "./SigningPage";

describe("the inbox's address", () => {
  it("reads every filter and falls back for what it does not know", () => {
    const filter = filterOf(new URLSearchParams("tab=overdue&stage=APPRAISAL&environmentalCategory=II&reference=HTP-2026-000001&investor=Sao&sort=CREATED_AT_DESC&page=3"));
    expect(filter).toEqual({ tab: "overdue", stage: "APPRAISAL", environmentalCategory: "II", reference: "HTP-2026-000001", investor: "Sao", sort: "CREATED_AT_DESC", page: 3 });
    expect(filterOf(new URLSearchParams("tab=everything&stage=NOPE&environmentalCategory=V&sort=name&page=-2&investor=S"))).toEqual({ tab: "unclaimed", page: 0 });
  });

  it("turns each tab into the one API filter it stands for", () => {
    expect(inboxQuery({ tab: "mine", page: 0 })).toEqual({ assignee: "ME", page: 0, size: 20 });
    expect(inboxQuery({ tab: "unclaimed", page: 1, stage: "APPROVAL" })).toEqual({ assignee: "UNASSIGNED", stage: "APPROVAL", page: 1, size: 20 });
    expect(inboxQuery({ tab: "overdue", page: 0 })).toEqual({ overdue: true, page: 0, size: 20 });
    expect(inboxQuery({ tab: "soon", page: 0 })).toEqual({ dueWithin: 2, page: 0, size: 20 });
    expect(inboxQuery({ tab: "all", page: 0, sort: "DUE_AT_DESC" })).toEqual({ sort: "DUE_AT_DESC", page: 0, size: 20 });
  });
});

describe("the investor register's address", () => {
  it("shows the records waiting for verification unless another status, or all, is asked for", () => {
    expect(investorFilterOf(new URLSearchParams(""))).toEqual({ status: "PENDING_VERIFICATION", page: 0 });
    expect(investorFilterOf(new URLSearchParams("status=all&name=%20Sao%20Mai%20&page=2"))).toEqual({ name: "Sao Mai", page: 2 });
    expect(investorFilterOf(new URLSearchParams("status=SUSPENDED"))).toEqual({ status: "SUSPENDED", page: 0 });
    expect(investorFilterOf(new URLSearchParams("status=GONE&page=x"))).toEqual({ page: 0 });
  });
});

describe("a decision request", () => {
  const reasons = [
    { document: "LAND_USE", reason: " Lease expires before operation starts " },
    { document: "", reason: "  " },
  ];

  it("sends reasons for a supplement, dropping empty rows and trimming", () => {
    expect(decisionRequest({ outcome: "SUPPLEMENT_NEEDED", comment: "", reasons, agencies: ["agency-moit"] })).toEqual({
      outcome: "SUPPLEMENT_NEEDED",
      reasons: [{ document: "LAND_USE", reason: "Lease expires before operation starts" }],
    });
  });

  it("sends only what the outcome uses", () => {
    expect(decisionRequest({ outcome: "COMPLETE", comment: " ok ", reasons, agencies: ["agency-moit"] })).toEqual({ outcome: "COMPLETE", comment: "ok" });
    expect(decisionRequest({ outcome: "CONSULT", comment: "", reasons, agencies: ["agency-moit"] })).toEqual({ outcome: "CONSULT", agencies: ["agency-moit"] });
  });
});

describe("certificates pasted from the CA", () => {
  it("become the base64 DER strings of x5c, in order", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\nAAAA\n-----END CERTIFICATE-----\ntext\n-----BEGIN CERTIFICATE-----\r\nMIIC\r\n-----END CERTIFICATE-----";
    expect(chainFromPem(pem)).toEqual(["MIIBAAAA", "MIIC"]);
    expect(chainFromPem("no certificate here")).toEqual([]);
  });
});

describe("the auditors' statistics", () => {
  it("name a stage by its BPMN activity", async () => {
    const { stageOfActivity, periodOf } = await import("../audit/AuditStatisticsPage");
    expect(stageOfActivity("completenessCheck")).toBe("COMPLETENESS_CHECK");
    expect(stageOfActivity("environmentalImpactReview")).toBe("ENVIRONMENTAL_IMPACT_REVIEW");
    expect(stageOfActivity("approval")).toBe("APPROVAL");
    // Whole Hanoi days: 1 to 2 December is [1 Dec 00:00 +07, 3 Dec 00:00 +07).
    expect(periodOf("2026-12-01", "2026-12-02")).toEqual({ from: "2026-11-30T17:00:00.000Z", to: "2026-12-02T17:00:00.000Z" });
  });
});

describe("the consultation answers on the appraisal task", () => {
  it("are the CONSULTATION decisions with the comment from their signed text", async () => {
    const { consultationAnswers } = await import("./CaseParts");
    const answers = consultationAnswers([
      { stage: "COMPLETENESS_CHECK", outcome: "COMPLETE", official: "reception1", document: "{}" },
      { stage: "CONSULTATION", outcome: "AGREE_WITH_CONDITIONS", official: "agency1", decidedAt: "2026-12-03T08:00:00Z", document: '{"comment":"Cần giấy phép hóa chất"}' },
      { stage: "CONSULTATION", outcome: "AGREE", official: "agency2", document: "not json" },
    ]);
    expect(answers).toEqual([
      { outcome: "AGREE_WITH_CONDITIONS", official: "agency1", decidedAt: "2026-12-03T08:00:00Z", comment: "Cần giấy phép hóa chất" },
      { outcome: "AGREE", official: "agency2", decidedAt: "", comment: "" },
    ]);
  });
});
