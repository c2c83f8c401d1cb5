import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { DEVELOPMENT_JWT_SECRET, mintToken } from "@hub/gateway/tokens";
import { courtClerk, mediator } from "../support/callers.ts";
import { gatewayUrl, gql, headersFor, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParty } from "../support/people.ts";

const QUERY = JSON.stringify({ query: "{ __typename }" });

async function post(headers: Record<string, string>, body = QUERY): Promise<{ status: number; body: GraphQLResponse; headers: Headers }> {
  const response = await fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, body: (await response.json()) as GraphQLResponse, headers: response.headers };
}

async function withToken(token: string) {
  return post({ authorization: `Bearer ${token}` });
}

function expectUnauthenticated(result: { status: number; body: GraphQLResponse }, message: RegExp) {
  expect(result.status).toBe(401);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors![0]!.extensions?.code).toBe("UNAUTHENTICATED");
  expect(result.body.errors![0]!.message).toMatch(message);
}

describe("callers authenticate to the gateway with a JWT", () => {
  it("answers a valid development token", async () => {
    const result = await post(await headersFor(courtClerk()));
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a request without a token, saying how to get one", async () => {
    const result = await post({});
    expectUnauthenticated(result, /Missing access token.*Authorization: Bearer.*npm run token/);
    expect(result.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    expectUnauthenticated(await post({ authorization: "Basic dXNlcjpwYXNz" }), /must be "Bearer <token>"/);
  });

  it("refuses a malformed token", async () => {
    expectUnauthenticated(await withToken("not.a.jwt"), /malformed/);
    expectUnauthenticated(await withToken("abc"), /malformed/);
  });

  it("refuses an expired token, saying when it expired", async () => {
    const nineHoursAgo = Math.floor(Date.now() / 1000) - 9 * 3600;
    const token = await mintToken(courtClerk(), { issuedAt: nineHoursAgo, ttl: 8 * 3600 });
    expectUnauthenticated(await withToken(token), /expired at \d{4}-\d\d-\d\dT.*get a new one/);
  });

  it("refuses a token signed with another key", async () => {
    const token = await mintToken(courtClerk(), { secret: `${DEVELOPMENT_JWT_SECRET}-but-another` });
    expectUnauthenticated(await withToken(token), /signature does not verify/);
  });

  it("refuses an unsigned token (alg none)", async () => {
    const signed = await mintToken(courtClerk());
    const [, payload] = signed.split(".");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`;
    expectUnauthenticated(await withToken(unsigned), /algorithm|malformed/);
  });

  it("refuses a token from another issuer or for another audience", async () => {
    expectUnauthenticated(await withToken(await mintToken(courtClerk(), { issuer: "https://somebody-else.example" })), /issuer this hub does not trust/);
    expectUnauthenticated(await withToken(await mintToken(courtClerk(), { audience: "another-system" })), /not meant for this hub/);
  });

  it("refuses a token whose claims do not describe a caller", async () => {
    const bank = await mintToken({ ...courtClerk(), agencyKind: "bank" as never });
    expectUnauthenticated(await withToken(bank), /agency_kind must be one of court, petition, police/);
    const noScope = await mintToken({ ...courtClerk(), divisionScope: [] });
    expectUnauthenticated(await withToken(noScope), /division_scope/);
  });

  it("no longer trusts an x-hub-actor header", async () => {
    expectUnauthenticated(await post({ "x-hub-actor": encodeURIComponent("红塔区人民法院/立案庭") }), /Missing access token/);
  });

  it("keeps /health open without a token, on the gateway and every subgraph", async () => {
    const gateway = await fetch(new URL("/health", gatewayUrl()));
    expect(gateway.status).toBe(200);
    for (const [name, url] of Object.entries(inject("subgraphUrls"))) {
      const health = await fetch(new URL("/health", url));
      expect(health.status, name).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", subgraph: name });
    }
  });
});

describe("the gateway refuses abusive operations before planning them", () => {
  it("refuses an over-deep query", async () => {
    let selection = "id";
    for (let i = 0; i < 6; i++) selection = `dispute { mediationCases { ${selection} } }`;
    const result = await gql(`{ mediationCases(first: 1) { edges { node { ${selection} } } } }`, undefined, mediator());
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/i);
    expect(result.data ?? null).toBeNull();
  });

  it("refuses an alias bomb", async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: disputes(first: 100) { edges { node { unifiedNumber } } }`).join(" ");
    const result = await gql(`{ ${aliases} }`, undefined, mediator());
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.map((e) => e.message).join("\n")).toMatch(/aliases limit of 15 exceeded/i);
    expect(result.data ?? null).toBeNull();
  });

  it("refuses a query of too many tokens", async () => {
    const fields = Array.from({ length: 2500 }, () => "__typename").join(" ");
    const result = await gql(`{ ${fields} }`, undefined, mediator());
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/Document contains more th.. 2000 tokens/);
    expect(result.data ?? null).toBeNull();
  });

  it("refuses a 10 MB body with 413 and writes nothing", async () => {
    const tag = `十兆请求-${randomUUID()}`;
    const body = JSON.stringify({
      query: "mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }",
      variables: {
        input: { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", source: "WALK_IN", description: tag, parties: [personParty("张大", newResidentId())] },
        padding: "x".repeat(10 * 1024 * 1024),
      },
    });
    const result = await post(await headersFor(mediator()), body);
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(result.body.errors?.[0]?.message).toMatch(/larger than 1048576 bytes/);
    expect(await sql("mediation-center", "select count(*)::int as n from dispute where description = $1", [tag])).toEqual([{ n: 0 }]);
  });

  it("answers a body that is not JSON with a GraphQL-shaped 400", async () => {
    const result = await post(await headersFor(mediator()), "{ not json");
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });
});
