import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { AuthenticationError, bearerToken, jwtSettings, VerifiedTokens, verifyToken } from "../../gateway/src/auth.ts";
import { mintToken } from "@hub/gateway/tokens";

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

const claims = { agency_id: "police-530402", agency_kind: "police", roles: ["officer"], division_scope: ["530402"] };
const ISSUER = "https://idp.example.gov.cn";
const AUDIENCE = "mediation-hub";

async function signed(privateKey: PrivateKey, alg: string, kid?: string) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, ...(kid ? { kid } : {}) })
    .setSubject("值班民警")
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);
}

const expected = { subject: "值班民警", agencyId: "police-530402", agencyKind: "police", roles: ["officer"], divisionScope: ["530402"], purpose: "核实", service: null };

describe("token keys from configuration", () => {
  it("HUB_JWT_SECRET: HS256 with the configured issuer and audience", async () => {
    const env = { HUB_JWT_SECRET: "s".repeat(40), HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE };
    const token = await mintToken({ subject: "值班民警", agencyId: "police-530402", agencyKind: "police", roles: ["officer"], divisionScope: ["530402"] }, {}, env);
    expect(await verifyToken(token, jwtSettings(env), "核实")).toEqual(expected);
    await expect(verifyToken(token, jwtSettings({ ...env, HUB_JWT_SECRET: "t".repeat(40) }), null)).rejects.toThrow(/signature does not verify/);
  });

  it("HUB_JWT_PUBLIC_KEY: an EC public key in PEM, and nothing signed by another key", async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const settings = jwtSettings({ HUB_JWT_PUBLIC_KEY: await exportSPKI(publicKey), HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE });
    expect(settings.algorithms).toEqual(["ES256", "ES384", "ES512"]);
    expect(await verifyToken(await signed(privateKey, "ES256"), settings, "核实")).toEqual(expected);
    const other = await generateKeyPair("ES256");
    await expect(verifyToken(await signed(other.privateKey, "ES256"), settings, null)).rejects.toThrow(/signature does not verify/);
  });

  describe("HUB_JWKS_URL: an identity provider's key set", () => {
    let server: http.Server;
    let url = "";
    let privateKey: PrivateKey;
    beforeAll(async () => {
      const pair = await generateKeyPair("RS256");
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: "idp-2026", alg: "RS256", use: "sig" };
      server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it("verifies tokens signed by a key of the set, and refuses an unknown key id", async () => {
      const settings = jwtSettings({ HUB_JWKS_URL: url, HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE });
      expect(await verifyToken(await signed(privateKey, "RS256", "idp-2026"), settings, "核实")).toEqual(expected);
      const stranger = await generateKeyPair("RS256");
      await expect(verifyToken(await signed(stranger.privateKey, "RS256", "someone-else"), settings, null)).rejects.toThrow(/signature does not verify/);
    });

    it("answers 503, not 401, when the key set cannot be fetched", async () => {
      const settings = jwtSettings({ HUB_JWKS_URL: "http://127.0.0.1:9/jwks.json", HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE });
      const error = await verifyToken(await signed(privateKey, "RS256", "idp-2026"), settings, null).catch((e: AuthenticationError) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).status).toBe(503);
    });
  });

  it("takes only a Bearer header", () => {
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(() => bearerToken(undefined)).toThrow(/Missing access token/);
    expect(() => bearerToken("Token abc")).toThrow(/must be "Bearer <token>"/);
  });
});

describe("verified tokens remembered until they expire", () => {
  const env = { HUB_JWT_SECRET: "s".repeat(40), HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE };
  const caller = { subject: "值班民警", agencyId: "police-530402", agencyKind: "police" as const, roles: ["officer"], divisionScope: ["530402"] };

  it("answers a token it verified with the same caller and this request's purpose, and keeps no refusal", async () => {
    const verified = new VerifiedTokens(10);
    const token = await mintToken(caller, {}, env);
    expect(await verifyToken(token, jwtSettings(env), "核实", verified)).toEqual(expected);
    // The same string again: no signature check, a caller of its own.
    const again = await verifyToken(token, jwtSettings({ ...env, HUB_JWT_SECRET: "t".repeat(40) }), null, verified);
    expect(again).toEqual({ ...expected, purpose: null });
    again.roles.push("unmask");
    expect((await verifyToken(token, jwtSettings(env), null, verified)).roles).toEqual(["officer"]);
    // Another token (one character changed) is verified, and refused.
    const forged = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    await expect(verifyToken(forged, jwtSettings(env), null, verified)).rejects.toThrow(/signature does not verify|malformed/);
    await expect(verifyToken(forged, jwtSettings(env), null, verified)).rejects.toThrow(/signature does not verify|malformed/);
  });

  it("forgets a token at its exp, after maxAgeMs, and the oldest when full", () => {
    const verified = new VerifiedTokens(2, 60_000);
    const now = 1_800_000_000_000;
    verified.set("a", caller, now / 1000 + 30, now);
    verified.set("b", caller, now / 1000 + 3600, now);
    expect(verified.get("a", now + 29_999)).toEqual(caller);
    expect(verified.get("a", now + 30_000)).toBeNull();
    expect(verified.get("b", now + 59_999)).toEqual(caller);
    expect(verified.get("b", now + 60_000)).toBeNull();
    verified.set("c", caller, now / 1000 + 3600, now);
    verified.set("d", caller, now / 1000 + 3600, now);
    verified.set("e", caller, now / 1000 + 3600, now);
    expect([verified.get("c", now), verified.get("d", now), verified.get("e", now)]).toEqual([null, caller, caller]);
    expect(new VerifiedTokens(0).get("a")).toBeNull();
  });
});
