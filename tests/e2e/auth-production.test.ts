import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_JWT_SECRET } from "@hub/gateway/tokens";
import { DEVELOPMENT_SERVICE_SECRET } from "@hub/kit/service-auth";
import { DEVELOPMENT_PARTY_KEY_SECRET } from "@hub/kit/ids";

// A production start (NODE_ENV=production) with the development keys, which are in the source
// code, or with no keys, must stop at once and name the variable to set.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STRONG = "5f".repeat(32);

interface Exit {
  code: number | null;
  output: string;
}

/** Starts `entry` as its own process with only `env` (plus PATH), until it exits or prints "ready at". */
function start(entry: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", HUB_HOST: "127.0.0.1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (/ready at/.test(output)) child.kill("SIGTERM");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("production refuses development keys", () => {
  it("the gateway without any key exits 1, naming every variable to set", async () => {
    const { code, output } = await start("gateway/src/index.ts", {});
    expect(code).toBe(1);
    expect(output).toMatch(/refusing to start in production/);
    for (const variable of ["HUB_JWKS_URL", "HUB_JWT_PUBLIC_KEY", "HUB_JWT_SECRET", "HUB_JWT_ISSUER", "HUB_JWT_AUDIENCE", "HUB_SERVICE_SECRET"]) {
      expect(output).toContain(variable);
    }
    expect(output).not.toMatch(/ready at/);
  });

  it("the gateway with the development token secret and service secret exits 1, naming both", async () => {
    const { code, output } = await start("gateway/src/index.ts", {
      HUB_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      HUB_JWT_ISSUER: "https://idp.example.gov.cn",
      HUB_JWT_AUDIENCE: "mediation-hub",
      HUB_SERVICE_SECRET: DEVELOPMENT_SERVICE_SECRET,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/HUB_JWT_SECRET is the public development secret/);
    expect(output).toMatch(/HUB_SERVICE_SECRET is the public development secret/);
  });

  it("the gateway with real keys starts", async () => {
    const { output } = await start("gateway/src/index.ts", {
      GATEWAY_PORT: "0",
      HUB_JWT_SECRET: STRONG,
      HUB_JWT_ISSUER: "https://idp.example.gov.cn",
      HUB_JWT_AUDIENCE: "mediation-hub",
      HUB_SERVICE_SECRET: STRONG,
    });
    expect(output).not.toMatch(/refusing/);
    expect(output).toMatch(/\[gateway\] ready at http:\/\/127\.0\.0\.1:\d+\/graphql/);
  });

  it("a subgraph without keys exits 1, naming the service secret, the party-key secret and the field-encryption key", async () => {
    const { code, output } = await start("subgraphs/notary/src/index.ts", {});
    expect(code).toBe(1);
    expect(output).toMatch(/\[notary\] refusing to start in production/);
    expect(output).toMatch(/HUB_SERVICE_SECRET is not set/);
    expect(output).toMatch(/HUB_PARTY_KEY_SECRET is not set/);
    expect(output).toMatch(/HUB_DATA_KEY is not set/);
  });

  it("a subgraph with the development keys exits 1, naming each", async () => {
    const { code, output } = await start("subgraphs/petition-mediation/src/index.ts", {
      HUB_SERVICE_SECRET: DEVELOPMENT_SERVICE_SECRET,
      HUB_PARTY_KEY_SECRET: DEVELOPMENT_PARTY_KEY_SECRET,
      HUB_DATA_KEY: "07".repeat(32),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/HUB_SERVICE_SECRET is the public development secret/);
    expect(output).toMatch(/HUB_PARTY_KEY_SECRET is the public development secret/);
    expect(output).toMatch(/HUB_DATA_KEY is the public development key/);
  });
});
