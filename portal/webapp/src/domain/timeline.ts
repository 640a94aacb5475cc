import type { Decision, Timeline, TimelineEvent } from "./types";
import { isCaseStage, type CaseStage } from "./types";

/** Who acted, as the investor may know it: never an official's identity, only the office. */
export type Actor = { kind: "office"; stage: CaseStage } | { kind: "investor" } | { kind: "system" };

export type Entry =
  | { kind: "event"; at: string; action: string; actor: Actor; details: Record<string, unknown> }
  | { kind: "decision"; at: string; outcome: string; actor: Actor; comment?: string; reasons: { document: string; reason: string }[] };

/** Internal hand-overs inside the office, and every draft edit, are not news to the investor. */
const HIDDEN = new Set(["TASK_CLAIMED", "TASK_UNCLAIMED", "TASK_REASSIGNED", "TASK_COMPLETED", "APPLICATION_EDITED"]);
const BY_INVESTOR = new Set(["APPLICATION_CREATED", "DOCUMENT_UPLOADED", "APPLICATION_SUBMITTED", "SUPPLEMENT_PROVIDED", "WITHDRAWAL_REQUESTED"]);

function actorOf(action: string, stage: unknown): Actor {
  if (BY_INVESTOR.has(action)) return { kind: "investor" };
  if (isCaseStage(stage)) return { kind: "office", stage };
  return { kind: "system" };
}

function fromEvent(e: TimelineEvent): Entry | null {
  if (!e.at || !e.action || HIDDEN.has(e.action)) return null;
  const details = e.details ?? {};
  return { kind: "event", at: e.at, action: e.action, actor: actorOf(e.action, details.stage), details };
}

function fromDecision(d: Decision): Entry | null {
  if (!d.at || !d.outcome) return null;
  const entry: Entry = {
    kind: "decision",
    at: d.at,
    outcome: d.outcome,
    actor: isCaseStage(d.stage) ? { kind: "office", stage: d.stage } : { kind: "system" },
    reasons: (d.reasons ?? []).map((r) => ({ document: r.document ?? "", reason: r.reason ?? "" })),
  };
  if (d.comment) entry.comment = d.comment;
  return entry;
}

/** Events and decisions of a case, oldest first, without officials' identities. */
export function timelineEntries(timeline: Timeline): Entry[] {
  const entries = [...(timeline.events ?? []).map(fromEvent), ...(timeline.decisions ?? []).map(fromDecision)].filter((e): e is Entry => e !== null);
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
