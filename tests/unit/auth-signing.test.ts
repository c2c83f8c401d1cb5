import { describe, expect, it } from "vitest";
import { serviceCaller, type Caller } from "@hub/kit/caller";
import {
  signCall, signServiceCall, verifyServiceCall, verifySignedCall, CONTEXT_HEADER, NONCE_HEADER, SeenNonces, SIGNATURE_HEADER, TIMESTAMP_HEADER,
} from "@hub/kit/service-auth";
import { subgraphKeyProblems } from "@hub/kit/production";
import { callerFromClaims } from "@hub/gateway/tokens";
import { TokenBuckets } from "../../gateway/src/rate-limit.ts";
import { gatewayKeyProblems } from "../../gateway/src/auth.ts";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const KNOWN = ["court-mediation", "notary"];
const clerk: Caller = {
  subject: "立案庭书记员",
  agencyId: "court-530402",
  agencyKind: "court",
  roles: ["clerk"],
  divisionScope: ["530402"],
  purpose: "核实当事人身份",
  service: null,
};
const body = JSON.stringify({ query: "{ __typename }" });

function verify(headers: Record<string, string>, overrides: { body?: string; path?: string; method?: string; secret?: string } = {}) {
  return verifySignedCall(headers, overrides.method ?? "POST", overrides.path ?? "/graphql", overrides.body ?? body, { knownServices: KNOWN, secret: overrides.secret ?? SECRET });
}

describe("the signed context between the gateway and the subgraphs", () => {
  it("carries the caller, Chinese names and purpose included, to a subgraph that holds the secret", () => {
    const verdict = verify(signCall(clerk, "POST", "/graphql", body, SECRET));
    expect(verdict).toEqual({ caller: clerk });
  });

  it("refuses a missing, forged or foreign-key signature", () => {
    expect(verify({})).toEqual({ refused: expect.stringMatching(/missing signature/) });
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    expect(verify({ ...signed, [SIGNATURE_HEADER]: "0".repeat(64) })).toEqual({ refused: "bad signature" });
    expect(verify(signed, { secret: "another-secret-another-secret-another" })).toEqual({ refused: "bad signature" });
  });

  it("refuses a caller changed after signing (a clerk made an auditor, a scope widened)", () => {
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    const widened = signCall({ ...clerk, divisionScope: [""] }, "POST", "/graphql", body, SECRET);
    expect(verify({ ...signed, [CONTEXT_HEADER]: widened[CONTEXT_HEADER]! })).toEqual({ refused: "bad signature" });
  });

  it("refuses a signature replayed with another body, path or method", () => {
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    expect(verify(signed, { body: JSON.stringify({ query: "mutation { x }" }) })).toEqual({ refused: "bad signature" });
    expect(verify(signed, { path: "/internal/handoffs" })).toEqual({ refused: "bad signature" });
    expect(verify(signed, { method: "GET" })).toEqual({ refused: "bad signature" });
  });

  it("accepts each signed call once: the same headers and body again are a replay", () => {
    const seen = new SeenNonces();
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    const again = () => verifySignedCall(signed, "POST", "/graphql", body, { knownServices: KNOWN, secret: SECRET, seen });
    expect(again()).toEqual({ caller: clerk });
    expect(again()).toEqual({ refused: expect.stringMatching(/^replayed signature/) });
    // A fresh signature of the same call is a new call.
    expect(verifySignedCall(signCall(clerk, "POST", "/graphql", body, SECRET), "POST", "/graphql", body, { knownServices: KNOWN, secret: SECRET, seen })).toEqual({ caller: clerk });
  });

  it("refuses a call without a nonce, or with the nonce changed after signing", () => {
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    const { [NONCE_HEADER]: nonce, ...withoutNonce } = signed;
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(verify(withoutNonce)).toEqual({ refused: expect.stringMatching(/missing or malformed x-hub-nonce/) });
    expect(verify({ ...signed, [NONCE_HEADER]: "0".repeat(32) })).toEqual({ refused: "bad signature" });
  });

  it("forgets a nonce once its signature would be stale anyway", () => {
    const seen = new SeenNonces();
    expect(seen.firstUse("n1", 1_000, 0)).toBe(true);
    expect(seen.firstUse("n1", 1_000, 999)).toBe(false);
    expect(seen.firstUse("n2", 3_000, 1_500)).toBe(true); // the sweep at 1.5 s drops n1
    expect(seen.size).toBe(1);
    expect(seen.firstUse("n1", 4_000, 1_600)).toBe(true);
  });

  it("refuses a stale or future timestamp, even with a valid HMAC over it", () => {
    const signed = signCall(clerk, "POST", "/graphql", body, SECRET);
    const old = { ...signed, [TIMESTAMP_HEADER]: String(Date.now() - 10 * 60_000) };
    expect(verify(old)).toEqual({ refused: expect.stringMatching(/stale/) });
    expect(verify({ ...signed, [TIMESTAMP_HEADER]: "soon" })).toEqual({ refused: expect.stringMatching(/stale or malformed/) });
  });

  it("gives handoff routes the calling service, and refuses people and unknown services there", () => {
    const payload = JSON.stringify({ id: "x" });
    expect(verifyServiceCall(signServiceCall("notary", "POST", "/internal/handoffs", payload, SECRET), "POST", "/internal/handoffs", payload, KNOWN, SECRET)).toEqual({ service: "notary" });
    expect(verifyServiceCall(signCall(clerk, "POST", "/internal/handoffs", payload, SECRET), "POST", "/internal/handoffs", payload, KNOWN, SECRET)).toEqual({
      refused: "only subgraphs call this route",
    });
    const stranger = signCall(serviceCaller("bank"), "POST", "/internal/handoffs", payload, SECRET);
    expect(verifyServiceCall(stranger, "POST", "/internal/handoffs", payload, KNOWN, SECRET)).toEqual({ refused: "unknown service bank" });
  });
});

describe("token claims", () => {
  const good = { sub: "张三", agency_id: "court-530402-hongta", agency_kind: "court", roles: ["clerk"], division_scope: ["530402"] };

  it("become the caller", () => {
    expect(callerFromClaims(good)).toEqual({
      claims: { subject: "张三", agencyId: "court-530402-hongta", agencyKind: "court", roles: ["clerk"], divisionScope: ["530402"] },
    });
  });

  it.each([
    [{ sub: "" }, /claim sub/],
    [{ agency_id: "法院" }, /agency_id/],
    [{ agency_id: undefined }, /agency_id/],
    [{ agency_kind: "bank" }, /agency_kind must be one of court, petition/],
    [{ roles: [] }, /roles/],
    [{ roles: "clerk" }, /roles/],
    [{ division_scope: ["5304021"] }, /division_scope/],
    [{ division_scope: [] }, /division_scope/],
  ])("refuse %o with a message naming the claim", (change, message) => {
    const verdict = callerFromClaims({ ...good, ...change });
    expect("problem" in verdict && verdict.problem).toMatch(message);
  });
});

describe("the per-caller rate limit", () => {
  it("admits a burst, then refuses with the time to wait, then refills", () => {
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take("a", t).admitted)).toEqual([true, true, true]);
    expect(buckets.take("a", t)).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(buckets.take("b", t).admitted).toBe(true);
    expect(buckets.take("a", t + 500).admitted).toBe(true);
    expect(buckets.take("a", t + 500).admitted).toBe(false);
  });

  it("is off at 0 per second", () => {
    const buckets = new TokenBuckets({ perSecond: 0, burst: 1 });
    expect(Array.from({ length: 100 }, () => buckets.take("a").admitted).every(Boolean)).toBe(true);
  });
});

describe("keys in production", () => {
  const strong = "f".repeat(64);
  it("a subgraph needs HUB_SERVICE_SECRET, HUB_PARTY_KEY_SECRET and HUB_DATA_KEY, none the development ones", () => {
    expect(subgraphKeyProblems({}).join("\n")).toMatch(/HUB_SERVICE_SECRET[\s\S]*HUB_PARTY_KEY_SECRET[\s\S]*HUB_DATA_KEY/);
    expect(subgraphKeyProblems({ HUB_SERVICE_SECRET: strong, HUB_PARTY_KEY_SECRET: strong, HUB_DATA_KEY: "07".repeat(32) })).toEqual([
      expect.stringMatching(/HUB_DATA_KEY is the public development key/),
    ]);
    expect(subgraphKeyProblems({ HUB_SERVICE_SECRET: strong, HUB_PARTY_KEY_SECRET: strong, HUB_DATA_KEY: "ab".repeat(32) })).toEqual([]);
  });

  it("the gateway needs a token key, issuer, audience and the service secret", () => {
    expect(gatewayKeyProblems({}).join("\n")).toMatch(/HUB_JWKS_URL[\s\S]*HUB_JWT_ISSUER[\s\S]*HUB_JWT_AUDIENCE[\s\S]*HUB_SERVICE_SECRET/);
    const configured = { HUB_JWT_SECRET: strong, HUB_JWT_ISSUER: "https://idp.example", HUB_JWT_AUDIENCE: "hub", HUB_SERVICE_SECRET: strong };
    expect(gatewayKeyProblems(configured)).toEqual([]);
    expect(gatewayKeyProblems({ ...configured, HUB_JWT_SECRET: "short" })).toEqual([expect.stringMatching(/HUB_JWT_SECRET is shorter/)]);
    expect(gatewayKeyProblems({ ...configured, HUB_JWKS_URL: "http://idp.example/jwks" })).toEqual([expect.stringMatching(/HUB_JWKS_URL must be an https/)]);
  });
});
