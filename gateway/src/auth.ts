/**
 * Authentication at the gateway: every GraphQL request carries `Authorization: Bearer <JWT>`,
 * verified with jose against the configured key (a JWKS URL, a public key, or an HS256 secret),
 * issuer and audience; its claims become the Caller the subgraphs see.
 */
import { createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { Caller } from "@hub/kit/caller";
import { serviceSecretProblem } from "@hub/kit/service-auth";
import { isPartyToken, partyCaller, PartyTokenError, verifyPartyToken } from "@hub/kit/party-token";
import { callerFromClaims, type CallerClaims, DEFAULT_JWT_AUDIENCE, DEVELOPMENT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET } from "./tokens.ts";

export interface JwtSettings {
  key: KeyObject | JWTVerifyGetKey;
  /** Accepted signing algorithms; undefined lets the JWKS keys decide. */
  algorithms: string[] | undefined;
  issuer: string;
  audience: string;
  /** How far `exp` and `nbf` may be off, for clocks out of step (HUB_JWT_CLOCK_TOLERANCE_SECONDS, 30). */
  clockToleranceSeconds: number;
  /** Where the key came from, for the start-up line (never the key itself). */
  source: string;
}

const HOW_TO_GET_A_TOKEN = "send `Authorization: Bearer <token>`; in development mint one with `npm run token -- --agency <id> --kind <kind> --role <role>`";

function algorithmsOf(key: KeyObject): string[] {
  switch (key.asymmetricKeyType) {
    case "rsa":
      return ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"];
    case "rsa-pss":
      return ["PS256", "PS384", "PS512"];
    case "ec":
      return ["ES256", "ES384", "ES512"];
    case "ed25519":
      return ["EdDSA", "Ed25519"];
    default:
      throw new Error(`HUB_JWT_PUBLIC_KEY is a ${key.asymmetricKeyType} key; use an RSA, EC or Ed25519 public key (PEM)`);
  }
}

/**
 * Which key verifies tokens: HUB_JWKS_URL (an identity provider's key set), else
 * HUB_JWT_PUBLIC_KEY (PEM; "\n" may be written as the two characters \ and n), else
 * HUB_JWT_SECRET (HS256), else, outside production, the development secret.
 */
export function jwtSettings(env: NodeJS.ProcessEnv = process.env): JwtSettings {
  const issuer = env.HUB_JWT_ISSUER ?? DEVELOPMENT_JWT_ISSUER;
  const audience = env.HUB_JWT_AUDIENCE ?? DEFAULT_JWT_AUDIENCE;
  const algorithms = env.HUB_JWT_ALGORITHMS?.split(",").map((a) => a.trim()).filter(Boolean);
  const clockToleranceSeconds = Number(env.HUB_JWT_CLOCK_TOLERANCE_SECONDS ?? 30);
  if (!Number.isFinite(clockToleranceSeconds) || clockToleranceSeconds < 0) throw new Error(`HUB_JWT_CLOCK_TOLERANCE_SECONDS must be a non-negative number of seconds, got "${env.HUB_JWT_CLOCK_TOLERANCE_SECONDS}"`);
  if (env.HUB_JWKS_URL) {
    return { key: createRemoteJWKSet(new URL(env.HUB_JWKS_URL)), algorithms, issuer, audience, clockToleranceSeconds, source: `JWKS at ${env.HUB_JWKS_URL}` };
  }
  if (env.HUB_JWT_PUBLIC_KEY) {
    const key = createPublicKey(env.HUB_JWT_PUBLIC_KEY.replace(/\\n/g, "\n"));
    return { key, algorithms: algorithms ?? algorithmsOf(key), issuer, audience, clockToleranceSeconds, source: `public key (${key.asymmetricKeyType})` };
  }
  const secret = env.HUB_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;
  return {
    key: createSecretKey(Buffer.from(secret, "utf8")),
    algorithms: ["HS256"],
    issuer,
    audience,
    clockToleranceSeconds,
    source: env.HUB_JWT_SECRET ? "HS256 secret (HUB_JWT_SECRET)" : "the development HS256 secret",
  };
}

/** What the gateway needs in production: a real token key, its issuer and audience, and the service secret. */
export function gatewayKeyProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  if (!env.HUB_JWKS_URL && !env.HUB_JWT_PUBLIC_KEY && !env.HUB_JWT_SECRET) {
    problems.push("no token key: set HUB_JWKS_URL (your identity provider's key set) or HUB_JWT_PUBLIC_KEY (PEM), or HUB_JWT_SECRET (HS256, at least 32 characters)");
  } else if (!env.HUB_JWKS_URL && !env.HUB_JWT_PUBLIC_KEY) {
    const secret = env.HUB_JWT_SECRET!;
    if (secret === DEVELOPMENT_JWT_SECRET) problems.push("HUB_JWT_SECRET is the public development secret: set HUB_JWKS_URL or HUB_JWT_PUBLIC_KEY, or a long random HUB_JWT_SECRET");
    else if (secret.length < 32) problems.push("HUB_JWT_SECRET is shorter than 32 characters: set a long random one (e.g. `openssl rand -hex 32`)");
  }
  if (env.HUB_JWKS_URL && !env.HUB_JWKS_URL.startsWith("https://")) problems.push("HUB_JWKS_URL must be an https:// URL in production");
  if (!env.HUB_JWT_ISSUER || env.HUB_JWT_ISSUER === DEVELOPMENT_JWT_ISSUER) problems.push("HUB_JWT_ISSUER is not set: set the issuer (iss) your identity provider writes into tokens");
  if (!env.HUB_JWT_AUDIENCE) problems.push("HUB_JWT_AUDIENCE is not set: set the audience (aud) tokens for this hub carry");
  const service = serviceSecretProblem(env);
  if (service) problems.push(service);
  return problems;
}

/**
 * Why a request is refused: 401 for the caller's token, 503 when the key set cannot be fetched.
 * `zh` is the same in Chinese for the console (extensions.messageZh).
 */
export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly zh: string,
    readonly status: 401 | 503 = 401,
  ) {
    super(message);
  }
}

/** The bearer token of a request, or an error saying what to send. */
export function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw new AuthenticationError(`Missing access token: ${HOW_TO_GET_A_TOKEN}`, "未登录：请先登录联动平台");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthenticationError(`The Authorization header must be "Bearer <token>": ${HOW_TO_GET_A_TOKEN}`, "登录凭证格式不正确，请重新登录");
  return match[1]!;
}

/**
 * Tokens this gateway has verified, by the token string, until they expire. A client sends the
 * same token with every request until it expires; verifying its signature and claims again each
 * time (jose: base64url, JSON, an HMAC or public-key check) costs more gateway CPU than anything
 * else per request but the subgraph calls. Only the exact string that verified can hit, and
 * never past its `exp` or `maxAgeMs` after it was verified (so a key withdrawn from a JWKS stops
 * working within that time); refusals are never kept. The oldest entry goes when it is full.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { claims: CallerClaims; until: number }>();

  constructor(
    readonly size: number,
    readonly maxAgeMs = 5 * 60_000,
  ) {}

  get(token: string, now = Date.now()): CallerClaims | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (now >= entry.until) {
      this.entries.delete(token);
      return null;
    }
    return entry.claims;
  }

  set(token: string, claims: CallerClaims, exp: number, now = Date.now()): void {
    if (this.size <= 0) return;
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { claims, until: Math.min(exp * 1000, now + this.maxAgeMs) });
  }
}

/** Verifies a token and returns who it speaks for; every refusal says what went wrong. */
export async function verifyToken(token: string, settings: JwtSettings, purpose: string | null, verified?: VerifiedTokens): Promise<Caller> {
  const known = verified?.get(token);
  // Copies of the lists, so that nothing a request does to its caller reaches the next one.
  if (known) return { ...known, roles: [...known.roles], divisionScope: [...known.divisionScope], purpose, service: null };
  // A party's token from looking a dispute up (群众端) is the hub's own, not the identity provider's
  // (asked only after the cache, so an agency's cached token is not decoded again per request).
  if (isPartyToken(token)) return partyCallerOf(token);
  const options = { algorithms: settings.algorithms, issuer: settings.issuer, audience: settings.audience, requiredClaims: ["sub", "exp"], clockTolerance: settings.clockToleranceSeconds };
  let payload;
  try {
    ({ payload } = typeof settings.key === "function" ? await jwtVerify(token, settings.key, options) : await jwtVerify(token, settings.key, options));
  } catch (error) {
    throw explain(error, typeof settings.key === "function");
  }
  const verdict = callerFromClaims(payload);
  if ("problem" in verdict) throw new AuthenticationError(`The access token is not usable: ${verdict.problem}`, "登录凭证无效，请重新登录");
  verified?.set(token, verdict.claims, payload.exp!);
  return { ...verdict.claims, purpose, service: null };
}

const KEYS_UNAVAILABLE_ZH = "联动平台暂时无法校验登录凭证，请稍后重试";

function explain(error: unknown, remoteKeys: boolean): AuthenticationError {
  if (error instanceof errors.JWTExpired) {
    const exp = typeof error.payload.exp === "number" ? ` at ${new Date(error.payload.exp * 1000).toISOString()}` : "";
    return new AuthenticationError(`The access token expired${exp}: get a new one`, "登录已过期，请重新登录");
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return new AuthenticationError("The access token was issued by an issuer this hub does not trust (claim iss)", "登录凭证不是本平台认可的机构签发的，请重新登录");
    if (error.claim === "aud") return new AuthenticationError("The access token is not meant for this hub (claim aud)", "登录凭证不是签发给本平台的，请重新登录");
    if (error.claim === "nbf") return new AuthenticationError("The access token is not valid yet (claim nbf)", "登录凭证尚未生效，请核对本机时间后重新登录");
    return new AuthenticationError(`The access token's claim ${error.claim} is missing or invalid: ${error.reason}`, "登录凭证内容不完整，请重新登录");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new AuthenticationError("The access token's signature does not verify: it was not issued with this hub's key", "登录凭证签名校验未通过，请重新登录");
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return new AuthenticationError("The access token is signed with an algorithm this hub does not accept", "登录凭证的签名方式不受本平台支持，请重新登录");
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new AuthenticationError("The hub cannot fetch its token-signing keys right now; try again shortly", KEYS_UNAVAILABLE_ZH, 503);
  }
  if (error instanceof errors.JOSEError) return new AuthenticationError(`The access token is malformed (${error.code}): send a signed JWT`, "登录凭证格式不正确，请重新登录");
  // The JWKS endpoint unreachable (a network error from fetch) is ours, not the caller's.
  if (remoteKeys && !(error instanceof SyntaxError)) return new AuthenticationError("The hub cannot fetch its token-signing keys right now; try again shortly", KEYS_UNAVAILABLE_ZH, 503);
  return new AuthenticationError("The access token is malformed: send a signed JWT", "登录凭证格式不正确，请重新登录");
}

async function partyCallerOf(token: string): Promise<Caller> {
  try {
    return partyCaller(await verifyPartyToken(token));
  } catch (error) {
    if (error instanceof PartyTokenError) throw new AuthenticationError(error.message, error.zh);
    throw new AuthenticationError("The party token could not be verified", "查询凭证无法验证，请重新查询");
  }
}
