import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createGateway, type GatewayServer } from "@hub/gateway";
import { jwtSettings } from "../../gateway/src/auth.ts";
import { startIdentityProvider, type TestIdentityProvider } from "../support/oidc-provider.ts";

// Production sign-in: an agency's identity provider (a real OpenID provider on loopback) issues
// the access token by the authorization-code flow with PKCE, as the console runs it in a browser;
// the gateway verifies it by the provider's JWKS and serves the caller its claims describe.

const CONSOLE_ORIGIN = "http://127.0.0.1:1"; // the redirect is read, never followed
const ACCOUNTS = {
  "clerk.li": { agencyId: "court-530402", agencyKind: "court" as const, roles: ["clerk"], divisionScope: ["530402"] },
};

let idp: TestIdentityProvider;
let gateway: GatewayServer;
let gatewayUrl: string;

beforeAll(async () => {
  idp = await startIdentityProvider({ consoleOrigin: CONSOLE_ORIGIN, accounts: ACCOUNTS, accessTokenSeconds: 2 });
  const urls = inject("subgraphUrls");
  gateway = await createGateway({
    subgraphUrl: (name) => urls[name]!,
    settings: { jwt: jwtSettings({ HUB_JWKS_URL: idp.jwksUrl, HUB_JWT_ISSUER: idp.issuer, HUB_JWT_AUDIENCE: idp.audience, HUB_JWT_CLOCK_TOLERANCE_SECONDS: "0" }) },
  });
  gatewayUrl = await gateway.listen(0, "127.0.0.1");
});

afterAll(async () => {
  await gateway?.stop();
  gateway?.httpServer.closeAllConnections();
  await idp?.stop();
});

/** A browser's cookie jar for one host, enough for the provider's own session cookies. */
class Cookies {
  private readonly jar = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Follows the provider's redirects by hand until one leaves the provider (to the console). */
async function follow(start: string, cookies: Cookies, init: RequestInit = {}): Promise<{ url: string; response: Response }> {
  let url = start;
  let request = init;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { ...request, redirect: "manual", headers: { ...(request.headers as Record<string, string>), cookie: cookies.header() } });
    cookies.take(response);
    const location = response.headers.get("location");
    if (!location) return { url, response };
    url = new URL(location, url).toString();
    if (!url.startsWith(idp.issuer)) return { url, response };
    request = {};
  }
  throw new Error(`too many redirects from ${start}`);
}

/** What the console does: authorization request with PKCE, the provider's login form, the token request. */
async function signIn(login: string): Promise<{ accessToken: string; idToken: string }> {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const state = randomBytes(8).toString("hex");
  const redirectUri = `${CONSOLE_ORIGIN}/sign-in/callback`;
  const authorize = new URL(`${idp.issuer}/auth`);
  Object.entries({ client_id: idp.clientId, redirect_uri: redirectUri, response_type: "code", scope: "openid hub", state, code_challenge: challenge, code_challenge_method: "S256" })
    .forEach(([k, v]) => authorize.searchParams.set(k, v));
  const cookies = new Cookies();
  const form = await follow(authorize.toString(), cookies);
  const html = await form.response.text();
  const action = /<form autocomplete="off" action="([^"]+)" method="post">\s*<input type="hidden" name="prompt" value="login"/.exec(html)?.[1];
  expect(action, html.slice(0, 500)).toBeDefined();
  const done = await follow(new URL(action!, form.url).toString(), cookies, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login, password: "any" }).toString(),
  });
  const back = new URL(done.url);
  // Anything else is the provider's page (a consent or an error): show it.
  expect(back.origin + back.pathname, done.response.status === 200 ? (await done.response.text()).replace(/<style>[\s\S]*<\/style>/, "").slice(0, 1500) : done.url).toBe(redirectUri);
  expect(back.searchParams.get("state")).toBe(state);
  const code = back.searchParams.get("code");
  expect(code, done.url).toBeTruthy();
  const token = await fetch(`${idp.issuer}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: code!, redirect_uri: redirectUri, client_id: idp.clientId, code_verifier: verifier }).toString(),
  });
  const body = (await token.json()) as { access_token?: string; id_token?: string; error?: string; error_description?: string };
  expect(token.status, JSON.stringify(body)).toBe(200);
  return { accessToken: body.access_token!, idToken: body.id_token! };
}

async function whoAmI(accessToken: string) {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query: "{ courtReferrals(first: 1) { __typename } }" }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe("sign-in through the agencies' OpenID provider (authorization code + PKCE)", () => {
  it("gives a JWT access token for the hub that the gateway accepts, as the caller its claims describe", async () => {
    const { accessToken, idToken } = await signIn("clerk.li");
    expect(idToken.split(".")).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(accessToken.split(".")[1]!, "base64url").toString("utf8"));
    expect(claims).toMatchObject({ iss: idp.issuer, aud: idp.audience, sub: "clerk.li", agency_id: "court-530402", agency_kind: "court", roles: ["clerk"], division_scope: ["530402"] });
    const answer = await whoAmI(accessToken);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it("refuses the token once it has expired, saying so", async () => {
    const { accessToken } = await signIn("clerk.li");
    const expiresAt = JSON.parse(Buffer.from(accessToken.split(".")[1]!, "base64url").toString("utf8")).exp as number;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt * 1000 - Date.now()) + 1_100));
    const answer = await whoAmI(accessToken);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(answer.body.errors?.[0]?.message).toMatch(/expired/);
  });

  it("refuses a PKCE token request without the verifier", async () => {
    const cookies = new Cookies();
    const authorize = new URL(`${idp.issuer}/auth`);
    Object.entries({ client_id: idp.clientId, redirect_uri: `${CONSOLE_ORIGIN}/sign-in/callback`, response_type: "code", scope: "openid hub" }).forEach(([k, v]) => authorize.searchParams.set(k, v));
    const { url } = await follow(authorize.toString(), cookies);
    // A public client must send a code challenge: the provider sends the browser back with an error.
    expect(new URL(url).searchParams.get("error")).toBe("invalid_request");
  });
});

describe("what the console reads before sign-in (/console/config.json)", () => {
  it("names the OpenID provider and the client when one is configured, and the demo identities otherwise", async () => {
    const { consoleSignIn } = await import("../../gateway/src/settings.ts");
    expect(consoleSignIn({ HUB_OIDC_ISSUER: idp.issuer, HUB_OIDC_CLIENT_ID: idp.clientId, HUB_OIDC_SCOPE: "openid hub" })).toEqual({
      kind: "oidc", issuer: idp.issuer, clientId: idp.clientId, scope: "openid hub", resource: null,
    });
    expect(consoleSignIn({ NODE_ENV: "production" })).toMatchObject({ kind: "unconfigured", message: expect.stringContaining("HUB_OIDC_ISSUER") });
    const response = await fetch(new URL("/console/config.json", gatewayUrl));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ signIn: { kind: "development" } });
  });
});
