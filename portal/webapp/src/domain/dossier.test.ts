import { describe, expect, it } from "vitest";
import { byType, dossierStatus } from "./dossier";

const doc = (type: "LAND_USE" | "PROJECT_PROPOSAL", at: string, current: boolean) => ({ id: at, type, uploadedAt: at, current, filename: `${type}.pdf` });

describe("dossier", () => {
  it("groups versions by type, current first, older ones newest first", () => {
    const slots = byType([doc("LAND_USE", "2026-03-01T00:00:00Z", false), doc("LAND_USE", "2026-03-03T00:00:00Z", true), doc("LAND_USE", "2026-03-02T00:00:00Z", false)]);
    expect(slots.get("LAND_USE")?.current?.id).toBe("2026-03-03T00:00:00Z");
    expect(slots.get("LAND_USE")?.previous.map((d) => d.id)).toEqual(["2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z"]);
    expect(slots.get("PROJECT_PROPOSAL")).toBeUndefined();
  });

  it("is complete when every required document is uploaded", () => {
    const slots = { required: ["LAND_USE", "PROJECT_PROPOSAL"] as const, optional: [], known: true };
    const s = { ...slots, required: [...slots.required] };
    expect(dossierStatus(s, [])).toBe("notStarted");
    expect(dossierStatus(s, [doc("LAND_USE", "a", true)])).toBe("inProgress");
    expect(dossierStatus(s, [doc("LAND_USE", "a", true), doc("PROJECT_PROPOSAL", "b", true)])).toBe("completed");
  });

  it("stays in progress while the service does not say what is required", () => {
    expect(dossierStatus({ required: [], optional: [], known: false }, [doc("LAND_USE", "a", true)])).toBe("inProgress");
  });
});
