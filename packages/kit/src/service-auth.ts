import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Calls between subgraphs (handoff delivery and its answers) carry an HMAC over the calling
 * service, a timestamp, the method, the path and the body, under a secret every subgraph holds.
 * A subgraph takes nothing from a caller it cannot verify.
 */
export const DEVELOPMENT_SERVICE_SECRET = "dev-service-secret-not-for-production";
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export function serviceSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.HUB_SERVICE_SECRET;
  if (secret) return secret;
  if (env.NODE_ENV === "production") throw new Error("In production HUB_SERVICE_SECRET must be set; the development secret is public");
  return DEVELOPMENT_SERVICE_SECRET;
}

function signature(secret: string, service: string, timestamp: string, method: string, path: string, body: string): string {
  const bodyHash = createHash("sha256").update(body).digest("hex");
  return createHmac("sha256", secret).update(`${service}\n${timestamp}\n${method.toUpperCase()}\n${path}\n${bodyHash}`).digest("hex");
}

/** Headers that identify `service` on a call of `method path` with `body`. */
export function signServiceCall(service: string, method: string, path: string, body: string, secret = serviceSecret()): Record<string, string> {
  const timestamp = String(Date.now());
  return {
    "x-hub-service": service,
    "x-hub-timestamp": timestamp,
    "x-hub-signature": signature(secret, service, timestamp, method, path, body),
  };
}

/** The verified calling service, or why the call is refused. */
export function verifyServiceCall(
  headers: Record<string, string | string[] | undefined>,
  method: string,
  path: string,
  body: string,
  knownServices: readonly string[],
  secret = serviceSecret(),
): { service: string } | { refused: string } {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const service = one("x-hub-service");
  const timestamp = one("x-hub-timestamp");
  const given = one("x-hub-signature");
  if (!service || !timestamp || !given) return { refused: "missing service signature" };
  if (!knownServices.includes(service)) return { refused: `unknown service ${service}` };
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > MAX_CLOCK_SKEW_MS) return { refused: "stale or malformed timestamp" };
  const expected = Buffer.from(signature(secret, service, timestamp, method, path, body), "hex");
  const actual = Buffer.from(given, "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { refused: "bad signature" };
  return { service };
}
