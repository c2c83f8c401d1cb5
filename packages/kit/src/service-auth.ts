import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { CALLER_KINDS, serviceCaller, type AgencyKind, type Caller } from "./caller.ts";

/**
 * The signed context: every call a subgraph serves carries the caller (as the gateway verified
 * it from the JWT, or a subgraph's own service identity for handoff delivery), a timestamp, and
 * an HMAC over both plus the method, the path and the body, under a secret the gateway and every
 * subgraph hold. A subgraph takes nothing from a call it cannot verify, so nobody bypasses the
 * gateway by calling a subgraph's port, and a captured signature fits no other body. Each
 * signature also carries a random nonce that a subgraph accepts once, so a captured call cannot
 * be replayed with its body within the signature's window either.
 */
export const DEVELOPMENT_SERVICE_SECRET = "dev-service-secret-not-for-production";

/** How old a signature may be (and how far a clock may run ahead) before a call is refused. */
export const DEFAULT_SIGNATURE_MAX_AGE_MS = 60_000;

export const CONTEXT_HEADER = "x-hub-context";
export const TIMESTAMP_HEADER = "x-hub-timestamp";
export const SIGNATURE_HEADER = "x-hub-signature";
export const NONCE_HEADER = "x-hub-nonce";

export function serviceSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.HUB_SERVICE_SECRET;
  if (secret) return secret;
  if (env.NODE_ENV === "production") throw new Error("In production HUB_SERVICE_SECRET must be set; the development secret is public");
  return DEVELOPMENT_SERVICE_SECRET;
}

/** Why HUB_SERVICE_SECRET is unfit for production, or null. */
export function serviceSecretProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env.HUB_SERVICE_SECRET;
  if (!secret) return "HUB_SERVICE_SECRET is not set: set it to one long random secret shared by the gateway and every subgraph (e.g. `openssl rand -hex 32`)";
  if (secret === DEVELOPMENT_SERVICE_SECRET) return "HUB_SERVICE_SECRET is the public development secret: set a long random one (e.g. `openssl rand -hex 32`)";
  if (secret.length < 32) return "HUB_SERVICE_SECRET is shorter than 32 characters: set a long random one (e.g. `openssl rand -hex 32`)";
  return null;
}

function signatureMaxAgeMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.HUB_SIGNATURE_MAX_AGE_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_SIGNATURE_MAX_AGE_MS;
}

/** The caller as it travels in a header: base64url of its JSON (headers carry only Latin-1; names are Chinese). */
export function encodeCaller(caller: Caller): string {
  const { subject, agencyId, agencyKind, roles, divisionScope, purpose, service } = caller;
  return Buffer.from(JSON.stringify({ subject, agencyId, agencyKind, roles, divisionScope, purpose, service }), "utf8").toString("base64url");
}

const strings = (value: unknown, max: number): value is string[] =>
  Array.isArray(value) && value.length <= max && value.every((item) => typeof item === "string" && item.length <= 100);

/** The caller in a verified header, or null when it is not one (a signed header is trusted, but still checked for shape). */
function decodeCaller(encoded: string): Caller | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== "object") return null;
  const { subject, agencyId, agencyKind, roles, divisionScope, purpose, service } = raw;
  if (typeof subject !== "string" || typeof agencyId !== "string" || !CALLER_KINDS.includes(agencyKind as AgencyKind)) return null;
  if (!strings(roles, 50) || !strings(divisionScope, 200)) return null;
  if (purpose !== null && typeof purpose !== "string") return null;
  if (service !== null && typeof service !== "string") return null;
  return { subject, agencyId, agencyKind: agencyKind as AgencyKind, roles, divisionScope, purpose, service };
}

function signature(secret: string, context: string, timestamp: string, nonce: string, method: string, path: string, body: string | Buffer): string {
  const bodyHash = createHash("sha256").update(body).digest("hex");
  return createHmac("sha256", secret).update(`${context}\n${timestamp}\n${nonce}\n${method.toUpperCase()}\n${path}\n${bodyHash}`).digest("hex");
}

/**
 * The nonces of verified calls still inside their window, each remembered until its signature
 * would be stale anyway. Kept per process: a replay sent to another process of the same subgraph
 * within the window is not caught (README, "Security").
 */
export class SeenNonces {
  private readonly until = new Map<string, number>();
  private nextSweep = 0;

  /** Whether `nonce` is new (and now remembered until `expiresAt`), false for a repeat. */
  firstUse(nonce: string, expiresAt: number, now = Date.now()): boolean {
    if (now >= this.nextSweep) {
      for (const [seen, expiry] of this.until) if (expiry <= now) this.until.delete(seen);
      this.nextSweep = now + 1000;
    }
    const known = this.until.get(nonce);
    if (known !== undefined && known > now) return false;
    this.until.set(nonce, expiresAt);
    return true;
  }

  get size(): number {
    return this.until.size;
  }
}

const seenByThisProcess = new SeenNonces();

/** Headers that carry `caller` on a call of `method path` with exactly `body`. */
export function signCall(caller: Caller, method: string, path: string, body: string | Buffer, secret = serviceSecret()): Record<string, string> {
  return signEncodedCall(encodeCaller(caller), method, path, body, secret);
}

/** Like signCall, for a caller already encoded (the gateway encodes once per request, signs per subgraph call). */
export function signEncodedCall(context: string, method: string, path: string, body: string | Buffer, secret = serviceSecret()): Record<string, string> {
  const timestamp = String(Date.now());
  const nonce = randomBytes(16).toString("hex");
  return {
    [CONTEXT_HEADER]: context,
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: signature(secret, context, timestamp, nonce, method, path, body),
  };
}

/** Headers that identify subgraph `service` (handoff delivery and answers). */
export function signServiceCall(service: string, method: string, path: string, body: string, secret = serviceSecret()): Record<string, string> {
  return signCall(serviceCaller(service), method, path, body, secret);
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface VerifyOptions {
  /** Subgraph names a service caller may claim to be. */
  knownServices: readonly string[];
  secret?: string;
  maxAgeMs?: number;
  /** Where verified nonces are remembered (this process's by default). */
  seen?: SeenNonces;
}

/**
 * A quick look at the headers alone, before the body is read: a call without a signature, or
 * with a stale one, is refused without reading (and parsing) whatever it sends.
 */
export function precheckSignedCall(headers: Headers, maxAgeMs = signatureMaxAgeMs()): string | null {
  const timestamp = header(headers, TIMESTAMP_HEADER);
  if (!header(headers, CONTEXT_HEADER) || !timestamp || !header(headers, SIGNATURE_HEADER)) {
    return "missing signature: subgraphs answer only the gateway and other subgraphs; send the request to the gateway";
  }
  if (!/^[0-9a-f]{32}$/.test(header(headers, NONCE_HEADER) ?? "")) return `missing or malformed ${NONCE_HEADER}: sign calls with this hub's signEncodedCall`;
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > maxAgeMs) {
    return `stale or malformed signature timestamp (older than ${Math.round(maxAgeMs / 1000)} s, or a clock out of step)`;
  }
  return null;
}

/** The verified caller of a call of `method path` with `body`, or why the call is refused. */
export function verifySignedCall(headers: Headers, method: string, path: string, body: string | Buffer, options: VerifyOptions): { caller: Caller } | { refused: string } {
  const maxAgeMs = options.maxAgeMs ?? signatureMaxAgeMs();
  const early = precheckSignedCall(headers, maxAgeMs);
  if (early) return { refused: early };
  const context = header(headers, CONTEXT_HEADER)!;
  const timestamp = header(headers, TIMESTAMP_HEADER)!;
  const nonce = header(headers, NONCE_HEADER)!;
  const given = header(headers, SIGNATURE_HEADER)!;
  const expected = Buffer.from(signature(options.secret ?? serviceSecret(), context, timestamp, nonce, method, path, body), "hex");
  const actual = Buffer.from(given, "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { refused: "bad signature" };
  // Only a verified call's nonce is remembered: nobody can fill the memory without the secret.
  if (!(options.seen ?? seenByThisProcess).firstUse(nonce, Number(timestamp) + maxAgeMs)) {
    return { refused: "replayed signature: this signed call was already answered; sign every call afresh" };
  }
  const caller = decodeCaller(context);
  if (!caller) return { refused: "malformed caller context" };
  if (caller.service !== null && !options.knownServices.includes(caller.service)) return { refused: `unknown service ${caller.service}` };
  return { caller };
}

/** The verified calling service (a subgraph), or why the call is refused; people may not call these routes. */
export function verifyServiceCall(
  headers: Headers,
  method: string,
  path: string,
  body: string,
  knownServices: readonly string[],
  secret = serviceSecret(),
): { service: string } | { refused: string } {
  const verdict = verifySignedCall(headers, method, path, body, { knownServices, secret });
  if ("refused" in verdict) return verdict;
  if (!verdict.caller.service) return { refused: "only subgraphs call this route" };
  return { service: verdict.caller.service };
}
