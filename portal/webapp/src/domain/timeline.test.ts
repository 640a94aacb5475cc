import { describe, expect, it } from "vitest";
import { timelineEntries } from "./timeline";

describe("timelineEntries", () => {
  const timeline = {
    events: [
      { at: "2026-03-02T02:00:00Z", action: "APPLICATION_SUBMITTED", actor: "investor1", details: { appointmentDate: "2026-03-23" } },
      { at: "2026-03-02T02:00:01Z", action: "STAGE_STARTED", details: { stage: "COMPLETENESS_CHECK", dueAt: "2026-03-09T10:00:00Z" } },
      { at: "2026-03-03T02:00:00Z", action: "TASK_CLAIMED", actor: "reception1", details: { stage: "COMPLETENESS_CHECK" } },
      { at: "2026-03-01T02:00:00Z", action: "APPLICATION_EDITED", details: {} },
      { at: "2026-03-05T02:00:00Z", action: "LICENCE_ISSUED", details: { certificateNumber: "BQL-2026-000001" } },
    ],
    decisions: [{ at: "2026-03-04T02:00:00Z", stage: "COMPLETENESS_CHECK", outcome: "COMPLETE", comment: "Hồ sơ đầy đủ", official: "reception1" }],
  };

  it("merges events and decisions in time order, leaving out internal hand-overs and edits", () => {
    const entries = timelineEntries(timeline);
    expect(entries.map((e) => (e.kind === "event" ? e.action : e.outcome))).toEqual(["APPLICATION_SUBMITTED", "STAGE_STARTED", "COMPLETE", "LICENCE_ISSUED"]);
  });

  it("names the office by its stage, never the official", () => {
    const entries = timelineEntries(timeline);
    expect(entries[0]?.actor).toEqual({ kind: "investor" });
    expect(entries[1]?.actor).toEqual({ kind: "office", stage: "COMPLETENESS_CHECK" });
    expect(entries[2]?.actor).toEqual({ kind: "office", stage: "COMPLETENESS_CHECK" });
    expect(entries[3]?.actor).toEqual({ kind: "system" });
    expect(JSON.stringify(entries)).not.toContain("reception1");
  });
});
