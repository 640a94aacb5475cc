import type { Values } from "../api/unsaved";
import type { Application, ApplicationRequest } from "./types";

/** The topics of the guided application, one page each, in order. */
export type SectionId = "project" | "location" | "capital" | "employees" | "environment";

export interface Section {
  id: SectionId;
  /** Every field of the page, by its API path. */
  fields: readonly string[];
  /** The fields that must be filled for the section to be complete. */
  required: readonly string[];
}

export const SECTIONS: readonly Section[] = [
  { id: "project", fields: ["projectName", "objectives", "sectorCode"], required: ["projectName", "objectives", "sectorCode"] },
  { id: "location", fields: ["location.park", "location.zone", "landAreaM2"], required: ["location.park", "landAreaM2"] },
  {
    id: "capital",
    fields: ["totalCapital.amount", "totalCapital.currency", "plannedSchedule.constructionStart", "plannedSchedule.operationStart"],
    required: ["totalCapital.amount", "totalCapital.currency"],
  },
  { id: "employees", fields: ["expectedEmployees"], required: ["expectedEmployees"] },
  { id: "environment", fields: ["environmentalCategory"], required: ["environmentalCategory"] },
];

export type SectionStatus = "notStarted" | "inProgress" | "completed";

export function sectionById(id: string | undefined): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}

export function nextSection(id: SectionId): Section | undefined {
  const index = SECTIONS.findIndex((s) => s.id === id);
  return SECTIONS[index + 1];
}

const filled = (values: Values, path: string) => (values[path] ?? "").trim() !== "";

/** Completed when every required field has a value; in progress when some field has one. */
export function sectionStatus(section: Section, values: Values): SectionStatus {
  // The currency has a default, so it alone does not start the section.
  const entered = section.fields.filter((f) => f !== "totalCapital.currency" && filled(values, f));
  if (entered.length === 0) {
    return "notStarted";
  }
  return section.required.every((f) => filled(values, f)) ? "completed" : "inProgress";
}

/** The section a server field path belongs to (for links from the submission's errors). */
export function sectionOfField(path: string): SectionId | undefined {
  const root = path.split(/[.[]/)[0] ?? "";
  return SECTIONS.find((s) => s.fields.some((f) => f === path || f.split(".")[0] === root))?.id;
}

/** A draft as flat form values keyed by API path. */
export function valuesOf(application: Application | undefined): Values {
  const a = application ?? {};
  const v: Values = {
    projectName: a.projectName ?? "",
    objectives: a.objectives ?? "",
    sectorCode: a.sectorCode ?? "",
    "location.park": a.location?.park ?? "",
    "location.zone": a.location?.zone ?? "",
    landAreaM2: a.landAreaM2 ?? "",
    "totalCapital.amount": a.totalCapital?.amount ?? "",
    "totalCapital.currency": a.totalCapital?.currency ?? "VND",
    "plannedSchedule.constructionStart": a.plannedSchedule?.constructionStart ?? "",
    "plannedSchedule.operationStart": a.plannedSchedule?.operationStart ?? "",
    expectedEmployees: a.expectedEmployees === undefined ? "" : String(a.expectedEmployees),
    environmentalCategory: a.environmentalCategory ?? "",
  };
  return v;
}

/** What the draft body carries: only the fields entered so far. */
export interface DraftBody {
  projectName?: string;
  objectives?: string;
  sectorCode?: string;
  location?: { park?: string; zone?: string };
  landAreaM2?: string;
  totalCapital?: { amount?: string; currency?: string };
  plannedSchedule?: { constructionStart?: string; operationStart?: string };
  /** A number when it is one; otherwise the text as typed, for the service to report. */
  expectedEmployees?: number | string;
  environmentalCategory?: string;
}

/** Builds the draft body from form values, leaving out what is empty. */
export function draftBody(values: Values): DraftBody {
  const get = (path: string) => (values[path] ?? "").trim();
  const body: DraftBody = {};
  const text = (key: "projectName" | "objectives" | "sectorCode" | "landAreaM2" | "environmentalCategory") => {
    if (get(key)) body[key] = get(key);
  };
  text("projectName");
  text("objectives");
  text("sectorCode");
  text("landAreaM2");
  text("environmentalCategory");
  // A partial draft may hold the zone before the park: send only what was given.
  if (get("location.park") || get("location.zone")) {
    const location: NonNullable<DraftBody["location"]> = {};
    if (get("location.park")) location.park = get("location.park");
    if (get("location.zone")) location.zone = get("location.zone");
    body.location = location;
  }
  if (get("totalCapital.amount")) {
    body.totalCapital = { amount: get("totalCapital.amount"), currency: get("totalCapital.currency") || "VND" };
  }
  const construction = get("plannedSchedule.constructionStart");
  const operation = get("plannedSchedule.operationStart");
  if (construction || operation) {
    body.plannedSchedule = {};
    if (construction) body.plannedSchedule.constructionStart = construction;
    if (operation) body.plannedSchedule.operationStart = operation;
  }
  const employees = get("expectedEmployees");
  if (employees) body.expectedEmployees = /^\d{1,9}$/.test(employees) ? Number(employees) : employees;
  return body;
}

/**
 * The typed client still declares every ApplicationRequest field required; licensing-service is
 * being changed to accept partial drafts (until then it answers 422 for the missing fields, which
 * the page shows). This is the one place the draft body is handed over as an ApplicationRequest.
 */
export function asApplicationRequest(body: DraftBody): ApplicationRequest {
  return body as unknown as ApplicationRequest;
}
