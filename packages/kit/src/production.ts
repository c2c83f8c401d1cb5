import { DEVELOPMENT_DATA_KEY, DEVELOPMENT_PARTY_KEY_SECRET } from "./ids.ts";
import { serviceSecretProblem } from "./service-auth.ts";

/**
 * The development keys are in the source code, so anyone could sign a context, forge a party key
 * or decrypt an ID number with them. A production start (NODE_ENV=production) with a development
 * key, or with none, must stop before it serves anything, naming what to set.
 */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production";
}

/** What a subgraph needs in production: the service secret, the party-key secret and the field-encryption key. */
export function subgraphKeyProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const service = serviceSecretProblem(env);
  if (service) problems.push(service);
  const party = env.HUB_PARTY_KEY_SECRET;
  if (!party) problems.push("HUB_PARTY_KEY_SECRET is not set: set the secret of the party key (the same in every subgraph, e.g. `openssl rand -hex 32`)");
  else if (party === DEVELOPMENT_PARTY_KEY_SECRET) problems.push("HUB_PARTY_KEY_SECRET is the public development secret: set a long random one (the same in every subgraph)");
  const data = env.HUB_DATA_KEY;
  if (!data) problems.push("HUB_DATA_KEY is not set: set the 32-byte key that encrypts ID and phone numbers at rest, as 64 hex characters (e.g. `openssl rand -hex 32`)");
  else {
    const key = Buffer.from(data, /^[0-9a-f]{64}$/i.test(data) ? "hex" : "base64");
    if (key.length !== 32) problems.push("HUB_DATA_KEY must be 32 bytes, as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)");
    else if (key.equals(DEVELOPMENT_DATA_KEY)) problems.push("HUB_DATA_KEY is the public development key: set a random one (e.g. `openssl rand -hex 32`)");
  }
  return problems;
}

/** Stops the process (exit code 1) when production mode meets a development key or a missing one. */
export function refuseDevelopmentKeys(service: string, problems: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (!isProduction(env) || problems.length === 0) return;
  console.error(`[${service}] refusing to start in production (NODE_ENV=production) with development or missing keys:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
