import type { Page } from "@playwright/test";
import type { CallerClaims } from "@hub/gateway/tokens";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { applyDemoArbitration, applyDemoNotarisation, ARBITRATOR, hubCall, hubRefusal, NOTARY, PETITION_CLERK, registerDemoPetition, REVIEWER } from "./hub.ts";

// The petition, arbitration and notarisation case pages, each as its own channel's demo clerk.
// The button names are the Chinese terms of each channel's action enum, as the schema describes them.
const LABELS: Record<string, string> = {
  accept: "受理",
  decline: "不予受理",
  divert: "转调解",
  extendHandling: "延期办理",
  reply: "书面答复",
  requestReview: "申请复查",
  close: "办结",
  recordSatisfaction: "回访",
  startPreMediation: "先行调解",
  startHearing: "开庭审理",
  extendAward: "延长审理期限",
  closeWithMediationStatement: "调解结案",
  closeWithAward: "裁决结案",
  withdraw: "撤回申请",
  startReview: "受理审查",
  issue: "出具公证书",
  refuse: "不予办理",
  issueEnforcementCertificate: "出具执行证书",
};

const card = (page: Page, title: string) => page.locator(".ant-card").filter({ has: page.getByText(title, { exact: true }) });
const actionsCard = (page: Page) => card(page, "可办理的操作");

/** The buttons on the page are exactly the hub's availableActions for the signed-in clerk, in order; returns those actions. */
async function expectOffered(page: Page, who: CallerClaims, field: string, id: string): Promise<string[]> {
  const data = await hubCall(who, `query($id: ID!) { ${field}(id: $id) { availableActions } }`, { id });
  const actions: string[] = data[field].availableActions;
  if (actions.length === 0) await expect(page.getByTestId("no-actions")).toBeVisible();
  await expect(actionsCard(page).getByRole("button")).toHaveText(actions.map((a) => LABELS[a]!));
  return actions;
}

const submit = (page: Page) => page.getByRole("dialog").getByRole("button", { name: /提\s*交/ }).click();

test("a petition clerk accepts and replies to a petition on its page; a diversion under another unified number is refused on its field, nothing written", async ({ page }) => {
  const unifiedNumber = `530402-${new Date().getFullYear()}-${String(Date.now() % 1_000_000).padStart(6, "0")}`;
  const petition = await registerDemoPetition(["郑建华", "王德明"], `反映承包方拖欠工程款 36000 元，请求协调解决（${Date.now()}）`, unifiedNumber);
  const petitionOf = async () =>
    (await hubCall(PETITION_CLERK, `query($id: ID!) { petition(id: $id) { status unifiedNumber mediationOrganisation reply handoffs { id } } }`, { id: petition.id })).petition;

  await signIn(page, "信访局登记员");
  await page.goto(`/petitions/${petition.id}`);
  await expect(page.getByTestId("case-status")).toHaveText("已登记");
  expect(await expectOffered(page, PETITION_CLERK, "petition", petition.id)).toEqual(["accept", "decline", "divert"]);
  await expect(card(page, "信访内容").getByText("反映承包方拖欠工程款 36000 元")).toBeVisible();
  await expectAccessible(page);

  // Only the hub knows the petition already carries a unified number: it refuses another one and names the field.
  const other = unifiedNumber.replace(/\d{6}$/, (n) => String((Number(n) + 1) % 1_000_000).padStart(6, "0"));
  await actionsCard(page).getByRole("button", { name: "转调解", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("接收的调解组织").fill("红塔区人民调解中心");
  await dialog.getByLabel(/统一纠纷编号/).fill(other);
  await submit(page);
  const message = await hubRefusal(
    PETITION_CLERK,
    `mutation($id: ID!, $u: String) { divertPetitionToMediation(id: $id, mediationOrganisation: "红塔区人民调解中心", unifiedNumber: $u, idempotencyKey: "${crypto.randomUUID()}") { id } }`,
    { id: petition.id, u: other },
  );
  const marked = dialog.locator(".ant-form-item-has-error");
  await expect(marked).toContainText("统一纠纷编号");
  await expect(marked).toContainText(message);
  expect(await petitionOf()).toEqual({ status: "REGISTERED", unifiedNumber, mediationOrganisation: null, reply: null, handoffs: [] });
  await expectAccessible(page);
  await dialog.getByRole("button", { name: /取\s*消/ }).click();

  await actionsCard(page).getByRole("button", { name: "受理", exact: true }).click();
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已受理");
  expect(await expectOffered(page, PETITION_CLERK, "petition", petition.id)).toEqual(["extendHandling", "reply"]);

  await actionsCard(page).getByRole("button", { name: "书面答复", exact: true }).click();
  await submit(page);
  await expect(page.getByRole("dialog").getByText("请填写书面答复意见")).toBeVisible();
  await page.getByRole("dialog").getByLabel("书面答复意见").fill("经协调，承包方承诺于 15 日内支付拖欠的工程款 36000 元。");
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已书面答复");
  expect(await petitionOf()).toEqual({ status: "REPLIED", unifiedNumber, mediationOrganisation: null, reply: "经协调，承包方承诺于 15 日内支付拖欠的工程款 36000 元。", handoffs: [] });
  expect(await expectOffered(page, PETITION_CLERK, "petition", petition.id)).toEqual(["requestReview", "close", "recordSatisfaction"]);
  await expect(card(page, "信访内容").getByText("经协调，承包方承诺于 15 日内支付")).toBeVisible();
  await screenshot(page, "petition-case");
});

test("an arbitrator accepts, hears and awards a labour case on its page; an award above the claims is refused on its field, nothing written", async ({ page }) => {
  const arbitration = await applyDemoArbitration(["李春梅", "刘志刚"], "支付 2026 年 8 月至 10 月拖欠工资", "8000.00");
  const caseOf = async () =>
    (await hubCall(ARBITRATOR, `query($id: ID!) { arbitrationCase(id: $id) { status caseNumber outcome awardedAmount suitDueAt } }`, { id: arbitration.id })).arbitrationCase;

  await signIn(page, "仲裁员");
  await page.goto(`/arbitration-cases/${arbitration.id}`);
  await expect(page.getByTestId("case-status")).toHaveText("已申请");
  expect(await expectOffered(page, ARBITRATOR, "arbitrationCase", arbitration.id)).toEqual(["startPreMediation", "accept", "decline", "withdraw"]);
  await expect(page.getByText("仲裁请求（合计 ¥8,000.00）")).toBeVisible();
  await expectAccessible(page);

  const caseNumber = `玉劳人仲案字〔${new Date().getFullYear()}〕第${Date.now() % 1_000_000_000}号`;
  await actionsCard(page).getByRole("button", { name: "受理", exact: true }).click();
  await page.getByRole("dialog").getByLabel(/仲裁案号/).fill(caseNumber);
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已受理");
  expect(await caseOf()).toMatchObject({ status: "ACCEPTED", caseNumber });
  expect(await expectOffered(page, ARBITRATOR, "arbitrationCase", arbitration.id)).toEqual(["startHearing", "extendAward", "closeWithMediationStatement", "withdraw"]);

  await actionsCard(page).getByRole("button", { name: "开庭审理", exact: true }).click();
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("开庭审理中");

  // 9000 yuan against 8000 claimed: only the hub, which holds the claims, refuses it, on the amount.
  await actionsCard(page).getByRole("button", { name: "裁决结案", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("裁决内容").fill("被申请人支付申请人拖欠工资。");
  await dialog.getByLabel(/裁决金额/).fill("9000");
  await submit(page);
  const message = await hubRefusal(ARBITRATOR, `mutation($id: ID!) { closeArbitrationWithAward(id: $id, summary: "被申请人支付申请人拖欠工资。", awardedAmount: "9000") { id } }`, {
    id: arbitration.id,
  });
  const marked = dialog.locator(".ant-form-item-has-error");
  await expect(marked).toContainText("裁决金额");
  await expect(marked).toContainText(message);
  expect(await caseOf()).toEqual({ status: "HEARING", caseNumber, outcome: null, awardedAmount: null, suitDueAt: null });
  await expectAccessible(page);

  await dialog.getByLabel(/裁决金额/).fill("7600.50");
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已结案");
  const closed = await caseOf();
  expect(closed).toMatchObject({ status: "CLOSED", outcome: "AWARD", awardedAmount: "7600.50" });
  expect(closed.suitDueAt).not.toBeNull();
  await expect(page.getByText("起诉期限（不服裁决的）")).toBeVisible();
  await expect(page.getByText("（¥7,600.50）")).toBeVisible();
  expect(await expectOffered(page, ARBITRATOR, "arbitrationCase", arbitration.id)).toEqual([]);
  await screenshot(page, "arbitration-case");
});

test("a notary reviews an application and issues the certificate on its page; a certificate number the hub refuses is marked on its field, nothing written", async ({ page }) => {
  const application = await applyDemoNotarisation(["陈海燕", "黄立新"], `借款人黄立新于 30 日内向陈海燕归还借款 50000 元（${Date.now()}）`, "50000.00");
  const applicationOf = async () =>
    (await hubCall(NOTARY, `query($id: ID!) { notarisationApplication(id: $id) { status certificateNumber } }`, { id: application.id })).notarisationApplication;

  await signIn(page, "公证员");
  await page.goto(`/notarisations/${application.id}`);
  await expect(page.getByTestId("case-status")).toHaveText("已申请");
  expect(await expectOffered(page, NOTARY, "notarisationApplication", application.id)).toEqual(["startReview", "refuse"]);
  await expect(page.getByText("¥50,000.00")).toBeVisible();
  await expectAccessible(page);

  await actionsCard(page).getByRole("button", { name: "受理审查", exact: true }).click();
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已受理");
  expect(await applicationOf()).toEqual({ status: "REVIEWING", certificateNumber: null });
  expect(await expectOffered(page, NOTARY, "notarisationApplication", application.id)).toEqual(["issue", "refuse"]);

  // Well-formed, but of a year before notarial numbering as the hub knows it.
  await actionsCard(page).getByRole("button", { name: "出具公证书", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/公证书编号/).fill("（1980）鄂咸证字第12号");
  await submit(page);
  const message = await hubRefusal(NOTARY, `mutation($id: ID!) { issueNotarialCertificate(id: $id, certificateNumber: "（1980）鄂咸证字第12号") { id } }`, { id: application.id });
  const marked = dialog.locator(".ant-form-item-has-error");
  await expect(marked).toContainText("公证书编号");
  await expect(marked).toContainText(message);
  expect(await applicationOf()).toEqual({ status: "REVIEWING", certificateNumber: null });
  await expectAccessible(page);

  const serial = Date.now() % 100_000_000;
  await dialog.getByLabel(/公证书编号/).fill(`(${new Date().getFullYear()})鄂咸证字第${serial}号`);
  await submit(page);
  await expect(page.getByTestId("case-status")).toHaveText("已出具公证书");
  expect(await applicationOf()).toEqual({ status: "ISSUED", certificateNumber: `（${new Date().getFullYear()}）鄂咸证字第${serial}号` });
  // The payment is not due for 30 days: no enforcement certificate is offered yet.
  expect(await expectOffered(page, NOTARY, "notarisationApplication", application.id)).toEqual([]);
  await screenshot(page, "notarisation-case");
});

test("a joint-meeting reviewer reads all three pages but is offered no action, and a petition's content only as the hub's refusal", async ({ page }) => {
  const petition = await registerDemoPetition(["郑建华", "王德明"], `反映物业公司拒不退还押金（${Date.now()}）`);
  const arbitration = await applyDemoArbitration(["李春梅", "刘志刚"], "支付加班费", "1200.00");
  const application = await applyDemoNotarisation(["陈海燕", "黄立新"], `借款人于 30 日内归还借款 8000 元（${Date.now()}）`, "8000.00");
  await signIn(page, "联席会议审核人员");
  for (const [path, field, id, status] of [
    ["petitions", "petition", petition.id, "已登记"],
    ["arbitration-cases", "arbitrationCase", arbitration.id, "已申请"],
    ["notarisations", "notarisationApplication", application.id, "已申请"],
  ] as const) {
    await page.goto(`/${path}/${id}`);
    await expect(page.getByTestId("case-status")).toHaveText(status);
    expect(await expectOffered(page, REVIEWER, field, id)).toEqual([]);
  }
  await page.goto(`/petitions/${petition.id}`);
  await expect(card(page, "信访内容").getByRole("alert").first()).toContainText("FORBIDDEN");
  await expect(page.getByText("反映物业公司拒不退还押金")).toHaveCount(0);
  await expectAccessible(page);
});
