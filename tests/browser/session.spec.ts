import { mintToken } from "@hub/gateway/tokens";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { demoIdentity } from "./hub.ts";

test("the sign-in page lists every demo identity with its agency, roles and scope", async ({ page }) => {
  await page.goto("/search?partyName=建国");
  // Not signed in: to sign-in first, and back to the page asked for afterwards.
  await expect(page).toHaveURL(/\/sign-in$/);
  const cards = page.getByRole("button", { name: /机构：/ });
  await expect(cards).toHaveCount(9);
  await expect(page.getByText("联席会议审核人员（全国）")).toBeVisible();
  await expect(page.getByText("辖区：全国").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "sign-in");
  await page.getByRole("button", { name: /^法院立案庭书记员/ }).click();
  await expect(page).toHaveURL(/\/search\?partyName=/);
  await page.getByRole("button", { name: /退出登录/ }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an expired token returns to sign-in with a message", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  const claims = demoIdentity("联席会议审核人员").claims;
  // Issued nine hours ago for eight: the gateway refuses it as expired.
  const expired = await mintToken(claims, { ttl: 8 * 3600, issuedAt: Math.floor(Date.now() / 1000) - 9 * 3600 });
  await page.evaluate((token) => {
    const session = JSON.parse(sessionStorage.getItem("hub.session")!);
    sessionStorage.setItem("hub.session", JSON.stringify({ ...session, token }));
  }, expired);
  // Opening a page asks the gateway with the expired token (the 工作台's refresh may do so first).
  await page.goto("/search");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("登录已过期，请重新选择身份登录。")).toBeVisible();
});
