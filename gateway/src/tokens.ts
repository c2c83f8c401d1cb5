/**
 * The hub's access tokens: JWTs whose claims say who calls (sub), for which agency (agency_id,
 * agency_kind), with which roles and over which divisions (division_scope). In production an
 * identity provider issues them; in development `npm run token` and the tests mint them with the
 * development secret. This file loads no GraphQL, so scripts and tests can import it cheaply.
 */
import { SignJWT, type JWTPayload } from "jose";
import { AGENCY_KINDS, type AgencyKind, type Caller } from "@hub/kit/caller";

/** HS256 secret for development tokens; production refuses it. */
export const DEVELOPMENT_JWT_SECRET = "dev-jwt-secret-not-for-production-change-me";
export const DEVELOPMENT_JWT_ISSUER = "mediation-hub-development";
export const DEFAULT_JWT_AUDIENCE = "mediation-hub";

/** Who a token speaks for: the caller without what each request adds (purpose, service). */
export type CallerClaims = Pick<Caller, "subject" | "agencyId" | "agencyKind" | "roles" | "divisionScope">;

const AGENCY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const ROLE = /^[a-z][a-z0-9_-]{0,49}$/;
// A division-code prefix: province (2), city (4) or district (6) digits; "" is the whole country.
const DIVISION_PREFIX = /^(|\d{2}|\d{4}|\d{6})$/;

/** The caller a verified token speaks for, or what is wrong with its claims (a message a person can act on). */
export function callerFromClaims(payload: JWTPayload): { claims: CallerClaims } | { problem: string } {
  const { sub, agency_id: agencyId, agency_kind: agencyKind, roles, division_scope: divisionScope } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || sub.trim() === "" || sub.length > 200) return { problem: "claim sub (the person or system calling) is missing, empty or longer than 200 characters" };
  if (typeof agencyId !== "string" || !AGENCY_ID.test(agencyId)) {
    return { problem: "claim agency_id is missing or malformed: letters, digits and . _ : - only, at most 100 (e.g. court-530402-hongta)" };
  }
  if (typeof agencyKind !== "string" || !AGENCY_KINDS.includes(agencyKind as AgencyKind)) {
    return { problem: `claim agency_kind must be one of ${AGENCY_KINDS.join(", ")}` };
  }
  if (!Array.isArray(roles) || roles.length === 0 || roles.length > 20 || !roles.every((r) => typeof r === "string" && ROLE.test(r))) {
    return { problem: "claim roles must be a list of 1 to 20 role names (lower case, e.g. [\"clerk\"])" };
  }
  if (!Array.isArray(divisionScope) || divisionScope.length === 0 || divisionScope.length > 200 || !divisionScope.every((d) => typeof d === "string" && DIVISION_PREFIX.test(d))) {
    return { problem: "claim division_scope must be a list of division-code prefixes: 2, 4 or 6 digits (\"53\", \"5304\", \"530402\"), or \"\" for the whole country" };
  }
  return { claims: { subject: sub, agencyId, agencyKind: agencyKind as AgencyKind, roles: roles as string[], divisionScope: divisionScope as string[] } };
}

export interface MintOptions {
  /** Lifetime: seconds, or a jose time span such as "8h", "15m". Default 8h. */
  ttl?: number | string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Issued-at override, for tests of expired tokens (seconds since the epoch). */
  issuedAt?: number;
}

/** Signs an HS256 token for `claims` with the configured (or development) secret, issuer and audience. */
export async function mintToken(claims: CallerClaims, options: MintOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const secret = options.secret ?? env.HUB_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const ttl = options.ttl ?? "8h";
  return new SignJWT({ agency_id: claims.agencyId, agency_kind: claims.agencyKind, roles: claims.roles, division_scope: claims.divisionScope })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject)
    .setIssuer(options.issuer ?? env.HUB_JWT_ISSUER ?? DEVELOPMENT_JWT_ISSUER)
    .setAudience(options.audience ?? env.HUB_JWT_AUDIENCE ?? DEFAULT_JWT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(typeof ttl === "number" ? issuedAt + ttl : ttl)
    .sign(new TextEncoder().encode(secret));
}
