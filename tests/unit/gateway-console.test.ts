import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type GatewayServer } from "@hub/gateway";
import type { DevIdentity } from "../../gateway/src/console.ts";

// The gateway serves the built console at / and, outside production only, the demo identities
// of the development sign-in. No subgraph is needed: nothing here plans a query against one.
const IDENTITIES: DevIdentity[] = [
  { label: "调解员（红塔区调解中心）", claims: { subject: "调解员-测试", agencyId: "mediation-center-530402", agencyKind: "mediation-center", roles: ["mediator"], divisionScope: ["530402"] } },
];

async function start(production: boolean, consoleDir: string): Promise<{ gateway: GatewayServer; origin: string }> {
  const gateway = await createGateway({ settings: { production }, consoleDir, devIdentities: IDENTITIES });
  const url = await gateway.listen(0);
  return { gateway, origin: new URL(url).origin };
}

describe("the gateway serves the console", () => {
  let dir: string;
  let dev: { gateway: GatewayServer; origin: string };
  let prod: { gateway: GatewayServer; origin: string };
  let missing: { gateway: GatewayServer; origin: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hub-console-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>大调解联动工作台</title>");
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('大调解联动工作台');\n".repeat(200));
    dev = await start(false, dir);
    prod = await start(true, dir);
    missing = await start(false, join(dir, "nothing-here"));
  });
  afterAll(async () => {
    await Promise.all([dev, prod, missing].map((s) => s?.gateway.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers / with index.html, never cached, and hashed assets cached for a year", async () => {
    const page = await fetch(`${dev.origin}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("大调解联动工作台");
    const asset = await fetch(`${dev.origin}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // fetch asks for gzip and unpacks it: the header tells it came compressed.
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    expect(await asset.text()).toContain("大调解联动工作台");
  });

  it("falls back to index.html for the console's routes, not for the gateway's own paths", async () => {
    const route = await fetch(`${dev.origin}/disputes/530402-2026-000001?x=1`, { headers: { accept: "text/html" } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("大调解联动工作台");
    const json = await fetch(`${dev.origin}/search`, { headers: { accept: "application/json" } });
    expect(json.status).toBe(404);
    const health = await fetch(`${dev.origin}/health`, { headers: { accept: "text/html" } });
    expect(await health.json()).toMatchObject({ status: "ok" });
    const unknownDev = await fetch(`${dev.origin}/dev/other`, { headers: { accept: "text/html" } });
    expect(unknownDev.status).toBe(404);
  });

  it("says how to build the console when the build is missing", async () => {
    const page = await fetch(`${missing.origin}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("npm run build -w console");
  });

  it("lists the demo identities with tokens the gateway accepts, outside production", async () => {
    const response = await fetch(`${dev.origin}/dev/identities`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { identities } = (await response.json()) as { identities: (DevIdentity["claims"] & { label: string; token: string; expiresAt: string })[] };
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ label: "调解员（红塔区调解中心）", agencyId: "mediation-center-530402", roles: ["mediator"] });
    const hours = (Date.parse(identities[0]!.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    const answer = await fetch(`${dev.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${identities[0]!.token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("has no /dev/identities in production", async () => {
    const response = await fetch(`${prod.origin}/dev/identities`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("token");
  });
});
