import { describe, expect, it } from "vitest";
import { forgetSubmissionKey, submissionKey } from "./idempotency";

describe("submission idempotency key", () => {
  it("is generated once per draft and reused on retry", () => {
    const first = submissionKey("app-1");
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(submissionKey("app-1")).toBe(first);
    expect(submissionKey("app-2")).not.toBe(first);
  });

  it("is new once forgotten", () => {
    const first = submissionKey("app-3");
    forgetSubmissionKey("app-3");
    expect(submissionKey("app-3")).not.toBe(first);
  });
});
