import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { demoIdentity, hubCall, REVIEWER } from "./hub.ts";

const MEDIATOR = demoIdentity("调解员").claims;

/** A neighbourhood dispute a walk-in registers at the 红塔区 centre, with no committee chosen yet. */
async function registeredCase(): Promise<{ id: string; unifiedNumber: string }> {
  const { registerDispute } = await hubCall(MEDIATOR, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`, {
    input: {
      disputeType: "NEIGHBOURHOOD",
      divisionCode: "530402",
      description: `楼上阳台漏水渗入楼下卧室，双方就维修费用协商未果（${Date.now()}）`,
      source: "WALK_IN",
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: "孙丽娟", idNumber: "11010519491231002X" },
        { role: "RESPONDENT", kind: "PERSON", name: "钱志强", idNumber: "440524188001010014" },
      ],
    },
  });
  return { id: registerDispute.mediationCases[0].id, unifiedNumber: registerDispute.unifiedNumber };
}

const caseOf = async (id: string) =>
  (await hubCall(MEDIATOR, `query($id: ID!) { mediationCase(id: $id) { status mediator { name } agreement { terms amount hasPaymentObligation } } }`, { id })).mediationCase;

test("a mediator accepts a case, mediates it and records the agreement through its case page; a refused agreement marks its field and writes nothing", async ({ page }) => {
  const registered = await registeredCase();
  await signIn(page, "调解员（红塔区调解中心）");
  await page.goto(`/mediation-cases/${registered.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已登记/);
  const actions = page.getByRole("button", { name: /受理并指派调解员|开始调解|调解成功|调解不成|终止调解/ });
  await expect(actions).toHaveText(["受理并指派调解员", "终止调解"]);
  await expectAccessible(page);

  // The centre's mediators, those good at neighbourhood disputes first.
  await page.getByRole("button", { name: "受理并指派调解员" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("承办调解员").click();
  await page.locator(".ant-select-item-option", { hasText: "杨德华" }).click();
  await dialog.getByRole("button", { name: /提\s*交/ }).click();
  await expect(page.getByTestId("case-status")).toHaveText(/已受理/);
  expect(await caseOf(registered.id)).toMatchObject({ status: "ACCEPTED", mediator: { name: "杨德华" } });

  await page.getByRole("button", { name: "开始调解" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /提\s*交/ }).click();
  await expect(page.getByTestId("case-status")).toHaveText(/调解中/);
  await expect(actions).toHaveText(["调解成功：记录调解协议", "调解不成", "终止调解"]);

  // Signed before the case was accepted: the hub refuses and names input.signedAt; nothing is written.
  await page.getByRole("button", { name: "调解成功：记录调解协议" }).click();
  const agreement = page.getByRole("dialog");
  await agreement.getByLabel("协议内容").fill("钱志强于十日内修复阳台防水并赔偿孙丽娟维修费 3200 元。");
  await agreement.getByLabel("是否有给付义务").click();
  await agreement.getByLabel("协议金额（元）").fill("3200");
  await agreement.getByLabel("签订时间").click();
  await agreement.getByLabel("签订时间").fill("2020-01-02 09:00");
  await agreement.getByLabel("签订时间").press("Enter");
  await agreement.getByRole("button", { name: /提\s*交/ }).click();
  await expect(agreement.locator(".ant-form-item-has-error")).toContainText("签订时间");
  expect(await caseOf(registered.id)).toMatchObject({ status: "MEDIATING", agreement: null });
  await expectAccessible(page);

  // 此刻 keeps the seconds, so a case accepted this very minute is not refused as signed before it.
  await agreement.getByLabel("签订时间").click();
  await page.locator(".ant-picker-now-btn").click();
  await agreement.getByRole("button", { name: /提\s*交/ }).click();
  await expect(page.getByTestId("case-status")).toHaveText(/调解成功/);
  expect(await caseOf(registered.id)).toMatchObject({
    status: "AGREEMENT_REACHED",
    agreement: { terms: "钱志强于十日内修复阳台防水并赔偿孙丽娟维修费 3200 元。", amount: "3200.00", hasPaymentObligation: true },
  });
  await expect(page.getByText("¥3,200.00")).toBeVisible();
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await screenshot(page, "mediation-case");
});

test("a joint-meeting reviewer reads a mediation case but is offered no action", async ({ page }) => {
  const registered = await registeredCase();
  const { mediationCase } = await hubCall(REVIEWER, `query($id: ID!) { mediationCase(id: $id) { availableActions } }`, { id: registered.id });
  expect(mediationCase.availableActions).toEqual([]);
  await signIn(page, "联席会议审核人员");
  await page.goto(`/mediation-cases/${registered.id}`);
  await expect(page.getByTestId("case-status")).toHaveText(/已登记/);
  await expect(page.getByTestId("no-actions")).toBeVisible();
});
