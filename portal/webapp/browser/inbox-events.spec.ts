// The inbox is pushed: a task that enters the group's inbox shows in an official's open page
// without a reload, announced, long before the slowed-down polling would have fetched it.
import { expect, test } from "@playwright/test";
import { checkPage, deskJson, officialBrowser } from "./support";

test("a new task reaches an open inbox at once, through the portal's event stream", async ({ browser }) => {
  const reception = await officialBrowser(browser, "reception2");
  await reception.page.goto("/inbox?tab=unclaimed&sort=CREATED_AT_DESC");
  await expect(reception.page.getByText("Hộp việc cập nhật ngay khi có việc mới.")).toBeVisible();
  await checkPage(reception.page, "33-inbox-live");

  const started = Date.now();
  const { reference } = await deskJson<{ reference: string }>("/cases", { category: "IV" });
  const submitted = Date.now();
  // Polling runs every 5 minutes while the stream is open: only the push can be this quick.
  await expect(reception.page.getByRole("link", { name: reference })).toBeVisible({ timeout: 15_000 });
  await expect(reception.page.getByRole("status").filter({ hasText: "Có 1 việc mới đến hộp việc của nhóm" })).toBeAttached();
  console.log(`inbox push: the case was filed in ${submitted - started} ms and shown ${Date.now() - submitted} ms after`);
  await reception.context.close();
});
