import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import type { CallerClaims } from "@hub/gateway/tokens";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a loopback port, standing in
 * for an agency's identity provider in tests: authorization code with PKCE for the console as a
 * public client, its own login form (devInteractions), and JWT access tokens for the hub's
 * audience that carry the hub's claims (agency_id, agency_kind, roles, division_scope).
 */
export interface TestIdentityProvider {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  /** The resource (and JWT audience) the console asks tokens for. */
  audience: string;
  stop(): Promise<void>;
}

export interface IdentityProviderOptions {
  /** Where the console runs: its /sign-in/callback and /sign-in are the client's redirect URIs. */
  consoleOrigin: string;
  /** Who may sign in: the login name typed into the provider's form → that person's hub claims. */
  accounts: Record<string, Omit<CallerClaims, "subject">>;
  /** Lifetime of an access token, in seconds (short in tests of expiry). */
  accessTokenSeconds?: number;
  audience?: string;
  clientId?: string;
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<TestIdentityProvider> {
  const clientId = options.clientId ?? "hub-console";
  const audience = options.audience ?? "mediation-hub";
  // A resource indicator is an absolute URI; the token's audience is what the gateway checks.
  const resource = `urn:${audience}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [`${options.consoleOrigin}/sign-in/callback`],
        post_logout_redirect_uris: [`${options.consoleOrigin}/sign-in`],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["test-cookie-key-test-cookie-key"] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: "hub",
          audience,
          accessTokenFormat: "jwt",
          accessTokenTTL: options.accessTokenSeconds ?? 600,
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    async findAccount(_ctx, sub) {
      if (!options.accounts[sub]) return undefined;
      return { accountId: sub, claims: async () => ({ sub }) };
    },
    // The console is the agencies' own application: its grant needs no consent screen.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope("openid");
      grant.addResourceScope(resource, "hub");
      await grant.save();
      return grant;
    },
    async extraTokenClaims(_ctx, token) {
      const accountId = (token as { accountId?: string }).accountId;
      const claims = accountId ? options.accounts[accountId] : undefined;
      if (!claims) return {};
      return { agency_id: claims.agencyId, agency_kind: claims.agencyKind, roles: claims.roles, division_scope: claims.divisionScope };
    },
  });
  // http on loopback: the provider would otherwise insist on https for its cookies and URLs.
  provider.proxy = false;
  server.on("request", provider.callback());

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    audience,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
