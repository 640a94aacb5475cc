// What anyone sees without signing in: the home page in both languages, the security headers on
// every kind of answer, and the public verification page, which works without JavaScript.
import { expect, test } from "@playwright/test";
import { checkPage } from "./support";

test("the home page switches between Vietnamese and English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cổng đầu tư một cửa");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: /Sign in/ }).first()).toBeVisible();
  await checkPage(page, "30-home-english");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("every answer carries the security headers, deep links included", async ({ request }) => {
  for (const path of ["/", "/applications/00000000-0000-0000-0000-000000000000", "/api/session", "/verify/licences/BQL-2026-999999"]) {
    const answer = await request.get(path, { maxRedirects: 0 });
    const headers = answer.headers();
    expect(headers["content-security-policy"], path).toContain("script-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
  }
  const deepLink = await request.get("/applications/00000000-0000-0000-0000-000000000000");
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the public verification page answers for an unknown number", async ({ page }) => {
    await page.goto("/verify/licences/BQL-2026-999999");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Giấy chứng nhận đăng ký đầu tư");
    await expect(page.getByText(/Không tìm thấy \/ Unknown/)).toBeVisible();
  });
});

test("the public verification page passes axe", async ({ page }) => {
  await page.goto("/verify/licences/BQL-2026-999999");
  await checkPage(page, "31-verification-unknown");
});
