// The portal's browser tests: Playwright drives Debian's Chromium (never a downloaded browser)
// against the packaged portal that the e2e module's PortalBrowserTest starts with Keycloak and
// both services. Run them from there (./mvnw verify); PORTAL_URL etc. point at that suite.
import { defineConfig } from "@playwright/test";

const output = process.env.BROWSER_OUTPUT ?? "../target/browser";

export default defineConfig({
  testDir: "./browser",
  outputDir: `${output}/results`,
  // One browser at a time: the whole suite shares two cores with it.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: `${output}/report.json` }]],
  use: {
    baseURL: process.env.PORTAL_URL ?? "http://localhost:8080",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1280, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      // As root Chromium needs --no-sandbox; the rest keeps it off this closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
