import { describe, expect, it } from "vitest";
import { nextAction } from "./nextAction";
import { draftBody, SECTIONS, sectionOfField, sectionStatus, valuesOf } from "./sections";
import { currentStage, dossierSlots, isWithdrawable, type Application } from "./types";

const section = (id: string) => SECTIONS.find((s) => s.id === id)!;

describe("nextAction", () => {
  it("asks to continue a draft", () => {
    expect(nextAction("DRAFT")).toEqual({ kind: "continueDraft" });
  });
  it("asks to answer a supplement request by its due date", () => {
    expect(nextAction("SUPPLEMENT_REQUESTED", { owed: { by: "INVESTOR", what: "SUPPLEMENT", dueAt: "2026-04-01T16:59:59Z" } })).toEqual({
      kind: "answerSupplement",
      dueAt: "2026-04-01T16:59:59Z",
    });
    expect(nextAction("SUPPLEMENT_REQUESTED")).toEqual({ kind: "answerSupplement" });
  });
  it("offers the licence once licensed", () => {
    expect(nextAction("LICENSED")).toEqual({ kind: "downloadLicence" });
  });
  it("says the office is working, with its due date, while the case runs", () => {
    for (const status of ["SUBMITTED", "UNDER_REVIEW", "ENVIRONMENTAL_REVIEW", "APPRAISAL", "AWAITING_APPROVAL"] as const) {
      expect(nextAction(status, { owed: { by: "AUTHORITY", what: status, dueAt: "2026-05-01T16:59:59Z" } })).toEqual({
        kind: "officeWorking",
        dueAt: "2026-05-01T16:59:59Z",
      });
    }
    expect(nextAction("APPRAISAL")).toEqual({ kind: "officeWorking" });
  });
  it("asks nothing of an ended case", () => {
    for (const status of ["REJECTED", "LAPSED", "WITHDRAWN"] as const) {
      expect(nextAction(status)).toEqual({ kind: "nothing" });
    }
  });
});

describe("sectionStatus", () => {
  it("is not started when nothing was entered (the default currency does not count)", () => {
    expect(sectionStatus(section("capital"), valuesOf(undefined))).toBe("notStarted");
    expect(sectionStatus(section("project"), valuesOf(undefined))).toBe("notStarted");
  });
  it("is in progress while a required field is missing", () => {
    expect(sectionStatus(section("project"), { projectName: "Sao Mai", objectives: " ", sectorCode: "" })).toBe("inProgress");
    expect(sectionStatus(section("location"), { "location.zone": "Khu 1" })).toBe("inProgress");
  });
  it("is completed when every required field has a value, optional ones aside", () => {
    expect(sectionStatus(section("location"), { "location.park": "Khu công nghệ cao Hòa Lạc", landAreaM2: "12500.50" })).toBe("completed");
    expect(sectionStatus(section("employees"), { expectedEmployees: "0" })).toBe("completed");
  });
  it("reads a draft from the server", () => {
    const draft: Application = { projectName: "P", objectives: "O", sectorCode: "C2610", expectedEmployees: 350, environmentalCategory: "IV" };
    const values = valuesOf(draft);
    expect(sectionStatus(section("project"), values)).toBe("completed");
    expect(sectionStatus(section("employees"), values)).toBe("completed");
    expect(sectionStatus(section("environment"), values)).toBe("completed");
    expect(sectionStatus(section("location"), values)).toBe("notStarted");
  });
});

describe("draftBody", () => {
  it("carries only the fields entered", () => {
    expect(draftBody({ projectName: " Sao Mai ", objectives: "", "totalCapital.currency": "VND" })).toEqual({ projectName: "Sao Mai" });
  });
  it("nests objects and keeps decimals as strings", () => {
    expect(
      draftBody({
        "location.park": "Khu công nghệ cao Hòa Lạc",
        landAreaM2: "12500.50",
        "totalCapital.amount": "250000000000",
        "totalCapital.currency": "USD",
        "plannedSchedule.operationStart": "2028-06-30",
        expectedEmployees: "350",
      }),
    ).toEqual({
      location: { park: "Khu công nghệ cao Hòa Lạc" },
      landAreaM2: "12500.50",
      totalCapital: { amount: "250000000000", currency: "USD" },
      plannedSchedule: { operationStart: "2028-06-30" },
      expectedEmployees: 350,
    });
  });
  it("leaves a head count that is not a number as typed, for the service to report", () => {
    expect(draftBody({ expectedEmployees: "about 300" }).expectedEmployees).toBe("about 300");
  });
});

describe("sectionOfField", () => {
  it.each([
    ["projectName", "project"],
    ["location.park", "location"],
    ["location", "location"],
    ["landAreaM2", "location"],
    ["totalCapital.amount", "capital"],
    ["totalCapital", "capital"],
    ["plannedSchedule.operationStart", "capital"],
    ["expectedEmployees", "employees"],
    ["environmentalCategory", "environment"],
  ])("puts %s on the %s page", (path, id) => {
    expect(sectionOfField(path)).toBe(id);
  });
  it("knows no page for documents", () => {
    expect(sectionOfField("documents.LAND_USE")).toBeUndefined();
  });
});

describe("dossier slots and stages", () => {
  it("uses the service's required and optional documents when it sends them", () => {
    const app = { requiredDocuments: ["APPLICATION_FORM", "LAND_USE", "BOGUS"], optionalDocuments: ["TECHNOLOGY", "LAND_USE"] } as Application;
    expect(dossierSlots(app)).toEqual({ required: ["APPLICATION_FORM", "LAND_USE"], optional: ["TECHNOLOGY"], known: true });
  });
  it("offers every document type while the service does not say", () => {
    const slots = dossierSlots({});
    expect(slots.known).toBe(false);
    expect(slots.required).toEqual([]);
    expect(slots.optional).toContain("PROJECT_PROPOSAL");
  });
  it("finds the current stage in the timeline", () => {
    expect(
      currentStage({
        status: "ENVIRONMENTAL_REVIEW",
        events: [
          { action: "STAGE_STARTED", details: { stage: "COMPLETENESS_CHECK" } },
          { action: "TASK_COMPLETED", details: { stage: "COMPLETENESS_CHECK" } },
          { action: "STAGE_STARTED", details: { stage: "ENVIRONMENTAL_IMPACT_REVIEW" } },
        ],
      }),
    ).toBe("ENVIRONMENTAL_IMPACT_REVIEW");
    expect(currentStage({ status: "LICENSED", events: [{ action: "STAGE_STARTED", details: { stage: "APPROVAL" } }] })).toBeUndefined();
  });
  it("allows withdrawal as the service does", () => {
    expect(isWithdrawable("UNDER_REVIEW")).toBe(true);
    expect(isWithdrawable("SUPPLEMENT_REQUESTED")).toBe(true);
    expect(isWithdrawable("DRAFT")).toBe(false);
    expect(isWithdrawable("AWAITING_APPROVAL")).toBe(false);
    expect(isWithdrawable("LICENSED")).toBe(false);
  });
});
