import { createHmac } from "node:crypto";
import { decodeJwt, errors, jwtVerify, SignJWT } from "jose";
import type { Caller } from "./caller.ts";
import { serviceSecret } from "./service-auth.ts";

/**
 * The party token (群众端查询凭证, issue 13): what a member of the public gets back from looking a
 * dispute up by its unified number and their own ID number. It speaks for that one party of that
 * one dispute and nothing else, for a short time. The mediation centre signs it and the gateway
 * verifies it; both already hold the service secret, so the key is derived from it (an HMAC under
 * a label of its own) rather than being one more secret to deploy and rotate.
 */
export const PARTY_TOKEN_ISSUER = "mediation-hub-self-service";
export const PARTY_TOKEN_AUDIENCE = "mediation-hub-party";

/** Whom a party token speaks for: a party (its row on the dispute) of one dispute. */
export interface PartyGrant {
  unifiedNumber: string;
  partyId: string;
}

// agencyId "dispute:<number>" and subject "party:<id>" keep the Caller's shape (and its signed
// encoding) unchanged, and make audit entries read "dispute:530402-2026-000001/party:…".
const DISPUTE_PREFIX = "dispute:";
const PARTY_PREFIX = "party:";

function partyTokenKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  return createHmac("sha256", serviceSecret(env)).update("hub party token v1").digest();
}

export async function mintPartyToken(grant: PartyGrant, ttlSeconds: number, now = new Date(), env: NodeJS.ProcessEnv = process.env): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({ dispute: grant.unifiedNumber })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(grant.partyId)
    .setIssuer(PARTY_TOKEN_ISSUER)
    .setAudience(PARTY_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(partyTokenKey(env));
  return { token, expiresAt: new Date((issuedAt + ttlSeconds) * 1000) };
}

/** Whether a bearer token claims to be a party token (unverified: it only decides which key checks it). */
export function isPartyToken(token: string): boolean {
  try {
    return decodeJwt(token).iss === PARTY_TOKEN_ISSUER;
  } catch {
    return false;
  }
}

/** Why a party token was refused, in words for the party (the console shows `zh`). */
export class PartyTokenError extends Error {
  constructor(
    message: string,
    readonly zh: string,
  ) {
    super(message);
  }
}

const LOOK_UP_AGAIN_ZH = "查询凭证无效，请凭统一纠纷编号和本人证件号码重新查询";

export async function verifyPartyToken(token: string, env: NodeJS.ProcessEnv = process.env): Promise<PartyGrant> {
  try {
    const { payload } = await jwtVerify(token, partyTokenKey(env), { algorithms: ["HS256"], issuer: PARTY_TOKEN_ISSUER, audience: PARTY_TOKEN_AUDIENCE, requiredClaims: ["sub", "exp"] });
    if (typeof payload.dispute !== "string" || typeof payload.sub !== "string") throw new PartyTokenError("The party token names no dispute: look the dispute up again", LOOK_UP_AGAIN_ZH);
    return { unifiedNumber: payload.dispute, partyId: payload.sub };
  } catch (error) {
    if (error instanceof PartyTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new PartyTokenError("The party token expired: look the dispute up again with its number and your ID number", "查询凭证已过期（有效期 30 分钟），请凭统一纠纷编号和本人证件号码重新查询");
    throw new PartyTokenError("The party token does not verify: look the dispute up again with its number and your ID number", LOOK_UP_AGAIN_ZH);
  }
}

/** The caller a verified party token speaks for: agency kind party, no roles an agency has, no division scope. */
export function partyCaller(grant: PartyGrant): Caller {
  return { subject: `${PARTY_PREFIX}${grant.partyId}`, agencyId: `${DISPUTE_PREFIX}${grant.unifiedNumber}`, agencyKind: "party", roles: ["party"], divisionScope: [], purpose: null, service: null };
}

/** The dispute and party a caller holds a party token for, or null (an agency, or a party who has not looked a dispute up). */
export function partyGrantOf(caller: Caller): PartyGrant | null {
  if (caller.agencyKind !== "party" || caller.service) return null;
  if (!caller.agencyId.startsWith(DISPUTE_PREFIX) || !caller.subject.startsWith(PARTY_PREFIX)) return null;
  return { unifiedNumber: caller.agencyId.slice(DISPUTE_PREFIX.length), partyId: caller.subject.slice(PARTY_PREFIX.length) };
}
