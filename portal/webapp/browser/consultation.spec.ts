// The appraiser consults another agency; the agency's official answers from the same inbox, signed
// in the browser; the appraiser reads the answer on the appraisal task and recommends.
import { expect, test } from "@playwright/test";
import { checkPage, desk, deskJson, enrolSigningKey, officialBrowser, openTask, prepareDecision, signDecision } from "./support";

test("an agency answers a consultation from its inbox and the appraiser reads the answer", async ({ browser }) => {
  test.setTimeout(300_000);
  const { reference } = await deskJson<{ reference: string }>("/cases", { category: "IV" });
  await desk("/decisions", { official: "reception1", reference, stage: "COMPLETENESS_CHECK", outcome: "COMPLETE" });

  const appraisal = await officialBrowser(browser, "appraisal1");
  await enrolSigningKey(appraisal.page);
  await openTask(appraisal.page, reference);
  await expect(appraisal.page.getByText("Hồ sơ chưa lấy ý kiến cơ quan nào, hoặc chưa có cơ quan nào trả lời.")).toBeVisible();
  await appraisal.page.getByRole("button", { name: "Nhận việc", exact: true }).click();
  await appraisal.page.getByRole("radio", { name: "lấy ý kiến cơ quan liên quan", exact: true }).check();
  await appraisal.page.getByRole("checkbox", { name: "Bộ Công Thương" }).check();
  await appraisal.page.getByRole("button", { name: "Xem văn bản quyết định để ký" }).click();
  await expect(appraisal.page.getByText("Bộ Công Thương").first()).toBeVisible();
  await signDecision(appraisal.page);

  const agency = await officialBrowser(browser, "agency1");
  await enrolSigningKey(agency.page);
  await openTask(agency.page, reference);
  await expect(agency.page.getByRole("heading", { level: 1, name: new RegExp(`Lấy ý kiến cơ quan liên quan: ${reference}`) })).toBeVisible();
  // The consulted agency reads the case file it is asked about: the application and its dossier.
  await expect(agency.page.getByText("Trung tâm dữ liệu Hòa Lạc").first()).toBeVisible();
  await expect(agency.page.getByRole("button", { name: /^Xem/ }).first()).toBeVisible();
  await checkPage(agency.page, "50-agency-task");
  await agency.page.getByRole("button", { name: "Nhận việc", exact: true }).click();
  await agency.page.getByRole("radio", { name: "đồng ý có điều kiện", exact: true }).check();
  await agency.page.locator("#field-comment").fill("Đồng ý, với điều kiện có giấy phép sử dụng hóa chất");
  await agency.page.getByRole("button", { name: "Xem văn bản quyết định để ký" }).click();
  await signDecision(agency.page);
  await agency.context.close();

  await openTask(appraisal.page, reference);
  const answers = appraisal.page.locator("section:has(#consultations-title)");
  await expect(answers.getByText("đồng ý có điều kiện")).toBeVisible();
  await expect(answers.getByText("Đồng ý, với điều kiện có giấy phép sử dụng hóa chất")).toBeVisible();
  await checkPage(appraisal.page, "51-appraisal-with-answers");
  await prepareDecision(appraisal.page, "đề xuất chấp thuận");
  await signDecision(appraisal.page);
  await appraisal.context.close();
});
