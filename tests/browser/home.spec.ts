import { randomUUID } from "node:crypto";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { hubCall, POLICE, reportDemoIncident } from "./hub.ts";

/** A 110 incident the police refer to the mediation centre, delivered and waiting in the centre's inbox. */
async function deliveredPoliceReferral(): Promise<string> {
  const reportIncident = await reportDemoIncident(["钱多多", "孙少少"], "报警人称楼上住户夜间噪音扰民,双方争吵。");
  const { referIncidentToMediationCenter } = await hubCall(
    POLICE,
    `mutation($id: ID!, $key: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: "红塔区矛盾纠纷调处化解中心", idempotencyKey: $key) { handoffs { id kind } } }`,
    { id: reportIncident.id, key: randomUUID() },
  );
  const handoffId = referIncidentToMediationCenter.handoffs.find((h: { kind: string }) => h.kind === "POLICE_REFERRAL").id as string;
  await expect
    .poll(async () => (await hubCall(POLICE, `query($id: ID!) { handoff(id: $id) { policeMediationRecord { status } } }`, { id: handoffId })).handoff.policeMediationRecord?.status, {
      timeout: 30_000,
    })
    .toBe("DELIVERED");
  return handoffId;
}

test("a mediator accepts an incoming handoff on the 工作台 and it leaves the inbox", async ({ page }) => {
  const handoffId = await deliveredPoliceReferral();
  await signIn(page, "调解员（红塔区调解中心）");
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
  const row = page.locator(`tr[data-row-key="${handoffId}"]`);
  await expect(row).toContainText("警调对接");
  await expect(row).toContainText("公安调解");
  await expect(page.getByText(/督办：超期 \d+ 件/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "home");

  await row.getByRole("button", { name: /接\s*收/ }).click();
  await expect(row).toHaveCount(0);
  const { handoff } = await hubCall(POLICE, `query($id: ID!) { handoff(id: $id) { policeMediationRecord { status } } }`, { id: handoffId });
  expect(["DELIVERED", "ACCEPTED"]).toContain(handoff.policeMediationRecord.status);
});

test("a handoff delivered while the 工作台 is open appears without a reload; rejecting it needs a reason", async ({ page }) => {
  await signIn(page, "调解员（红塔区调解中心）");
  await expect(page.getByText(/^待签收的移交（\d+）$/)).toBeVisible();
  const handoffId = await deliveredPoliceReferral();
  const row = page.locator(`tr[data-row-key="${handoffId}"]`);
  // The page polls every 15 s.
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole("button", { name: /退\s*回/ }).click();
  const dialog = page.getByRole("dialog", { name: "退回移交" });
  await dialog.getByRole("button", { name: /确认退回/ }).click();
  await expect(dialog).toContainText("请填写退回理由");
  await dialog.getByLabel("退回理由").fill("不属于本中心辖区，请移送属地调解组织");
  await dialog.getByRole("button", { name: /确认退回/ }).click();
  await expect(row).toHaveCount(0);
});

// Every desk's home page loads its own inbox, 督办 and counts without an error from the hub
// (the gateway's depth and cost limits included).
for (const label of ["法院立案庭书记员", "信访局登记员", "民警", "仲裁员", "公证员", "可查看完整号码的核查人员", "审计员"]) {
  test(`the 工作台 of ${label} loads without errors`, async ({ page }) => {
    await signIn(page, label);
    await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
    if (label !== "审计员") await expect(page.getByText(/督办：超期 \d+ 件/)).toBeVisible();
    await expect(page.locator(".ant-statistic-content-value").first().or(page.getByText("审计人员的工作台"))).toBeVisible();
    await expect(page.locator(".ant-alert-error")).toHaveCount(0);
    await expectAccessible(page);
  });
}
