import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";

test("a joint-meeting reviewer searches 建国, opens a result and follows the dispute across agencies", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.getByRole("link", { name: "案件检索" }).click();
  await page.getByLabel("当事人姓名").fill("建国");
  await page.getByRole("button", { name: "检 索" }).or(page.getByRole("button", { name: "检索" })).first().click();

  // The filter is in the URL: a shared link gives the same search.
  await expect(page).toHaveURL(/\/search\?partyName=%E5%BB%BA%E5%9B%BD/);
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.first()).toContainText("王建国");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("建国");
  await expect(page.getByTestId("page-status")).toContainText(/共 \d+ 件/);
  // Results come from several channels.
  const channels = new Set(await rows.locator("td:first-child").allInnerTexts());
  expect(channels.size).toBeGreaterThanOrEqual(3);
  await expectAccessible(page);
  await screenshot(page, "search");

  await rows.locator('a[href^="/disputes/"]').first().click();
  await expect(page).toHaveURL(/\/disputes\/530402-\d{4}-\d{6}$/);
  await expect(page.getByRole("heading", { name: /纠纷档案/ })).toBeVisible();
  const steps = page.getByTestId("timeline-step");
  await expect(steps.first()).toBeVisible();
  const stepChannels = new Set(await steps.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-channel"))));
  expect(stepChannels.size).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("timeline")).toContainText("公安（警调对接）");
  await expect(page.getByTestId("timeline")).toContainText("法院（诉调对接）");
  await expect(page.getByTestId("timeline")).toContainText("办理人：");
  // Oldest first, in China time.
  const times = await steps.locator("strong").allInnerTexts();
  expect([...times].sort()).toEqual(times);
  await expect(page.getByText("王建国（申请人")).toBeVisible();
  // The police referral, with both agencies' record of it.
  await expect(page.getByTestId("handoff").first()).toContainText(/警调对接\s*公安调解：已送达 → 人民调解中心：已送达/);
  await expect(page.getByRole("cell", { name: "110 警情" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "dispute");

  // The back button returns to the same search.
  await page.goBack();
  await expect(page).toHaveURL(/partyName=/);
  await expect(page.getByLabel("当事人姓名")).toHaveValue("建国");
});

test("bad input shows the hub's message with its code and marks the field", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.goto("/search?amountMin=500&amountMax=100");
  const alert = page.getByRole("alert").filter({ hasText: "BAD_USER_INPUT" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("金额上限不能小于金额下限");
  // The field the hub named is marked on the form, with the hub's Chinese message.
  const item = page.locator(".ant-form-item-has-error");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("金额上限");
  await expect(item).toContainText("金额上限不能小于金额下限");
});

test("paging goes forward and back through the same search", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.goto("/search?first=10");
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows).toHaveCount(10);
  const keys = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row-key")));
  const firstPage = await keys();
  await page.getByRole("button", { name: /下一页/ }).click();
  await expect(page.getByTestId("page-status")).toContainText("第 2 页");
  await expect(rows.first()).not.toHaveAttribute("data-row-key", firstPage[0]!);
  const secondPage = await keys();
  expect(secondPage.some((r) => firstPage.includes(r))).toBe(false);
  await page.getByRole("button", { name: /上一页/ }).click();
  await expect(page.getByTestId("page-status")).toContainText("第 1 页");
  await expect.poll(keys).toEqual(firstPage);
});

test("filters and sort from a shared link fill the form and hold for every result", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.goto("/search?channels=POLICE,PETITION&disputeTypes=NEIGHBOURHOOD&division=5304&sort=OLDEST");
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.first()).toBeVisible();
  for (const channel of await rows.locator("td:first-child").allInnerTexts()) expect(["公安（警调对接）", "信访（访调对接）"]).toContain(channel);
  for (const type of await rows.locator("td:nth-child(2)").allInnerTexts()) expect(type).toContain("邻里");
  const opened = await rows.locator("td:nth-child(7)").allInnerTexts();
  expect([...opened].sort()).toEqual(opened);
  await expect(page.getByLabel("行政区划")).toHaveValue("5304");
  await expect(page.locator("form")).toContainText("最早受理在前");
  await expect(page.locator("form")).toContainText("公安（警调对接）");
});
