import { DEMO_PERSON } from "../../scripts/demo/seed.ts";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { demoIdentity, hubCall } from "./hub.ts";

const AUDITOR = demoIdentity("审计员").claims;
const UNMASKER = demoIdentity("可查看完整号码的核查人员").claims;

test("a police officer opening the petitions sees the hub's refusal", async ({ page }) => {
  await signIn(page, "民警");
  await page.getByRole("link", { name: "信访件" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "FORBIDDEN" });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("无权访问");
  // The hub's own words (its Chinese, extensions.messageZh) about who may read petitions, not a console paraphrase.
  await expect(refusal).toContainText("只有信访部门和联席会议工作人员可以查看此列表");
  await expect(page.locator(".ant-table-row")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "petitions-refused");
});

test("unmasking a party's number asks for a purpose, shows the number and writes the audit row", async ({ page }) => {
  await signIn(page, "可查看完整号码的核查人员（云南省）");
  await page.goto(`/parties?idNumber=${DEMO_PERSON.idNumber}`);
  const records = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(records.first()).toBeVisible();
  expect(await records.count()).toBeGreaterThanOrEqual(4);
  const masked = `${DEMO_PERSON.idNumber.slice(0, 6)}********${DEMO_PERSON.idNumber.slice(-4)}`;
  await expect(records.first()).toContainText(masked);
  await expect(page.getByText(DEMO_PERSON.idNumber, { exact: false })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "party");

  const purpose = `核实当事人身份 ${Date.now()}`;
  const since = new Date().toISOString();
  await page.getByTestId("unmask-button").click();
  const dialog = page.getByRole("dialog", { name: "显示完整号码" });
  // No purpose, no number.
  await dialog.getByRole("button", { name: /确认查看/ }).click();
  await expect(dialog).toContainText("请填写查看目的");
  await dialog.getByLabel("查看目的").fill(purpose);
  await dialog.getByRole("button", { name: /确认查看/ }).click();
  await expect(page.getByTestId("unmasked")).toContainText(`证件号码：${DEMO_PERSON.idNumber}`);
  await expect(page.getByTestId("unmasked")).toContainText(purpose);
  // Checked once the dialog has faded out: half-transparent text fails the contrast rule.
  await expect(dialog).toBeHidden();
  await expectAccessible(page);
  await screenshot(page, "party-unmasked");

  // The auditor finds the read, with who read it and why.
  const { mediationCenterAuditLog } = await hubCall<{ mediationCenterAuditLog: { entries: { subject: string; agencyId: string; field: string; purpose: string }[] } }>(
    AUDITOR,
    `query($filter: AuditLogFilter) { mediationCenterAuditLog(filter: $filter, first: 50) { entries { subject agencyId field purpose } } }`,
    { filter: { action: "UNMASK", subject: UNMASKER.subject, since } },
  );
  const ours = mediationCenterAuditLog.entries.filter((e) => e.purpose === purpose);
  expect(ours.length).toBeGreaterThan(0);
  expect(ours[0]).toMatchObject({ subject: UNMASKER.subject, agencyId: UNMASKER.agencyId });
});

test("without the unmask role the console shows why the number stays masked", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.goto(`/parties?idNumber=${DEMO_PERSON.idNumber}`);
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await page.getByTestId("unmask-button").click();
  const dialog = page.getByRole("dialog", { name: "显示完整号码" });
  await dialog.getByLabel("查看目的").fill("核实当事人身份");
  await dialog.getByRole("button", { name: /确认查看/ }).click();
  const refused = page.getByTestId("unmask-refused");
  await expect(refused).toContainText("FORBIDDEN");
  await expect(refused).toContainText("需要查看完整信息的权限");
  await expect(page.getByText(DEMO_PERSON.idNumber, { exact: false })).toHaveCount(0);
});
