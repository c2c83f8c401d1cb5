import { jwtSettings, type JwtSettings } from "./auth.ts";
import type { RateLimit } from "./rate-limit.ts";
import { SUBGRAPH_CLIENTS, type SubgraphClient } from "./subgraph-client.ts";
import { TRUSTED_DOCUMENTS_MODES, TRUSTED_MANIFEST_PATH, type TrustedDocumentsMode } from "./trusted-documents.ts";

/** Limits on one operation, enforced by GraphQL Armor before the gateway plans it. */
export interface OperationLimits {
  /** Deepest selection nesting. */
  maxDepth: number;
  /** Armor's cost estimate (objects weigh 2, scalars 1, multiplied by depth). */
  maxCost: number;
  /** Aliases in one operation (an alias bomb asks one expensive field hundreds of times). */
  maxAliases: number;
  /** Lexical tokens in the query text. */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
}

export interface GatewaySettings {
  /** NODE_ENV=production: no introspection, no field suggestions, internal errors masked. */
  production: boolean;
  jwt: JwtSettings;
  rateLimit: RateLimit;
  /** Largest request body accepted; a larger one gets 413 before it is parsed. */
  maxBodyBytes: number;
  /** How long one subgraph call may take before the gateway answers without it. */
  subgraphTimeoutMs: number;
  /** The HTTP client for subgraph calls (undici; the others are kept to measure against). */
  subgraphClient: SubgraphClient;
  /** How many verified tokens the gateway remembers until they expire (0: verify every request). */
  tokenCacheSize: number;
  limits: OperationLimits;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for the rate limit without a token). */
  trustProxy: boolean;
  /** How people sign in to the console, as the console reads it from /console/config.json. */
  consoleSignIn: ConsoleSignIn;
  /** Trusted documents: `require` in production (only registered operations), `allow` otherwise. */
  trustedDocuments: TrustedDocumentsMode;
  /** The manifest of trusted documents (HUB_TRUSTED_DOCUMENTS_FILE, default schema/trusted-documents.json). */
  trustedDocumentsFile: string;
}

/**
 * The console's sign-in: the agencies' OpenID provider (authorization code with PKCE) when
 * HUB_OIDC_ISSUER is set; outside production without one, the demo identities of `npm start`;
 * in production without one, nothing (the console says who must configure what).
 */
export type ConsoleSignIn =
  | { kind: "oidc"; issuer: string; clientId: string; scope: string; resource: string | null }
  | { kind: "development" }
  | { kind: "unconfigured"; message: string };

export function consoleSignIn(env: NodeJS.ProcessEnv = process.env): ConsoleSignIn {
  if (env.HUB_OIDC_ISSUER) {
    return {
      kind: "oidc",
      issuer: env.HUB_OIDC_ISSUER,
      clientId: env.HUB_OIDC_CLIENT_ID || "hub-console",
      scope: env.HUB_OIDC_SCOPE || "openid",
      resource: env.HUB_OIDC_RESOURCE || null,
    };
  }
  if (env.NODE_ENV !== "production") return { kind: "development" };
  return { kind: "unconfigured", message: "统一身份认证尚未配置：请运维人员设置 HUB_OIDC_ISSUER 和 HUB_OIDC_CLIENT_ID" };
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

/** The gateway's settings from the environment; every variable is listed in the README. */
export function gatewaySettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const perSecond = number(env, "HUB_RATE_LIMIT_PER_SECOND", 50);
  const subgraphClient = (env.HUB_SUBGRAPH_CLIENT || "undici") as SubgraphClient;
  const trustedDocuments = (env.HUB_TRUSTED_DOCUMENTS || (env.NODE_ENV === "production" ? "require" : "allow")) as TrustedDocumentsMode;
  if (!TRUSTED_DOCUMENTS_MODES.includes(trustedDocuments)) throw new Error(`HUB_TRUSTED_DOCUMENTS must be one of ${TRUSTED_DOCUMENTS_MODES.join(", ")}, got "${trustedDocuments}"`);
  if (!SUBGRAPH_CLIENTS.includes(subgraphClient)) throw new Error(`HUB_SUBGRAPH_CLIENT must be one of ${SUBGRAPH_CLIENTS.join(", ")}, got "${subgraphClient}"`);
  return {
    production: env.NODE_ENV === "production",
    jwt: jwtSettings(env),
    rateLimit: { perSecond, burst: Math.max(1, number(env, "HUB_RATE_LIMIT_BURST", perSecond * 2)) },
    maxBodyBytes: number(env, "HUB_MAX_BODY_BYTES", 1024 * 1024),
    subgraphTimeoutMs: number(env, "HUB_SUBGRAPH_TIMEOUT_MS", 10_000),
    subgraphClient,
    tokenCacheSize: number(env, "HUB_TOKEN_CACHE_SIZE", 10_000),
    limits: {
      maxDepth: number(env, "HUB_MAX_DEPTH", 10),
      maxCost: number(env, "HUB_MAX_COST", 20_000),
      maxAliases: number(env, "HUB_MAX_ALIASES", 15),
      maxTokens: number(env, "HUB_MAX_TOKENS", 2000),
      maxDirectives: number(env, "HUB_MAX_DIRECTIVES", 20),
    },
    trustProxy: env.HUB_TRUST_PROXY === "true",
    consoleSignIn: consoleSignIn(env),
    trustedDocuments,
    trustedDocumentsFile: env.HUB_TRUSTED_DOCUMENTS_FILE || TRUSTED_MANIFEST_PATH,
  };
}
