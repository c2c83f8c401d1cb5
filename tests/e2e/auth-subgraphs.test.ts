import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { signCall, signServiceCall } from "@hub/kit/service-auth";
import type { Caller } from "@hub/kit/caller";
import { mediator } from "../support/callers.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParty } from "../support/people.ts";

// Nobody bypasses the gateway: a subgraph serves a GraphQL request only with a fresh signature
// (HMAC over the caller, a timestamp and the body) made with the secret the gateway holds.
const CENTRE = "mediation-center";
const caller: Caller = { ...mediator(), purpose: null, service: null };

function register(tag: string) {
  return JSON.stringify({
    query: "mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }",
    variables: { input: { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", source: "WALK_IN", description: tag, parties: [personParty("李直连", newResidentId())] } },
  });
}

async function direct(subgraph: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(inject("subgraphUrls")[subgraph]!, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

async function written(tag: string): Promise<number> {
  const rows = await sql<{ n: number }>(CENTRE, "select count(*)::int as n from dispute where description = $1", [tag]);
  return rows[0]!.n;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a direct call to a subgraph's port", () => {
  it("without a signature gets 401 from every subgraph, and the old actor header changes nothing", async () => {
    for (const subgraph of Object.keys(inject("subgraphUrls"))) {
      const result = await direct(subgraph, JSON.stringify({ query: "{ __typename }" }), { "x-hub-actor": "anyone" });
      expect(result.status, subgraph).toBe(401);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.body.errors?.[0]?.message).toMatch(/missing signature.*send the request to the gateway/);
    }
  });

  it("with a valid signature is served (what the gateway does)", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const result = await direct(CENTRE, body, signCall(caller, "POST", "/graphql", body));
    expect(result).toEqual({ status: 200, body: { data: { __typename: "Query" }, extensions: expect.anything() } });
  });

  it("with a forged signature (another secret) gets 401 and writes nothing", async () => {
    const tag = `伪造签名-${randomUUID()}`;
    const body = register(tag);
    const result = await direct(CENTRE, body, signCall(caller, "POST", "/graphql", body, "a-guessed-secret-a-guessed-secret-0000"));
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.message).toBe("bad signature");
    expect(await written(tag)).toBe(0);
  });

  it("with an expired signature (a stale timestamp) gets 401 and writes nothing", async () => {
    const tag = `过期签名-${randomUUID()}`;
    const body = register(tag);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 10 * 60_000);
    const stale = signCall(caller, "POST", "/graphql", body);
    vi.useRealTimers();
    const result = await direct(CENTRE, body, stale);
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.message).toMatch(/stale or malformed signature timestamp/);
    expect(await written(tag)).toBe(0);
  });

  it("replaying a captured signature with another body gets 401 and writes nothing", async () => {
    const captured = JSON.stringify({ query: "{ __typename }" });
    const headers = signCall(caller, "POST", "/graphql", captured);
    const tag = `重放签名-${randomUUID()}`;
    const result = await direct(CENTRE, register(tag), headers);
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.message).toBe("bad signature");
    expect(await written(tag)).toBe(0);
  });

  it("replaying a captured call with the same body within its window gets 401 and writes nothing more", async () => {
    const tag = `原样重放-${randomUUID()}`;
    const body = register(tag);
    const captured = signCall(caller, "POST", "/graphql", body);
    const first = await direct(CENTRE, body, captured);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const replayed = await direct(CENTRE, body, captured);
    expect(replayed.status).toBe(401);
    expect(replayed.body.errors?.[0]?.message).toMatch(/^replayed signature/);
    expect(await written(tag)).toBe(1);
    // The same call without its nonce is refused before the signature is even checked.
    const { "x-hub-nonce": _nonce, ...withoutNonce } = signCall(caller, "POST", "/graphql", body);
    expect((await direct(CENTRE, body, withoutNonce)).status).toBe(401);
    expect(await written(tag)).toBe(1);
  });

  it("with the caller changed after signing (a wider division scope) gets 401", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const signed = signCall(caller, "POST", "/graphql", body);
    const widened = signCall({ ...caller, divisionScope: [""] }, "POST", "/graphql", body);
    const result = await direct(CENTRE, body, { ...signed, "x-hub-context": widened["x-hub-context"]! });
    expect(result.status).toBe(401);
  });

  it("to a handoff route with a person's signature instead of a subgraph's gets 401", async () => {
    const url = new URL(inject("subgraphUrls")[CENTRE]!);
    url.pathname = "/internal/handoffs";
    const body = JSON.stringify({ id: randomUUID(), kind: "POLICE_REFERRAL", fromChannel: "police-mediation", toChannel: CENTRE });
    const asPerson = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...signCall(caller, "POST", url.pathname, body) }, body });
    expect(asPerson.status).toBe(401);
    expect(await asPerson.json()).toEqual({ error: "only subgraphs call this route" });
    // The same body signed as the police subgraph passes the signature check (and is then judged on its content).
    const asService = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...signServiceCall("police-mediation", "POST", url.pathname, body) }, body });
    expect(asService.status).not.toBe(401);
  });
  it("to the case index's intake: unsigned, signed by a person, or a channel describing another's case, refused and nothing indexed", async () => {
    const url = new URL(inject("subgraphUrls")[CENTRE]!);
    url.pathname = "/internal/case-index";
    const caseId = randomUUID();
    const batch = {
      channel: "COURT", removed: [], handoffs: [],
      cases: [{
        caseType: "CourtReferral", caseId, unifiedNumber: null, reference: null, agency: "伪造法院", title: "伪造", disputeType: null,
        divisionCode: "530402", status: "REFERRED", openedAt: new Date().toISOString(), dueAt: null, open: true, amount: null, version: 1,
        parties: [], events: [],
      }],
    };
    const body = JSON.stringify(batch);
    const post = (headers: Record<string, string>) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post(signCall(caller, "POST", url.pathname, body))).status).toBe(401);
    // Signed as the police: a valid service, but the batch claims to be the court's.
    expect((await post(signServiceCall("police-mediation", "POST", url.pathname, body))).status).toBe(403);
    expect(await sql(CENTRE, "select case_id from indexed_case where case_id = $1", [caseId])).toEqual([]);
  });
});
