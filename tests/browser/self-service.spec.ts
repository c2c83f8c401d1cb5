import { test, expect, expectAccessible, screenshot, signIn } from "./fixtures.ts";
import { browserSql, demoIdentity, hubCall } from "./hub.ts";

// 群众端 on a phone: no agency sign-in, large touch targets, the hub's refusals in Chinese.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const MEDIATOR = demoIdentity("调解员").claims;
const APPLICANT_ID = "11010519491231002X";
const RESPONDENT_ID = "440524188001010014";

async function disputesWithFacts(facts: string): Promise<number> {
  const rows = await browserSql("mediation-center", `select count(*)::int as n from "dispute" where "description" like $1`, [`%${facts}%`]);
  return rows[0].n;
}

test("a party applies online, looks the dispute up, hurries it up twice (the second refused for today) and evaluates it once it has concluded", async ({ page, browser }) => {
  const facts = `小区停车位被邻居长期占用，多次沟通无果（${Date.now()}）`;
  await page.goto("/self-service");
  await expect(page.getByRole("heading", { name: "矛盾纠纷在线调解" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("纠纷类型").click();
  await page.locator(".ant-select-item-option", { hasText: /^邻里$/ }).click();
  await page.getByLabel("纠纷发生地").fill("红塔");
  await page.locator(".ant-cascader-menu-item", { hasText: "红塔区" }).first().click();
  await page.getByLabel("事实经过").fill(facts);
  await page.getByLabel("申请事项").fill("请求调解，由邻居停止占用停车位");
  await page.getByLabel("当事人 1 姓名或单位名称").fill("孙丽娟");
  await page.getByLabel("当事人 1 身份证号码").fill(APPLICANT_ID);
  await page.getByLabel("当事人 1 联系电话").fill("13987654321");
  await page.getByLabel("当事人 2 姓名或单位名称").fill("钱志强");
  // Eighteen characters with a wrong check character: only the hub's GB 11643 check knows.
  await page.getByLabel("当事人 2 身份证号码").fill("440524188001010015");
  await page.getByRole("button", { name: "提交申请" }).click();
  const respondentId = page.locator(".ant-form-item", { has: page.getByLabel("当事人 2 身份证号码") });
  await expect(respondentId).toHaveClass(/ant-form-item-has-error/);
  await expect(respondentId).toContainText("居民身份证号码有误");
  expect(await disputesWithFacts(facts)).toBe(0);
  await screenshot(page, "self-service-apply");

  await page.getByLabel("当事人 2 身份证号码").fill(RESPONDENT_ID);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("申请已提交")).toBeVisible();
  const unifiedNumber = (await page.getByTestId("unified-number").innerText()).replace("统一纠纷编号：", "").trim();
  expect(unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);
  expect(await disputesWithFacts(facts)).toBe(1);

  // Looking it up: a wrong ID number first, then the applicant's own.
  await page.getByRole("button", { name: "查询办理进度" }).click();
  await expect(page.getByLabel("统一纠纷编号")).toHaveValue(unifiedNumber);
  await page.getByLabel(/本人身份证号码/).fill("110101199003070011");
  await page.getByRole("button", { name: /^查\s*询$/ }).click();
  await expect(page.getByRole("alert")).toContainText("没有找到与该编号和证件号码相符的纠纷");
  await page.getByLabel(/本人身份证号码/).fill(APPLICANT_ID);
  await page.getByRole("button", { name: /^查\s*询$/ }).click();
  await expect(page.getByTestId("current-agency")).toHaveText("矛盾纠纷调处化解中心");
  await expect(page.getByTestId("current-step")).toContainText("人民调解案件");
  await expect(page.getByText("孙丽娟（申请人）")).toBeVisible();
  // The other party's ID number is nowhere on the page.
  await expect(page.locator("body")).not.toContainText(RESPONDENT_ID);
  await expect(page.locator("body")).not.toContainText(`${RESPONDENT_ID.slice(0, 6)}********${RESPONDENT_ID.slice(-4)}`);
  await expectAccessible(page);
  await screenshot(page, "self-service-progress");

  // A second phone of the same party, opened before the first 催办.
  const other = await browser.newContext({ baseURL: process.env.HUB_BROWSER_ORIGIN, viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN", reducedMotion: "reduce" });
  const second = await other.newPage();
  await second.goto("/self-service");
  await second.locator(".ant-segmented-item", { hasText: "查询进度" }).click();
  await second.getByLabel("统一纠纷编号").fill(unifiedNumber);
  await second.getByLabel(/本人身份证号码/).fill(APPLICANT_ID);
  await second.getByRole("button", { name: /^查\s*询$/ }).click();
  await expect(second.getByRole("button", { name: /^催\s*办$/ })).toBeEnabled();

  await page.getByLabel("催办说明").fill("已经一周了，请尽快安排调解");
  await page.getByRole("button", { name: /^催\s*办$/ }).click();
  await expect(page.getByText(/已催办，矛盾纠纷调处化解中心将于 \d{4}-\d{2}-\d{2} 前答复/)).toBeVisible();
  await expect(page.getByRole("button", { name: "今日已催办" })).toBeDisabled();

  await second.getByRole("button", { name: /^催\s*办$/ }).click();
  await expect(second.getByRole("alert")).toContainText("您今天已催办过该纠纷");
  await other.close();
  expect(await browserSql("mediation-center", `select "note" from "dispute_urge" where "unified_number" = $1`, [unifiedNumber])).toEqual([{ note: "已经一周了，请尽快安排调解" }]);

  // The urge is on the centre's 工作台, with the party's words.
  const desk = await browser.newContext({ baseURL: process.env.HUB_BROWSER_ORIGIN, locale: "zh-CN", reducedMotion: "reduce" });
  const staff = await desk.newPage();
  await signIn(staff, "调解员（红塔区调解中心）");
  await expect(staff.getByRole("row").filter({ hasText: unifiedNumber })).toContainText("已经一周了，请尽快安排调解");
  await desk.close();

  // The centre mediates the case to an agreement; the party refreshes and evaluates.
  const { dispute } = await hubCall(MEDIATOR, `query($n: String!) { dispute(unifiedNumber: $n) { mediationCases { id } } }`, { n: unifiedNumber });
  const caseId = dispute.mediationCases[0].id;
  const { mediators } = await hubCall(MEDIATOR, `{ mediators(first: 100) { edges { node { id name } } } }`);
  const mediator = mediators.edges.find((e: any) => e.node.name === "杨德华").node;
  await hubCall(MEDIATOR, `mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator.id });
  await hubCall(MEDIATOR, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId });
  await hubCall(MEDIATOR, `mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id } }`, {
    id: caseId, input: { terms: "钱志强即日起不再占用孙丽娟的停车位。", hasPaymentObligation: false },
  });
  await page.getByRole("button", { name: /^刷\s*新$/ }).click();
  await expect(page.getByTestId("progress-state")).toHaveText("已办结");
  await expect(page.getByText("杨德华")).toBeVisible();
  await page.locator(".ant-radio-button-wrapper", { hasText: /^不满意$/ }).click();
  await page.getByLabel("意见建议").fill("对方仍偶尔占用车位");
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByTestId("evaluation")).toContainText("不满意，对方仍偶尔占用车位");
  const [evaluation] = await browserSql("mediation-center", `select "satisfaction", "callback_due_at" from "dispute_evaluation" where "unified_number" = $1`, [unifiedNumber]);
  expect(evaluation.satisfaction).toBe("UNSATISFIED");
  expect(evaluation.callback_due_at).not.toBeNull();
  await expectAccessible(page);
  await screenshot(page, "self-service-evaluated");
});
