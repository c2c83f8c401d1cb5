/**
 * Who the benchmark calls as. Every target gets the same bearer tokens (development JWTs); the
 * floor and the direct subgraph calls sign each request the way the gateway does, since a
 * subgraph answers nothing unsigned.
 */
import { mintToken, type CallerClaims } from "../../gateway/src/tokens.ts";
import { signCall } from "../../packages/kit/src/service-auth.ts";

export type BenchRole = "reader" | "police" | "centre";

/** Whole-country agencies: the generated data spans every region. */
export const BENCH_CALLERS: Record<BenchRole, CallerClaims> = {
  // (c) reads a dispute's description: personal content, for joint-meeting content readers.
  reader: { subject: "压测/bench", agencyId: "joint-meeting-national", agencyKind: "joint-meeting", roles: ["reviewer", "content-reader"], divisionScope: [""] },
  police: { subject: "压测/bench", agencyId: "police-national", agencyKind: "police", roles: ["officer"], divisionScope: [""] },
  centre: { subject: "压测/bench", agencyId: "mediation-center-national", agencyKind: "mediation-center", roles: ["mediator"], divisionScope: [""] },
};

const tokens: Partial<Record<BenchRole, string>> = {};

/** Mints the bench's tokens, valid for a day (a long run with --cases 1000000 takes hours). */
export async function prepareTokens(): Promise<void> {
  for (const role of Object.keys(BENCH_CALLERS) as BenchRole[]) tokens[role] = await mintToken(BENCH_CALLERS[role], { ttl: "24h" });
}

/** The headers of a request as `role`: a bearer token for a gateway, a signed context for a subgraph called directly. */
export function authHeaders(role: BenchRole, direct: { path: string; body: string } | null): Record<string, string> {
  if (direct) return signCall({ ...BENCH_CALLERS[role], purpose: null, service: null }, "POST", direct.path, direct.body);
  const token = tokens[role];
  if (!token) throw new Error("prepareTokens() first");
  return { authorization: `Bearer ${token}` };
}
