/**
 * Production sign-in: the agencies' OpenID provider, authorization code with PKCE (oidc-client-ts),
 * configured by the gateway's /console/config.json. The access token the provider issues for the
 * hub is what the console sends; its claims say who the person is to the hub.
 */
import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { Identity, Session } from "./index.ts";

export interface OidcSettings {
  kind: "oidc";
  issuer: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

export type SignInSettings = OidcSettings | { kind: "development" } | { kind: "unconfigured"; message: string };

export async function signInSettings(): Promise<SignInSettings> {
  const response = await fetch("/console/config.json", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`读取登录配置失败：HTTP ${response.status}`);
  return ((await response.json()) as { signIn: SignInSettings }).signIn;
}

function manager(settings: OidcSettings): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${origin}/sign-in/callback`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    response_type: "code",
    scope: settings.scope,
    ...(settings.resource ? { extraQueryParams: { resource: settings.resource }, extraTokenParams: { resource: settings.resource } } : {}),
    // The session ends with the tab, like the development sign-in; no silent renewal: an expired
    // session goes back to sign-in.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}

/** Leaves for the provider's sign-in page; the browser comes back to /sign-in/callback. */
export async function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  await manager(settings).signinRedirect({ state: { returnTo } });
}

/** Claims of the hub's access token (a JWT) that describe the caller. */
function identityOf(user: User): Identity {
  const payload = JSON.parse(atob(user.access_token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>;
  const subject = String(payload.sub ?? user.profile.sub);
  const agencyId = String(payload.agency_id ?? "");
  return {
    label: `${(user.profile.name as string | undefined) ?? subject}（${agencyId}）`,
    subject,
    agencyId,
    agencyKind: String(payload.agency_kind ?? ""),
    roles: Array.isArray(payload.roles) ? payload.roles.map(String) : [],
    divisionScope: Array.isArray(payload.division_scope) ? payload.division_scope.map(String) : [],
  };
}

/** On /sign-in/callback: trades the code (with the PKCE verifier) for tokens; returns the session and where to go. */
export async function completeOidcSignIn(settings: OidcSettings): Promise<{ session: Session; returnTo: string }> {
  const user = await manager(settings).signinRedirectCallback();
  const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? "/";
  return {
    session: { token: user.access_token, expiresAt: (user.expires_at ?? 0) * 1000, identity: identityOf(user), idToken: user.id_token ?? undefined },
    returnTo,
  };
}

/** Ends the provider's session too (RP-initiated logout); the browser comes back to /sign-in. */
export async function oidcSignOut(settings: OidcSettings, idToken: string | undefined): Promise<void> {
  const users = manager(settings);
  await users.removeUser();
  await users.signoutRedirect({ id_token_hint: idToken });
}
