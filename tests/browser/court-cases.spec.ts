import type { Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { applyForDemoConfirmation, COURT, fileDemoFailedMediation, hubCall, referDemoCase, REVIEWER } from "./hub.ts";
import { ENUM_LABELS } from "../../console/src/gql/labels.ts";

// The court clerk's three case pages: the buttons are exactly the hub's availableActions, one
// step goes through its dialog, and a case number of the wrong case type (a rule only the hub
// knows) is refused on its field with nothing written.

const CLERK = "法院立案庭书记员（红塔区人民法院）";

/** The case's availableActions as the hub lists them for the court, named as the page names its buttons. */
async function offered(field: string, actionEnum: string, id: string): Promise<string[]> {
  const data = await hubCall(COURT, `query($id: ID!) { ${field}(id: $id) { availableActions } }`, { id });
  return data[field].availableActions.map((action: string) => ENUM_LABELS[actionEnum]![action]);
}

/** The action buttons' labels; Ant Design spaces out two-character ones (立 案), so spaces are dropped. */
async function expectButtons(page: Page, labels: string[]) {
  const shown = page.locator(".ant-card", { hasText: "可办理的操作" }).getByRole("button");
  await expect.poll(async () => (await shown.allTextContents()).map((text) => text.replace(/\s/g, ""))).toEqual(labels);
}

/** The button of a two-character action, with or without Ant Design's space. */
const spaced = (label: string) => new RegExp(`^${[...label].join("\\s*")}$`);

async function submit(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: /提\s*交/ }).click();
}

test("a court referral: the clerk hands it to the mediation centre from its page, and is then offered no second handoff", async ({ page }) => {
  const referral = await referDemoCase(`原告请求被告支付货款 35000 元（${Date.now()}）`);
  await signIn(page, CLERK);
  await page.goto(`/court-referrals/${referral.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已委派\/委托/);
  expect(await offered("courtReferral", "CourtReferralAction", referral.id)).toEqual(["移交调解中心", "开始调解", "撤回"]);
  await expectButtons(page, await offered("courtReferral", "CourtReferralAction", referral.id));
  await expectAccessible(page);
  await screenshot(page, "court-referral");

  await page.getByRole("button", { name: "移交调解中心" }).click();
  await submit(page);
  await expectButtons(page, ["开始调解", "撤回"]);
  const { courtReferral } = await hubCall(COURT, `query($id: ID!) { courtReferral(id: $id) { status availableActions handoffs { kind toChannel } } }`, { id: referral.id });
  expect(courtReferral).toEqual({ status: "REFERRED", availableActions: ["startMediation", "withdraw"], handoffs: [{ kind: "COURT_REFERRAL", toChannel: "mediation-center" }] });

  // The form's own rules: an extension of the referral is 1 to 30 days, with a reason.
  await page.getByRole("button", { name: "开始调解" }).click();
  await page.getByRole("dialog").getByLabel("承办调解的组织").fill("玉兴街道人民调解委员会");
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText(/调解中/);
  await page.getByRole("button", { name: "经同意延长" }).click();
  await submit(page);
  await expect(page.getByRole("dialog").locator(".ant-form-item-has-error")).toHaveText([/请填写延长天数/, /请填写延长的理由/]);
  await expectAccessible(page);
});

test("a judicial confirmation: a 民初 number is refused on its field and nothing written; accepted with a 民特 number, extended once", async ({ page }) => {
  const application = await applyForDemoConfirmation(`何秀英于十日内支付刘海峰货款 3000 元（${Date.now()}）`);
  await signIn(page, CLERK);
  await page.goto(`/judicial-confirmations/${application.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已申请/);
  await expectButtons(page, await offered("judicialConfirmation", "JudicialConfirmationAction", application.id));
  await expectButtons(page, ["受理", "不予受理"]);
  await expectAccessible(page);
  await screenshot(page, "judicial-confirmation");

  await page.getByRole("button", { name: spaced("受理") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("案号（民特或诉前调确）").fill("（2026）云0402民初15号");
  await submit(page);
  await expect(dialog.locator(".ant-form-item-has-error")).toContainText("司法确认案号的案件类型代字应为“民特”或“诉前调确”");
  const unchanged = (await hubCall(COURT, `query($id: ID!) { judicialConfirmation(id: $id) { status caseNumber timeline { action } } }`, { id: application.id })).judicialConfirmation;
  expect(unchanged).toEqual({ status: "APPLIED", caseNumber: null, timeline: [{ action: "register" }] });
  await expectAccessible(page);

  const caseNumber = `（2026）云0402民特${Date.now() % 100_000}号`;
  await dialog.getByLabel("案号（民特或诉前调确）").fill(caseNumber);
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText(/已受理/);
  await expectButtons(page, ["延长审查期限", "裁定确认有效", "裁定驳回申请"]);

  await page.getByRole("button", { name: "延长审查期限" }).click();
  await page.getByRole("dialog").getByLabel("延长的理由及批准情况").fill("案情复杂，经院长批准延长");
  await submit(page);
  // The law allows one extension: the page no longer offers it.
  await expectButtons(page, ["裁定确认有效", "裁定驳回申请"]);
  const extended = (await hubCall(COURT, `query($id: ID!) { judicialConfirmation(id: $id) { status caseNumber decisionExtended availableActions } }`, { id: application.id })).judicialConfirmation;
  expect(extended).toEqual({ status: "ACCEPTED", caseNumber, decisionExtended: true, availableActions: ["confirm", "reject"] });
});

test("a filing request from a failed mediation: a 诉前调确 number is refused on its field and nothing written; the clerk files it", async ({ page }) => {
  const filing = await fileDemoFailedMediation(`借款到期未还，申请人要求归还借款及利息（${Date.now()}）`);
  await signIn(page, CLERK);
  await page.goto(`/court-filings/${filing.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已收到/);
  await expectButtons(page, await offered("courtFiling", "CourtFilingAction", filing.id));
  await expectButtons(page, ["立案", "不予立案"]);
  await expectAccessible(page);
  await screenshot(page, "court-filing");

  await page.getByRole("button", { name: spaced("立案") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("立案案号").fill("（2026）云0402诉前调确15号");
  await submit(page);
  await expect(dialog.locator(".ant-form-item-has-error")).toContainText("立案案号的案件类型代字应为“民初”或“民特”");
  const FILING = `query($id: ID!) { courtFiling(id: $id) { status caseNumber handoffs { status } } }`;
  expect((await hubCall(COURT, FILING, { id: filing.id })).courtFiling).toEqual({ status: "RECEIVED", caseNumber: null, handoffs: [{ status: "ACCEPTED" }] });

  const caseNumber = `（2026）云0402民初${Date.now() % 100_000}号`;
  await dialog.getByLabel("立案案号").fill(caseNumber);
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText(/已立案/);
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await expect.poll(async () => (await hubCall(COURT, FILING, { id: filing.id })).courtFiling).toEqual({ status: "FILED", caseNumber, handoffs: [{ status: "COMPLETED" }] });
  await expectAccessible(page);
});

test("a joint-meeting reviewer reads a court referral's page but is offered no action", async ({ page }) => {
  const referral = await referDemoCase(`原告请求被告返还借款（${Date.now()}）`);
  expect((await hubCall(REVIEWER, `query($id: ID!) { courtReferral(id: $id) { availableActions } }`, { id: referral.id })).courtReferral.availableActions).toEqual([]);
  await signIn(page, "联席会议审核人员");
  await page.goto(`/court-referrals/${referral.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已委派\/委托/);
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await expectButtons(page, []);
});

test("a referral handed off from another desk while its page is open: the hub's refusal shows in the dialog and no second handoff is written", async ({ page }) => {
  const referral = await referDemoCase(`原告请求被告支付租金（${Date.now()}）`);
  await signIn(page, CLERK);
  await page.goto(`/court-referrals/${referral.id}`);
  await expectButtons(page, ["移交调解中心", "开始调解", "撤回"]);
  await hubCall(COURT, `mutation($id: ID!, $key: String!) { handOffReferralToMediationCenter(id: $id, idempotencyKey: $key) { id } }`, { id: referral.id, key: crypto.randomUUID() });

  await page.getByRole("button", { name: "移交调解中心" }).click();
  await submit(page);
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("CONFLICT");
  const { courtReferral } = await hubCall(COURT, `query($id: ID!) { courtReferral(id: $id) { status handoffs { id } } }`, { id: referral.id });
  expect(courtReferral.status).toBe("REFERRED");
  expect(courtReferral.handoffs).toHaveLength(1);
});
