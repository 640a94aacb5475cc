import { describe, expect, it } from "vitest";
import { discardAllUnsaved, peekUnsaved, preserveUnsaved, registerUnsaved } from "./unsaved";

describe("unsaved input across a sign-in", () => {
  it("is forgotten at sign-out, for every page, and nothing else in storage is touched", () => {
    const stop1 = registerUnsaved("/applications/1/tasks/location", () => ({ landAreaM2: "8000" }));
    const stop2 = registerUnsaved("/investor/register", () => ({ "identityDocument.number": "001" }));
    sessionStorage.setItem("unrelated", "kept");
    preserveUnsaved();
    expect(peekUnsaved("/investor/register")).toEqual({ "identityDocument.number": "001" });

    discardAllUnsaved();

    expect(peekUnsaved("/investor/register")).toBeNull();
    expect(peekUnsaved("/applications/1/tasks/location")).toBeNull();
    expect(sessionStorage.getItem("unrelated")).toBe("kept");
    stop1();
    stop2();
  });
});
