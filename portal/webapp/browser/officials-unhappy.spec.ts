// The officials' workspace when things go wrong: another group's task, two officials claiming at
// once, a revoked certificate, a decision altered after it was shown, an investor record decided
// on from a stale page. Each refusal is the service's, shown as it said it, and nothing changes.
import { expect, test } from "@playwright/test";
import { checkPage, deskJson, enrolSigningKey, newPendingInvestor, officialBrowser, openInvestorRecord, openTask, prepareDecision } from "./support";

async function newCase(): Promise<string> {
  return (await deskJson<{ reference: string }>("/cases", { category: "IV" })).reference;
}

test("an official of another group cannot open the task, and two officials claiming at once are told who won", async ({ browser }) => {
  const reference = await newCase();
  const first = await officialBrowser(browser, "reception1");
  const second = await officialBrowser(browser, "reception2");
  await openTask(first.page, reference);
  const taskUrl = first.page.url();
  await second.page.goto(taskUrl);
  await expect(second.page.getByRole("button", { name: "Nhận việc", exact: true })).toBeVisible();

  await Promise.all([
    first.page.getByRole("button", { name: "Nhận việc", exact: true }).click(),
    second.page.getByRole("button", { name: "Nhận việc", exact: true }).click(),
  ]);
  const won = async (p: typeof first.page) => (await p.getByText("Người nhận: bạn").count()) > 0;
  await expect(async () => expect((await won(first.page)) !== (await won(second.page))).toBe(true)).toPass();
  const loser = (await won(first.page)) ? second.page : first.page;
  await expect(loser.getByText("Một cán bộ khác đã nhận việc này trước. Việc không còn trống.")).toBeVisible();
  await expect(loser.getByText("Một cán bộ khác đã nhận việc này; chỉ người đó được quyết định.")).toBeVisible();
  await checkPage(loser, "30-claim-lost");

  const environment = await officialBrowser(browser, "environment1");
  await environment.page.goto(taskUrl);
  await expect(environment.page.getByRole("heading", { level: 1, name: "Không phải việc của nhóm bạn" })).toBeVisible();
  // The service's own refusal, worded in the page's language.
  await expect(environment.page.getByText("Công việc này thuộc reception, không thuộc các nhóm của bạn")).toBeVisible();
  await checkPage(environment.page, "31-other-group");
  for (const b of [first, second, environment]) await b.context.close();
});

test("a decision signed with a revoked certificate is refused and the task stays open", async ({ browser }) => {
  const reference = await newCase();
  const official = await officialBrowser(browser, "reception2");
  await enrolSigningKey(official.page);
  const fingerprint = (await official.page.locator("#key-fingerprint").textContent())!.trim();

  const admin = await officialBrowser(browser, "admin1");
  await admin.page.goto("/admin/certificates");
  await checkPage(admin.page, "32-admin-certificates");
  const row = admin.page.locator("tr").filter({ hasText: fingerprint });
  await row.getByRole("button", { name: /^Thu hồi/ }).click();
  await row.getByLabel("Lý do thu hồi").fill("Máy tính bị mất");
  await row.getByRole("button", { name: "Thu hồi chứng thư" }).click();
  await expect(admin.page.locator("tr").filter({ hasText: fingerprint }).getByText("đã thu hồi")).toBeVisible();
  await admin.context.close();

  await openTask(official.page, reference);
  await prepareDecision(official.page, "hồ sơ đầy đủ, hợp lệ");
  await official.page.getByRole("button", { name: "Ký số và hoàn thành việc" }).click();
  const refusal = official.page.getByRole("alert");
  await expect(refusal).toContainText("Quyết định chưa được chấp nhận");
  await expect(refusal).toContainText("Chữ ký bị từ chối: chứng thư số đã bị thu hồi lúc");
  await checkPage(official.page, "33-revoked-refused");
  await official.page.goto(`/inbox?tab=mine&reference=${reference}`);
  await expect(official.page.getByRole("link", { name: reference })).toBeVisible();
  await official.context.close();
});

test("a decision altered after it was shown is refused and the task stays open", async ({ browser }) => {
  const reference = await newCase();
  const official = await officialBrowser(browser, "reception1");
  await enrolSigningKey(official.page);
  await openTask(official.page, reference);
  await prepareDecision(official.page, "hồ sơ đầy đủ, hợp lệ");
  // Between the review and the signature, something rewrites the outcome in the page's request.
  await official.page.route("**/api/licensing/tasks/*/completion", async (route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as { document: string; signature: string };
    await route.continue({ postData: JSON.stringify({ ...body, document: body.document.replace(/"comment":(null|"[^"]*")/, '"comment":"đã sửa sau khi xem"') }) });
  });
  await official.page.getByRole("button", { name: "Ký số và hoàn thành việc" }).click();
  const refusal = official.page.getByRole("alert");
  await expect(refusal).toContainText("Quyết định chưa được chấp nhận");
  // The text no longer matches its signature, which is checked first.
  await expect(refusal).toContainText("Chữ ký bị từ chối: chữ ký không khớp với khóa của chứng thư");
  await checkPage(official.page, "34-tampered-refused");
  await official.page.unroute("**/api/licensing/tasks/*/completion");
  await official.page.goto(`/inbox?tab=mine&reference=${reference}`);
  await expect(official.page.getByRole("link", { name: reference })).toBeVisible();
  await official.context.close();
});

test("reception rejects a registration with its reason, which the investor reads, and a stale page cannot verify it", async ({ page, browser }) => {
  const { legalName } = await newPendingInvestor(page, "tuchoi");
  const reception = await officialBrowser(browser, "reception1");
  await openInvestorRecord(reception.page, legalName);
  const stale = await reception.context.newPage();
  await stale.goto(reception.page.url());
  await expect(stale.getByRole("button", { name: "Xác minh nhà đầu tư" })).toBeVisible();

  await reception.page.getByRole("button", { name: "Từ chối", exact: true }).click();
  await reception.page.getByRole("button", { name: "Từ chối nhà đầu tư" }).click();
  await expect(reception.page.getByText("Hãy nêu lý do")).toBeVisible();
  await reception.page.getByLabel("Lý do từ chối").fill("Số căn cước không khớp với bản chụp đã nộp");
  await reception.page.getByRole("button", { name: "Từ chối nhà đầu tư" }).click();
  await expect(reception.page.getByText("Đã từ chối; nhà đầu tư đã được báo lý do.")).toBeVisible();

  // The second tab still shows the pending record: its verification carries the old version.
  await stale.getByRole("button", { name: "Xác minh nhà đầu tư" }).click();
  await expect(stale.getByText("Thông tin này vừa được thay đổi.", { exact: false })).toBeVisible();
  await expect(stale.getByRole("button", { name: "Xác minh nhà đầu tư" })).toHaveCount(0);
  await expect(stale.getByText("Số căn cước không khớp với bản chụp đã nộp")).toBeVisible();
  await checkPage(stale, "32-investor-record-stale");

  // The investor's page, waiting for verification, turns into the rejection with its reason.
  await expect(page.getByText("Số căn cước không khớp với bản chụp đã nộp")).toBeVisible({ timeout: 30_000 });
  await reception.context.close();
});
