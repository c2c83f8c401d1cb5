import { createGateway, type GatewayServer } from "@hub/gateway";
import { jwtSettings } from "../../gateway/src/auth.ts";
import { freePort } from "../../scripts/lib/ports.ts";
import { startIdentityProvider, type TestIdentityProvider } from "../support/oidc-provider.ts";
import { test, expect, expectAccessible, screenshot } from "./fixtures.ts";

// Production sign-in, end to end: a real OpenID provider (oidc-provider) on loopback, and a
// gateway configured for it in front of the test hub's subgraphs, serving the built console.
// Authorization code with PKCE in the browser, a page that calls the gateway, sign-out at the
// provider, and a session whose token expired going back to sign-in.

// Long enough to sign in, search and sign out; short enough to wait out once.
const TOKEN_SECONDS = 30;
let idp: TestIdentityProvider;
let gateway: GatewayServer;
let origin: string;

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider({
    consoleOrigin: origin,
    accessTokenSeconds: TOKEN_SECONDS,
    accounts: { "li.clerk": { agencyId: "court-530402", agencyKind: "court", roles: ["clerk"], divisionScope: ["530402"] } },
  });
  const subgraphs = JSON.parse(process.env.HUB_BROWSER_SUBGRAPH_URLS!) as Record<string, string>;
  gateway = await createGateway({
    subgraphUrl: (name) => subgraphs[name]!,
    settings: {
      jwt: jwtSettings({ HUB_JWKS_URL: idp.jwksUrl, HUB_JWT_ISSUER: idp.issuer, HUB_JWT_AUDIENCE: idp.audience, HUB_JWT_CLOCK_TOLERANCE_SECONDS: "0" }),
      consoleSignIn: { kind: "oidc", issuer: idp.issuer, clientId: idp.clientId, scope: "openid", resource: null },
    },
  });
  await gateway.listen(port, "127.0.0.1");
});

test.afterAll(async () => {
  await gateway?.stop();
  gateway?.httpServer.closeAllConnections();
  await idp?.stop();
});

async function signInAtProvider(page: import("@playwright/test").Page) {
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByText("请使用本单位的统一身份认证账号登录")).toBeVisible();
  await expect(page.getByRole("button", { name: /演示/ })).toHaveCount(0);
  await page.getByRole("button", { name: "使用统一身份认证登录" }).click();
  // The provider's own login form, on its own origin.
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill("li.clerk");
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  await expect(page.getByTestId("signed-in-as")).toContainText("li.clerk（court-530402）");
}

test("OpenID sign-in with PKCE, a page served by the gateway with that token, sign-out at the provider, expiry back to sign-in", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAtProvider(page);

  // The court's own cases through the gateway, with the provider's access token.
  await page.goto(`${origin}/search`);
  await expect(page.getByTestId("page-status")).toContainText("共");
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "UNAUTHENTICATED" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "oidc-search");

  // Sign-out ends the provider's session too: its confirmation, then back to sign-in.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/session/end`));
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(`${origin}/sign-in`);
  await expect(page.getByRole("button", { name: "使用统一身份认证登录" })).toBeVisible();

  // Signed in again (the provider asks again: its session ended), then the token runs out.
  await signInAtProvider(page);
  await page.waitForTimeout(TOKEN_SECONDS * 1000 + 1_000);
  // The 工作台 refreshes every 15 s and may already have been turned away; opening a page certainly is.
  await page.goto(`${origin}/search`);
  await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in`));
  await expect(page.getByRole("button", { name: "使用统一身份认证登录" })).toBeVisible();
});
