import type { ApplicationStatus, Owed, Timeline } from "./types";

/** What the investor must do next on a case, from its status (and what the timeline says is owed). */
export type NextAction =
  | { kind: "continueDraft" }
  | { kind: "answerSupplement"; dueAt?: string }
  | { kind: "downloadLicence" }
  | { kind: "officeWorking"; dueAt?: string }
  | { kind: "nothing" };

export function nextAction(status: ApplicationStatus | undefined, timeline?: Timeline): NextAction {
  const owed: Owed | undefined = timeline?.owed;
  switch (status) {
    case "DRAFT":
      return { kind: "continueDraft" };
    case "SUPPLEMENT_REQUESTED":
      return owed?.dueAt ? { kind: "answerSupplement", dueAt: owed.dueAt } : { kind: "answerSupplement" };
    case "LICENSED":
      return { kind: "downloadLicence" };
    case "REJECTED":
    case "LAPSED":
    case "WITHDRAWN":
    case undefined:
      return { kind: "nothing" };
    default:
      return owed?.by === "AUTHORITY" && owed.dueAt ? { kind: "officeWorking", dueAt: owed.dueAt } : { kind: "officeWorking" };
  }
}
