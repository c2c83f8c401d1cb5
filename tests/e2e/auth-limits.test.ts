import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createGateway, type GatewayServer } from "@hub/gateway";
import { gatewaySettings, type GatewaySettings } from "../../gateway/src/settings.ts";
import { TRUSTED_MANIFEST_PATH } from "../../gateway/src/trusted-documents.ts";
import { freePort } from "../../scripts/lib/ports.ts";
import { courtClerk, mediator, policeOfficer } from "../support/callers.ts";
import { headersFor, type GraphQLResponse, type Who } from "../support/client.ts";

// Gateways of their own, in this process, on OS-chosen ports, in front of the real subgraphs:
// each with the one setting its test is about.
async function gatewayWith(settings: Partial<GatewaySettings>, subgraphUrl?: (name: string) => string): Promise<{ url: string; stop: () => Promise<void> }> {
  const urls = inject("subgraphUrls");
  const gateway: GatewayServer = await createGateway({ settings, subgraphUrl: subgraphUrl ?? ((name) => urls[name]!) });
  const url = await gateway.listen(0, "127.0.0.1");
  return {
    url,
    stop: async () => {
      await gateway.stop();
      gateway.httpServer.closeAllConnections();
    },
  };
}

async function ask(url: string, query: string, who?: Who, extraHeaders: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { ...(await headersFor(who)), ...extraHeaders }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as GraphQLResponse };
}

describe("the per-caller rate limit", () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  // Practically no refill: after the burst of 3, the 4th request in a row is over the limit.
  beforeAll(async () => (gateway = await gatewayWith({ rateLimit: { perSecond: 0.001, burst: 3 } })));
  afterAll(() => gateway.stop());

  it("admits a caller's burst, then answers 429 with a message and Retry-After", async () => {
    const clerk = courtClerk("530402", "限流测试-书记员");
    for (let i = 0; i < 3; i++) expect((await ask(gateway.url, "{ __typename }", clerk)).status).toBe(200);
    const refused = await ask(gateway.url, "{ __typename }", clerk);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(refused.body.errors?.[0]?.message).toMatch(/^Too many requests from court-530402\/限流测试-书记员: the limit is 0.001 per second \(bursts of 3\); retry after \d+ s$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it("counts each caller on its own", async () => {
    const officer = policeOfficer("530402", "限流测试-民警");
    for (let i = 0; i < 3; i++) expect((await ask(gateway.url, "{ __typename }", officer)).status).toBe(200);
    expect((await ask(gateway.url, "{ __typename }", officer)).status).toBe(429);
    expect((await ask(gateway.url, "{ __typename }", mediator("530402", "限流测试-调解员"))).status).toBe(200);
  });

  it("limits requests without a valid token by address, so tokens cannot be guessed at full speed", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer guess" }, body: "{}" });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe("a subgraph that does not answer in time", () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  let silent: http.Server;
  beforeAll(async () => {
    // Takes the request and never answers, like a subgraph stuck on a lock.
    silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const urls = inject("subgraphUrls");
    gateway = await gatewayWith({ subgraphTimeoutMs: 300 }, (name) => (name === "court-mediation" ? silentUrl : urls[name]!));
  });
  afterAll(async () => {
    await gateway.stop();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("is given up after the timeout; the answer keeps what the other subgraphs returned", async () => {
    const result = await ask(gateway.url, `{ __typename courtReferral(id: "00000000-0000-4000-8000-000000000000") { id } mediationCommittees(first: 1) { edges { node { id } } } }`, mediator());
    expect(result.status).toBe(200);
    expect(result.body.data?.__typename).toBe("Query");
    expect(result.body.data?.courtReferral).toBeNull();
    expect(Array.isArray(result.body.data?.mediationCommittees?.edges)).toBe(true);
    expect(result.body.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.serviceName])).toEqual([["court-mediation did not answer within 300 ms", "SUBGRAPH_UNAVAILABLE", "court-mediation"]]);
  });
});

describe("production mode at the gateway", () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    const urls = inject("subgraphUrls");
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await gatewayWith({ production: true }, (name) => (name === "notary" ? closed : urls[name]!));
  });
  afterAll(() => gateway.stop());

  it("refuses introspection", async () => {
    const result = await ask(gateway.url, "{ __schema { types { name } } }", mediator());
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it("suggests no field names", async () => {
    const result = await ask(gateway.url, "{ mediationCommitees(first: 1) { id } }", mediator());
    expect(result.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.body.errors?.[0]?.message).toMatch(/Cannot query field "mediationCommitees"/);
    expect(result.body.errors?.[0]?.message).not.toMatch(/Did you mean|mediationCommittees/);
  });

  it("masks internal errors (a subgraph's address, the network error) but keeps the code and the channel", async () => {
    const result = await ask(gateway.url, `{ __typename notarisationApplication(id: "00000000-0000-4000-8000-000000000000") { id } }`, mediator());
    const text = JSON.stringify(result.body);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    expect(result.body.errors?.[0]?.message).toBe("The notary service could not answer this part of the request; the rest of the answer is complete");
    expect(result.body.data).toEqual({ __typename: "Query", notarisationApplication: null });
    expect(result.body.errors?.[0]?.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
    expect(result.body.errors?.[0]?.extensions?.serviceName).toBe("notary");
  });

  it("keeps the messages written for callers (bad input, unauthenticated)", async () => {
    const result = await ask(gateway.url, `{ mediationCase(id: "not-a-uuid") { id } }`, mediator());
    expect(result.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(result.body.errors?.[0]?.message).toMatch(/not-a-uuid/);
    const anonymous = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(anonymous.status).toBe(401);
  });
});

describe("the cost limit", () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  // 1000: `disputes(first: n) { edges { node { unifiedNumber } } }` costs 12.875 n in Armor's
  // estimate (an object 2, a scalar 1, each level below × 1.5): 1287.5 for a page of 100.
  beforeAll(async () => (gateway = await gatewayWith({ limits: { ...gatewaySettings().limits, maxCost: 1000 } })));
  afterAll(() => gateway.stop());

  async function disputes(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(gateway.url, { method: "POST", headers: await headersFor(mediator()), body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  }

  it("costs a page size passed as a variable as it costs the same number written in the query", async () => {
    const literal = await disputes(`{ disputes(first: 100) { edges { node { unifiedNumber } } } }`);
    const variable = await disputes(`query($n: Int) { disputes(first: $n) { edges { node { unifiedNumber } } } }`, { n: 100 });
    const defaulted = await disputes(`query($n: Int = 100) { disputes(first: $n) { edges { node { unifiedNumber } } } }`);
    for (const refused of [literal, variable, defaulted]) {
      expect(refused.status).toBe(400);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ["GRAPHQL_VALIDATION_FAILED", "This operation costs 1287.5, more than the gateway's limit of 1000: ask for fewer items per page (first) or fewer fields per item"],
      ]);
    }
  });

  it("does not cost a selection that @include leaves out, and costs it when included", async () => {
    const query = `query($on: Boolean!) { __typename disputes(first: 100) @include(if: $on) { edges { node { unifiedNumber } } } }`;
    const off = await disputes(query, { on: false });
    expect(off.status).toBe(200);
    expect(off.body.data).toEqual({ __typename: "Query" });
    const on = await disputes(query, { on: true });
    expect(on.status).toBe(400);
    expect(on.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("admits the same operation with a page size within the limit", async () => {
    const small = await disputes(`query($n: Int) { disputes(first: $n) { edges { node { unifiedNumber } } } }`, { n: 10 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(Array.isArray(small.body.data?.disputes?.edges)).toBe(true);
  });
});

describe("trusted documents (可信操作清单)", () => {
  const manifest = JSON.parse(readFileSync(TRUSTED_MANIFEST_PATH, "utf8")) as { operations: { id: string; name: string; body: string }[] };
  const referrals = manifest.operations.find((op) => op.name === "CourtReferralsPage")!;
  let strict: Awaited<ReturnType<typeof gatewayWith>>;
  let lenient: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    strict = await gatewayWith({ trustedDocuments: "require" });
    lenient = await gatewayWith({ trustedDocuments: "allow" });
  });
  afterAll(async () => {
    await strict.stop();
    await lenient.stop();
  });

  async function send(url: string, body: Record<string, unknown>) {
    const response = await fetch(url, { method: "POST", headers: await headersFor(courtClerk()), body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  }

  it("answers a registered operation named by its id, by Apollo's persisted-query hash, or sent as its exact text", async () => {
    for (const request of [
      { documentId: `sha256:${referrals.id}`, variables: { first: 2 } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: referrals.id } }, variables: { first: 2 } },
      { query: referrals.body, variables: { first: 2 } },
    ]) {
      const answer = await send(strict.url, request);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(Array.isArray(answer.body.data?.courtReferrals?.edges)).toBe(true);
    }
  });

  it("in require mode refuses any other operation, and an unknown id, before planning it", async () => {
    const other = await send(strict.url, { query: "{ courtReferrals(first: 1) { edges { node { id } } } }" });
    expect(other.status).toBe(400);
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(["OPERATION_NOT_TRUSTED"]);
    expect(other.body.errors?.[0]?.message).toMatch(/register/);
    const unknown = await send(strict.url, { documentId: `sha256:${"0".repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("in allow mode (development) resolves ids and still answers any operation", async () => {
    expect((await send(lenient.url, { documentId: `sha256:${referrals.id}`, variables: { first: 1 } })).status).toBe(200);
    const other = await send(lenient.url, { query: "{ courtReferrals(first: 1) { edges { node { id } } } }" });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });
});
