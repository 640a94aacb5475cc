// What the specs share: Keycloak's real login and registration pages, axe on every page of the
// portal, screenshots, a PDF to upload, the officials' own browsers (signed in, with an enrolled
// signing key), and the officials' desk in the e2e module for what has no page yet.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";

export const output = process.env.BROWSER_OUTPUT ?? "../target/browser";

/** A fresh user name, so every run signs up someone new. */
export function uniqueUser(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** A one-page PDF (the services check the content, %PDF-, not the name; officials read it in pdf.js). */
export const PDF = onePagePdf("Ho so du an dau tu - tai lieu kiem thu");

function onePagePdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<</Type/Catalog/Pages 2 0 R>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
    `<</Length ${content.length}>>stream\n${content}\nendstream`,
    "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj${body}endobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** Signs up on Keycloak's registration page (reached from the portal's sign-up button). */
export async function signUp(page: Page, username: string, password: string): Promise<void> {
  await expect(page.locator("#kc-register-form, form[action*='registration']")).toBeVisible();
  await page.locator("#username").fill(username);
  await page.locator("#email").fill(`${username}@example.vn`);
  await page.locator("#firstName").fill("An");
  await page.locator("#lastName").fill("Nguyễn");
  await page.locator("#password").fill(password);
  await page.locator("#password-confirm").fill(password);
  await page.locator("input[type=submit], button[type=submit]").first().click();
}

/** Signs in on Keycloak's login page. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.locator("#kc-form-login")).toBeVisible();
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.locator("#kc-login").click();
}

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page as it is now: no violation allowed. The
 * results and a full-page screenshot are kept under target/browser/.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  mkdirSync(`${output}/axe`, { recursive: true });
  mkdirSync(`${output}/screenshots`, { recursive: true });
  writeFileSync(`${output}/axe/${name}.json`, JSON.stringify(results.violations, null, 2));
  await page.screenshot({ path: `${output}/screenshots/${name}.png`, fullPage: true });
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${name} (${page.url()})`).toEqual([]);
}

/** A screenshot of what the window shows, for the READMEs (target/browser/docs/). */
export async function docShot(page: Page, name: string, target?: Locator): Promise<void> {
  mkdirSync(`${output}/docs`, { recursive: true });
  if (target) await target.evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: `${output}/docs/${name}.png` });
}

/** Asks the officials' desk (OfficeDesk in the e2e module) to act as an official would. */
export async function desk(path: string, body: object): Promise<void> {
  const url = process.env.OFFICE_DESK_URL;
  if (!url) {
    throw new Error("OFFICE_DESK_URL is not set: run the specs from the e2e module");
  }
  const answer = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (answer.status !== 204) {
    throw new Error(`office desk ${path}: ${answer.status} ${await answer.text()}`);
  }
}

/** A user who signed up and registered as an individual investor: waiting for verification. */
export async function newPendingInvestor(page: Page, prefix = "nhadautu"): Promise<{ username: string; legalName: string }> {
  const username = uniqueUser(prefix);
  const legalName = `Trần Thị ${username}`;
  await page.goto("/signup?return=/dashboard");
  await signUp(page, username, DEMO_PASSWORD);
  await expect(page.locator("#field-legalName")).toBeVisible();
  await page.locator("#field-legalName").fill(legalName);
  await page.locator("#field-identityDocument-number").fill(`0${Date.now().toString().slice(-11)}`);
  await page.locator("#field-identityDocument-expiresOn").fill("2035-01-01");
  await page.locator("#field-registeredAddress-street").fill("2 Lý Thường Kiệt");
  await page.locator("#field-registeredAddress-city").fill("Hà Nội");
  await page.locator("#field-contactEmail").fill(`${username}@example.vn`);
  await page.locator("#field-contactPhone").fill("+84 24 3825 1234");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByRole("heading", { name: "Thông tin nhà đầu tư của bạn đang chờ xác minh" })).toBeVisible();
  return { username, legalName };
}

/** A user who signed up, registered as an individual investor and was verified: at the dashboard. */
export async function newVerifiedInvestor(page: Page, prefix = "nhadautu"): Promise<string> {
  const { username, legalName } = await newPendingInvestor(page, prefix);
  await desk("/investors/verify", { legalName });
  await page.getByRole("link", { name: "Vào trang của tôi" }).first().click({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Trang của tôi" })).toBeVisible();
  return username;
}

/** Reception's browser: finds the investor's record in the register (checked as `shot`) and opens it. */
export async function openInvestorRecord(page: Page, legalName: string, shot?: string): Promise<void> {
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: /^Nhà đầu tư/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thông tin nhà đầu tư" })).toBeVisible();
  await page.locator("#field-filter-name").fill(legalName);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByText("1 nhà đầu tư", { exact: true })).toBeVisible();
  if (shot) await checkPage(page, shot);
  await page.getByRole("link", { name: legalName }).click();
  await expect(page.getByRole("heading", { level: 1, name: legalName })).toBeVisible();
}

/** The password every account the specs sign up gets (test data only). */
export const DEMO_PASSWORD = "Mật-khẩu-demo-2026";

/** Starts a draft with the project page only and returns its id (from the URL). */
export async function draftWithProject(page: Page, projectName: string): Promise<string> {
  await page.goto("/applications/new");
  await page.getByRole("link", { name: "Thông tin dự án" }).click();
  await page.locator("#field-projectName").fill(projectName);
  await page.locator("#field-objectives").fill("Trung tâm dữ liệu");
  await page.locator("#field-sectorCode").fill("J6311");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}\/tasks\//);
  return page.url().match(/\/applications\/([0-9a-f-]{36})\//)![1]!;
}

/** A demo official's own browser (a context of its own: its own cookies and IndexedDB), signed in. */
export async function officialBrowser(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto("/login?return=/inbox");
  await signIn(page, username, `demo-${username}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { context, page };
}

/** Makes a signing key in this browser and has the demo CA certify it; registered when done. */
export async function enrolSigningKey(page: Page): Promise<void> {
  await page.goto("/signing");
  await page.getByRole("button", { name: /^(Tạo khóa ký số|Tạo khóa mới)$/ }).click();
  await page.getByRole("button", { name: "Lấy chứng thư từ tổ chức chứng thực thử nghiệm" }).click();
  await expect(page.getByText("Đã đăng ký chứng thư. Bạn có thể ký quyết định.")).toBeVisible();
}

/** Opens the case's open task from the inbox, found by its reference. */
export async function openTask(page: Page, reference: string): Promise<void> {
  await expect(async () => {
    await page.goto(`/inbox?tab=all&reference=${reference}`);
    await expect(page.getByRole("link", { name: reference })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(reference) })).toBeVisible();
}

export interface Reason {
  document: string;
  reason: string;
}

/** On an open task page: claims it if free, chooses the outcome, reviews and fills in the reasons. */
export async function prepareDecision(page: Page, outcome: string, reasons: Reason[] = []): Promise<void> {
  const claim = page.getByRole("button", { name: "Nhận việc", exact: true });
  if (await claim.isVisible()) {
    await claim.click();
  }
  await page.getByRole("radio", { name: outcome, exact: true }).check();
  for (const [i, r] of reasons.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Thêm tài liệu khác" }).click();
    await page.locator(`#field-reasons-${i}-document`).selectOption({ label: r.document });
    await page.locator(`#field-reasons-${i}-reason`).fill(r.reason);
  }
  await page.getByRole("button", { name: "Xem văn bản quyết định để ký" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra quyết định rồi ký" })).toBeVisible();
}

/** Signs the prepared decision in the browser; the task completes and the inbox says so. */
export async function signDecision(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Ký số và hoàn thành việc" }).click();
  await expect(page.getByText("Quyết định đã ký của bạn đã được ghi nhận và hồ sơ đã chuyển bước.")).toBeVisible();
}

/** Asks the officials' desk for something that answers JSON (a new case). */
export async function deskJson<T>(path: string, body: object): Promise<T> {
  const url = process.env.OFFICE_DESK_URL;
  if (!url) throw new Error("OFFICE_DESK_URL is not set: run the specs from the e2e module");
  const answer = await fetch(`${url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (answer.status !== 200) throw new Error(`office desk ${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}
