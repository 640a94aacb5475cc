// Figures, not goals: the portal's bundle as the browser receives it, the dashboard's time to
// interactive, what the backend-for-frontend adds to each forwarded API call (the same call
// through the portal with the session cookie, and straight to licensing-service with a bearer
// token), and an official's wait from "sign" to "completed". Printed as MEASURE lines and kept in target/browser/measurements.json; the only
// assertions are that every call was answered.
import { expect, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { DEMO_PASSWORD, deskJson, enrolSigningKey, newVerifiedInvestor, officialBrowser, openTask, output, prepareDecision } from "./support";

const CALLS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}

test("measures the bundle, the dashboard's time to interactive and the forwarding overhead", async ({ page }) => {
  test.setTimeout(300_000);
  const username = await newVerifiedInvestor(page, "doluong");

  // The bundle: every script and stylesheet of a cold dashboard load, as transferred (gzip).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map<string, string>();
  const transferred = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => transferred.set(e.requestId, e.encodedDataLength));

  // Time to interactive: navigation start to the dashboard's data on screen and its main action
  // ready, over several cold loads.
  const tti: number[] = [];
  for (let i = 0; i < 7; i++) {
    transferred.clear();
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Trang của tôi" })).toBeVisible();
    await expect(page.getByText("Bạn chưa có hồ sơ nào", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tạo hồ sơ mới" }).first()).toBeEnabled();
    tti.push(await page.evaluate(() => performance.now()));
  }
  const bundle = { scripts: 0, styles: 0 };
  for (const [id, bytes] of transferred) {
    if (types.get(id) === "Script") bundle.scripts += bytes;
    if (types.get(id) === "Stylesheet") bundle.styles += bytes;
  }
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });

  // Forwarding: the same read through the portal and straight to the service.
  const viaPortal: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const answer = await page.request.get("/api/licensing/applications?size=5");
    viaPortal.push(performance.now() - start);
    expect(answer.status()).toBe(200);
  }
  const token = await fetch(`${process.env.KEYCLOAK_URL}/realms/licensing/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "onestop-cli", username, password: DEMO_PASSWORD }),
  }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
  const direct: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const answer = await page.request.get(`${process.env.LICENSING_URL}/applications?size=5`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    direct.push(performance.now() - start);
    expect(answer.status()).toBe(200);
  }
  const portal = summary(viaPortal.slice(20));
  const service = summary(direct.slice(20));
  const figures = {
    bundleGzipBytes: bundle,
    dashboardTimeToInteractiveMs: summary(tti),
    forwardedCallMs: { viaPortal: portal, direct: service, addedP50: portal.p50 - service.p50, addedP99: portal.p99 - service.p99 },
  };
  writeFileSync(`${output}/measurements.json`, JSON.stringify(figures, null, 2));
  console.log(`MEASURE bundle (transferred, gzip): scripts ${bundle.scripts} B, styles ${bundle.styles} B`);
  console.log(`MEASURE dashboard time to interactive: p50 ${figures.dashboardTimeToInteractiveMs.p50.toFixed(0)} ms over ${tti.length} cold loads`);
  console.log(
    `MEASURE GET /applications via portal p50 ${portal.p50.toFixed(2)} / p99 ${portal.p99.toFixed(2)} ms, ` +
      `direct p50 ${service.p50.toFixed(2)} / p99 ${service.p99.toFixed(2)} ms: ` +
      `the portal adds ${(portal.p50 - service.p50).toFixed(2)} ms at p50, ${(portal.p99 - service.p99).toFixed(2)} ms at p99`,
  );
  expect(bundle.scripts).toBeGreaterThan(0);
});

test("measures an official's wait from \"sign\" to \"completed\"", async ({ browser }) => {
  test.setTimeout(300_000);
  const official = await officialBrowser(browser, "reception2");
  await enrolSigningKey(official.page);
  const waits: number[] = [];
  for (let i = 0; i < 6; i++) {
    const { reference } = await deskJson<{ reference: string }>("/cases", { category: "IV" });
    await openTask(official.page, reference);
    await prepareDecision(official.page, "hồ sơ đầy đủ, hợp lệ");
    // From the click to the inbox saying so: signing in WebCrypto, the completion call (the
    // service verifies the JWS and the chain, the engine moves on), the inbox's first page.
    const start = Date.now();
    await official.page.getByRole("button", { name: "Ký số và hoàn thành việc" }).click();
    await expect(official.page.getByText("Quyết định đã ký của bạn đã được ghi nhận và hồ sơ đã chuyển bước.")).toBeVisible();
    await expect(official.page.locator(".result-count")).toBeVisible();
    waits.push(Date.now() - start);
  }
  await official.context.close();
  const figures = summary(waits.slice(1));
  writeFileSync(`${output}/sign-to-completed.json`, JSON.stringify({ signToCompletedMs: figures, samples: waits }, null, 2));
  console.log(`MEASURE sign to completed in the browser: p50 ${figures.p50} ms, max ${Math.max(...waits.slice(1))} ms over ${figures.n} decisions (first, ${waits[0]} ms, left out: cold)`);
  expect(waits).toHaveLength(6);
});
