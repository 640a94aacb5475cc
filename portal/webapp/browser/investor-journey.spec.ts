// A new investor's whole journey in the browser, through Keycloak's real pages: sign up,
// register, be verified, apply section by section, upload the dossier, check the answers,
// submit, answer a supplement request, and download the sealed licence, whose bytes the public
// verification endpoint confirms. Every official works in a browser of their own, and every
// decision is signed there with a key enrolled in that browser.
import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { checkPage, docShot, enrolSigningKey, officialBrowser, openInvestorRecord, openTask, output, PDF, prepareDecision, signDecision, signUp, uniqueUser } from "./support";

const PASSWORD = "Mật-khẩu-demo-2026";

const REQUIRED = {
  APPLICATION_FORM: "Văn bản đề nghị thực hiện dự án đầu tư",
  INVESTOR_LEGAL_STATUS: "Tài liệu về tư cách pháp lý của nhà đầu tư",
  FINANCIAL_CAPACITY: "Tài liệu chứng minh năng lực tài chính của nhà đầu tư",
  PROJECT_PROPOSAL: "Đề xuất dự án đầu tư",
  LAND_USE: "Tài liệu về quyền sử dụng đất hoặc đề xuất nhu cầu sử dụng đất",
};

test("the whole case in browsers: an investor applies, officials decide and sign, the licence appears", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const username = uniqueUser("nhadautu");
  const legalName = `Nguyễn Văn ${username}`;

  // Home page, then Keycloak's registration page (Vietnamese).
  await page.goto("/");
  await checkPage(page, "01-home");
  await page.getByRole("link", { name: "Đăng ký tài khoản" }).first().click();
  await expect(page.locator("#kc-register-form")).toBeVisible();
  await checkPage(page, "01b-keycloak-registration");
  await signUp(page, username, PASSWORD);

  // First visit without an investor record: registration.
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký thông tin nhà đầu tư" })).toBeVisible();
  await checkPage(page, "02-registration");
  await registerIndividual(page, legalName);

  // Pending verification, which turns into "verified" without a reload.
  await expect(
    page.getByRole("heading", { name: "Thông tin nhà đầu tư của bạn đang chờ xác minh" }),
  ).toBeVisible();
  await checkPage(page, "03-pending-verification");

  // Reception, in its own browser, finds the record among those waiting and verifies it.
  const reception = await officialBrowser(browser, "reception1");
  await openInvestorRecord(reception.page, legalName, "18-investor-register");
  await expect(reception.page.getByText("Đang chờ xác minh").first()).toBeVisible();
  await checkPage(reception.page, "19-investor-record");
  await reception.page.getByRole("button", { name: "Xác minh nhà đầu tư" }).click();
  await expect(reception.page.getByText("Đã xác minh nhà đầu tư.")).toBeVisible();
  await expect
(page.getByRole("heading", { name: "Thông tin nhà đầu tư đã được xác minh" })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("link", { name: "Vào trang của tôi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Trang của tôi" })).toBeVisible();
  await checkPage(page, "04-dashboard-empty");

  // The guided application, one topic per page.
  await page.getByRole("link", { name: "Tạo hồ sơ mới" }).first().click();
  await checkPage(page, "05-task-list");
  await page.getByRole("link", { name: "Thông tin dự án" }).click();
  await page.locator("#field-projectName").fill("Nhà máy linh kiện bán dẫn Sao Mai");
  await page.locator("#field-objectives").fill("Sản xuất và đóng gói chip điều khiển");
  await page.locator("#field-sectorCode").fill("C2610");
  await checkPage(page, "06-section-project");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page.locator("#field-location-park")).toBeVisible();
  await page.locator("#field-location-park").selectOption({ index: 1 });
  await page.locator("#field-landAreaM2").fill("12500.5");
  await checkPage(page, "07-section-location");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page.locator("#field-totalCapital-amount")).toBeVisible();
  await page.locator("#field-totalCapital-amount").fill("250000000000");
  await page.locator("input[type=radio][value=VND]").check();
  await checkPage(page, "07b-section-capital");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page.locator("#field-expectedEmployees")).toBeVisible();
  await page.locator("#field-expectedEmployees").fill("350");
  await checkPage(page, "07c-section-employees");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page.locator("input[type=radio][value=IV]")).toBeVisible();
  await checkPage(page, "08-section-environment");
  await page.locator("input[type=radio][value=IV]").check();
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  // Check your answers, formatted for Vietnamese.
  await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
  await expect(page.getByText("250.000.000.000")).toBeVisible();
  await expect(page.getByText(/12\.500,5\s*m²/)).toBeVisible();
  await checkPage(page, "09-check-answers");
  await page.getByRole("link", { name: "Tiếp tục: tài liệu hồ sơ" }).click();

  // The dossier: one slot per required document.
  await expect(page.getByRole("heading", { level: 1, name: "Tài liệu hồ sơ" })).toBeVisible();
  for (const [type, label] of Object.entries(REQUIRED)) {
    await upload(page, label, `${type.toLowerCase()}.pdf`, PDF);
  }
  const sha = createHash("sha256").update(PDF).digest("hex");
  await expect(page.getByText(sha).first()).toBeVisible();
  await checkPage(page, "10-dossier");

  // Submit: the receipt.
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" }),
  ).toBeVisible();
  const reference = (await page.locator("dd").filter({ hasText: /^HTP-\d{4}-\d{6}$/ }).first().textContent())!.trim();
  expect(reference).toMatch(/^HTP-\d{4}-\d{6}$/);
  await expect(page.getByText(/[0-9a-f]{64}/).first()).toBeVisible();
  await checkPage(page, "11-receipt");
  const caseUrl = page.url().replace(/\/receipt$/, "");

  // Reception: enrol a signing key, find the case, claim it, ask for a supplement.
  await enrolSigningKey(reception.page);
  await checkPage(reception.page, "20-signing-key-ready");
  await reception.page.goto("/inbox");
  await checkPage(reception.page, "21-inbox");
  await docShot(reception.page, "inbox");
  await openTask(reception.page, reference);
  await checkPage(reception.page, "22-task-case-view");
  await reception.page.getByRole("button", { name: /^Xem/ }).first().click();
  await expect(reception.page.getByRole("img", { name: /^Trang 1\/1 của/ })).toBeVisible();
  await checkPage(reception.page, "23-document-viewer");
  await docShot(reception.page, "case-view", reception.page.locator("#documents-title"));
  await prepareDecision(reception.page, "yêu cầu bổ sung hồ sơ", [{ document: REQUIRED.LAND_USE, reason: "Hợp đồng thuê đất chưa có chữ ký" }]);
  await expect(reception.page.getByText("Hợp đồng thuê đất chưa có chữ ký").first()).toBeVisible();
  await checkPage(reception.page, "24-decision-review");
  await docShot(reception.page, "decision", reception.page.locator("#review-title"));
  await signDecision(reception.page);
  await page.goto(caseUrl);
  await expect(page.getByRole("heading", { name: "Yêu cầu bổ sung, hoàn thiện hồ sơ" })).toBeVisible();
  await expect(page.getByText("Hợp đồng thuê đất chưa có chữ ký").first()).toBeVisible();
  await checkPage(page, "12-case-supplement-requested");
  await page.getByRole("link", { name: "Trả lời yêu cầu bổ sung hồ sơ" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Trả lời yêu cầu bổ sung hồ sơ" })).toBeVisible();
  const corrected = Buffer.concat([PDF, Buffer.from("% signed\n", "ascii")]);
  await upload(page, REQUIRED.LAND_USE, "land-use-signed.pdf", corrected);
  await checkPage(page, "13-supplement-answer");
  await page.getByRole("button", { name: "Gửi hồ sơ bổ sung" }).click();
  await expect(page.getByText("Đã gửi hồ sơ bổ sung.").first()).toBeVisible();
  await checkPage(page, "13b-case-after-supplement");

  // The rest of the case, each official in their own browser, every decision signed there.
  await openTask(reception.page, reference);
  await expect(reception.page.getByText("land-use-signed.pdf").first()).toBeVisible();
  await prepareDecision(reception.page, "hồ sơ đầy đủ, hợp lệ");
  await signDecision(reception.page);
  await reception.context.close();
  for (const [official, outcome, shot] of [
    ["appraisal1", "đề xuất chấp thuận", "25-appraisal"],
    ["approver1", "chấp thuận", "26-approval"],
  ] as const) {
    const office = await officialBrowser(browser, official);
    await enrolSigningKey(office.page);
    await openTask(office.page, reference);
    await expect(office.page.getByText("chữ ký hợp lệ").first()).toBeVisible();
    await checkPage(office.page, shot);
    await prepareDecision(office.page, outcome);
    await signDecision(office.page);
    await office.context.close();
  }

  // The licence: wait for the seal, then download it and let the public endpoint check it.
  await expect(async () => {
    await page.goto(`${caseUrl}/licence`);
    await expect(page.getByRole("link", { name: "Tải Giấy chứng nhận (PDF)" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByRole("img", { name: /Mã QR dẫn đến trang tra cứu/ })).toBeVisible();
  await checkPage(page, "14-licence");
  const number = (await page.getByText(/^BQL-\d{4}-\d{6}$/).first().textContent())!.trim();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Giấy chứng nhận (PDF)" }).click();
  const pdf = readFileSync((await (await download).path())!);
  expect(pdf.subarray(0, 5).toString("ascii")).toBe("%PDF-");
  const verdict = await fetch(`${process.env.LICENSING_URL}/public/licences/${number}/document`, {
    method: "POST",
    headers: { "Content-Type": "application/pdf" },
    body: pdf,
  });
  expect(verdict.status).toBe(200);
  const verification = (await verdict.json()) as { status: string; documentMatches: boolean };
  expect(verification).toMatchObject({ status: "VALID", documentMatches: true });

  // The auditor finds the case, sees every decision verified and both chains intact, downloads the
  // export (PortalBrowserTest checks it offline, as the README describes), and can change nothing.
  const auditor = await officialBrowser(browser, "auditor1");
  await auditor.page.goto("/audit");
  await checkPage(auditor.page, "40-audit-search");
  await auditor.page.locator("#field-status").selectOption("LICENSED");
  await auditor.page.getByRole("button", { name: "Tra cứu" }).click();
  await auditor.page.getByRole("link", { name: reference }).click();
  await expect(auditor.page.getByRole("heading", { level: 1, name: `Hồ sơ ${reference}` })).toBeVisible();
  const checks = auditor.page.locator("section:has(#signatures-title) tbody tr");
  await expect(checks).toHaveCount(4);
  await expect(auditor.page.locator("section:has(#signatures-title)").getByText("hợp lệ", { exact: true })).toHaveCount(4);
  await expect(auditor.page.locator("section:has(#signatures-title)").getByText("không hợp lệ")).toHaveCount(0);
  await checkPage(auditor.page, "41-audit-case-timeline");
  await docShot(auditor.page, "audit-case", auditor.page.locator("#signatures-title"));
  const exported = auditor.page.waitForEvent("download");
  await auditor.page.getByRole("link", { name: "Bản xuất kèm bằng chứng (JSON)" }).click();
  const exportFile = await (await exported).path();
  mkdirSync(output, { recursive: true });
  copyFileSync(exportFile, `${output}/case-export.json`);
  const exportJson = JSON.parse(readFileSync(exportFile, "utf8")) as { history: { caseFile: { reference: string } } };
  expect(exportJson.history.caseFile.reference).toBe(reference);
  await auditor.page.goto("/audit/chain");
  await expect(auditor.page.getByText("toàn vẹn", { exact: true })).toHaveCount(2);
  await checkPage(auditor.page, "42-audit-chain");
  await auditor.page.goto("/audit/statistics");
  await expect(auditor.page.getByRole("table", { name: "Việc hoàn thành trong kỳ, theo bước xử lý" })).toBeVisible();
  // Officials by name, documents in words: not token subjects and codes.
  const byOfficial = auditor.page.getByRole("table", { name: "Việc hoàn thành trong kỳ, theo cán bộ" });
  await expect(byOfficial.getByRole("rowheader", { name: /\(reception1\)$/ })).toBeVisible();
  await expect(auditor.page.getByRole("rowheader", { name: `${REQUIRED.LAND_USE}: Hợp đồng thuê đất chưa có chữ ký` })).toBeVisible();
  await checkPage(auditor.page, "43-audit-statistics");
  await docShot(auditor.page, "statistics");
  // Nothing in the console offers a change, and the API refuses one from the auditor's session.
  for (const [path, body] of [
    [`/api/licensing/applications/${caseUrl.split("/").pop()}/licence/revocation`, { reason: "thử" }],
    ["/api/licensing/certificates/00000000-0000-0000-0000-000000000000/revocation", { reason: "thử" }],
    ["/api/licensing/tasks/any/claim", {}],
  ] as const) {
    const answer = await auditor.page.request.post(path, { data: body, headers: { "X-Requested-With": "onestop-portal" } });
    expect(answer.status(), path).toBe(403);
  }
  await auditor.context.close();

  // The dashboard now lists the licence.
  await page.goto("/dashboard");
  await expect(page.getByText(number).first()).toBeVisible();
  await checkPage(page, "15-dashboard-licensed");
  await page.getByRole("link", { name: "Xem tất cả thông báo" }).click();
  await expect(page.getByText(new RegExp(number)).first()).toBeVisible();
  await checkPage(page, "16-notifications");
});

async function registerIndividual(page: Page, legalName: string): Promise<void> {
  await page.locator("#field-legalName").fill(legalName);
  await page.locator("#field-identityDocument-number").fill(`0${Date.now().toString().slice(-11)}`);
  await page.locator("#field-identityDocument-expiresOn").fill("2035-01-01");
  await page.locator("#field-registeredAddress-street").fill("1 Tràng Tiền, Hoàn Kiếm");
  await page.locator("#field-registeredAddress-city").fill("Hà Nội");
  await page.locator("#field-contactEmail").fill("an.nguyen@example.vn");
  await page.locator("#field-contactPhone").fill("+84 24 3825 1234");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
}

/** Chooses a file for a dossier slot and uploads it; waits until the slot says it has one. */
export async function upload(page: Page, label: string, name: string, content: Buffer): Promise<void> {
  const slot = page.locator("section.slot").filter({ has: page.getByRole("heading", { name: label }) });
  await slot.locator("input[type=file]").setInputFiles({ name, mimeType: "application/pdf", buffer: content });
  await slot.getByRole("button", { name: new RegExp(`^(Tải lên|Thay thế) – `) }).click();
  await expect(slot.getByRole("status")).toContainText(`Đã tải lên tệp`);
}
