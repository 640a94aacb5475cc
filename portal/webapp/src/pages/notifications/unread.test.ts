import { describe, expect, it } from "vitest";
import { isUnread, markOpened, unreadCount } from "./unread";

describe("unread notifications", () => {
  const items = [
    { id: "1", createdAt: "2026-03-10T08:00:00Z" },
    { id: "2", createdAt: "2026-03-09T08:00:00Z" },
  ];

  it("counts everything as unread before the list was ever opened", () => {
    localStorage.clear();
    expect(unreadCount("investor1", items)).toBe(2);
  });

  it("counts only what is newer than the last opening, per user", () => {
    localStorage.clear();
    markOpened("investor1", new Date("2026-03-09T12:00:00Z"));
    expect(unreadCount("investor1", items)).toBe(1);
    expect(unreadCount("investor2", items)).toBe(2);
  });

  it("ignores notifications without a time", () => {
    expect(isUnread({ id: "3" }, null)).toBe(false);
  });
});
