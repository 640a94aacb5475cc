// What goes wrong, shown as an investor needs to see it: every bad field in the summary and by
// its field, the server's refusal of a non-PDF, someone else's case as "not found", an expired
// session that comes back through the login without losing the saved draft, and a double click
// on "submit" that makes one case.
import { expect, test } from "@playwright/test";
import {
  checkPage,
  DEMO_PASSWORD,
  draftWithProject,
  newVerifiedInvestor,
  PDF,
  signIn,
  signUp,
  uniqueUser,
} from "./support";

test("a form with several bad fields shows every error in the summary and by its field", async ({ page }) => {
  await page.goto("/signup?return=/dashboard");
  await signUp(page, uniqueUser("loi"), DEMO_PASSWORD);
  await expect(page.locator("#field-legalName")).toBeVisible();
  await page.locator("#field-legalName").fill("Lê Văn Lỗi");
  await page.locator("#field-contactEmail").fill("khong-phai-email");
  await page.locator("#field-contactPhone").fill("abc");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần khắc phục" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const links = summary.getByRole("link");
  const paths = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const field of [
    "contactEmail",
    "contactPhone",
    "identityDocument-number",
    "registeredAddress-street",
    "registeredAddress-city",
  ]) {
    expect(paths).toContain(`#field-${field}`);
    await expect(page.locator(`#field-${field}`)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#field-${field}-error`)).not.toBeEmpty();
  }
  // The service's own words, in the page's language (the portal asks for it).
  await expect(page.locator("#field-contactPhone-error")).toContainText("phải là số điện thoại hợp lệ theo dạng quốc tế");
  await expect(page.locator("#field-registeredAddress-city-error")).toContainText("không được để trống");
  await checkPage(page, "20-registration-errors");
  await summary.getByRole("link").filter({ hasText: /Thư điện tử|email/i }).first().click();
  await expect(page.locator("#field-contactEmail")).toBeFocused();
});

test("a file that is not a PDF is refused with the server's message", async ({ page }) => {
  await newVerifiedInvestor(page);
  const id = await draftWithProject(page, "Nhà máy thử tệp");
  await page.goto(`/applications/${id}/documents`);
  const slot = page
    .locator("section.slot")
    .filter({ has: page.getByRole("heading", { name: /Đề xuất dự án đầu tư/ }) });
  await slot.locator("input[type=file]").setInputFiles({
    name: "de-xuat.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Đây không phải là PDF, chỉ là văn bản.", "utf8"),
  });
  await slot.getByRole("button", { name: /^Tải lên – / }).click();
  await expect(slot.getByText(/nội dung tệp này không phải PDF/)).toBeVisible();
  await expect(slot.locator("input[type=file]")).toHaveAttribute("aria-invalid", "true");
  await checkPage(page, "21-upload-not-pdf");
});

test("a second investor opening the first one's case sees not found", async ({ browser }) => {
  const first = await browser.newContext();
  const owner = await first.newPage();
  await newVerifiedInvestor(owner, "chu");
  const id = await draftWithProject(owner, "Dự án riêng tư");
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await newVerifiedInvestor(other, "khac");
  await other.goto(`/applications/${id}`);
  await expect(other.getByRole("heading", { level: 1, name: "Không tìm thấy hồ sơ" })).toBeVisible();
  await expect(other.getByText("Dự án riêng tư")).toHaveCount(0);
  await checkPage(other, "22-someone-elses-case");
  await second.close();
});

test("an expired session goes through the login again and keeps the saved draft", async ({ page, context }) => {
  const username = await newVerifiedInvestor(page);
  const id = await draftWithProject(page, "Dự án phiên hết hạn");

  // The user types on the next page; meanwhile the session ends (its cookies are gone, as after
  // the session's age), and only then they press "save".
  await page.locator("#field-location-park").selectOption({ index: 1 });
  await page.locator("#field-landAreaM2").fill("8000");
  await page.waitForLoadState("networkidle");
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(
    cookies.filter((c) => !["q_session", "KEYCLOAK", "AUTH_SESSION", "KC_"].some((p) => c.name.startsWith(p))),
  );
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  // Keycloak's login page, then back to the page the user was on, with what they had typed.
  await signIn(page, username, DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/applications/${id}/tasks/location`));
  await expect(page.getByText(/khôi phục những gì bạn đã nhập/)).toBeVisible();
  await expect(page.locator("#field-landAreaM2")).toHaveValue("8000");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page.locator("#field-totalCapital-amount")).toBeVisible();

  // The draft saved before the session ended is all there, with the page saved after it.
  await page.goto(`/applications/${id}/check-answers`);
  await expect(page.getByText("Dự án phiên hết hạn").first()).toBeVisible();
  await expect(page.getByText(/8\.000\s*m²/)).toBeVisible();
});

test("a double click on submit makes one case", async ({ page }) => {
  await newVerifiedInvestor(page);
  const id = await draftWithProject(page, "Dự án nhấp đúp");
  await page.locator("#field-location-park").selectOption({ index: 1 });
  await page.locator("#field-landAreaM2").fill("8000");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.locator("#field-totalCapital-amount").fill("120000000000");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.locator("#field-expectedEmployees").fill("120");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.locator("input[type=radio][value=IV]").check();
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.goto(`/applications/${id}/documents`);
  for (const label of [
    "Văn bản đề nghị thực hiện dự án đầu tư",
    "Tài liệu về tư cách pháp lý của nhà đầu tư",
    "Tài liệu chứng minh năng lực tài chính của nhà đầu tư",
    "Đề xuất dự án đầu tư",
    "Tài liệu về quyền sử dụng đất hoặc đề xuất nhu cầu sử dụng đất",
  ]) {
    const slot = page.locator("section.slot").filter({ has: page.getByRole("heading", { name: label }) });
    await slot.locator("input[type=file]").setInputFiles({ name: "tai-lieu.pdf", mimeType: "application/pdf", buffer: PDF });
    await slot.getByRole("button", { name: /^Tải lên – / }).click();
    await expect(slot.getByRole("status")).toContainText("Đã tải lên tệp");
  }

  const submissions: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith(`/applications/${id}/submission`)) {
      submissions.push(r.headers()["idempotency-key"] ?? "");
    }
  });
  await page.getByRole("button", { name: "Nộp hồ sơ" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" })).toBeVisible();

  // However many requests the double click sent, they carry one key, and the dashboard one case.
  expect(new Set(submissions).size).toBe(1);
  const list = await page.evaluate(async () => {
    const r = await fetch("/api/licensing/applications?size=100", { headers: { "X-Requested-With": "onestop-portal" } });
    return (await r.json()) as { items: { id: string; status: string }[] };
  });
  expect(list.items.filter((a) => a.status !== "DRAFT")).toHaveLength(1);
  expect(list.items.find((a) => a.id === id)?.status).toBe("UNDER_REVIEW");

  // The investor then withdraws the case, behind a confirmation.
  await page.goto(`/applications/${id}`);
  await page.getByRole("link", { name: "Rút hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rút hồ sơ" })).toBeVisible();
  await checkPage(page, "23-withdraw-confirmation");
  await page.getByRole("button", { name: "Xác nhận rút hồ sơ" }).click();
  await expect(page.getByText("Đã gửi đề nghị rút hồ sơ.")).toBeVisible();
  await expect(page.getByText("Đã rút hồ sơ").first()).toBeVisible();
});

test("signing out ends the Keycloak session too", async ({ page }) => {
  await page.goto("/signup?return=/dashboard");
  await signUp(page, uniqueUser("dangxuat"), DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: "Đăng xuất" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Đăng xuất" }).first().click();
  // Back on the home page (Quarkus adds the logout state to the address).
  await expect(page).toHaveURL(/:\d+\/(\?state=[\w-]+)?$/);
  const session = await page.evaluate(async () => (await fetch("/api/session")).json());
  expect(session).toEqual({ authenticated: false });
  // Signing in again asks for the password: Keycloak's own session ended as well.
  await page.goto("/login?return=/dashboard");
  await expect(page.locator("#kc-form-login")).toBeVisible();
  await checkPage(page, "24-keycloak-login");
});
