import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports.ts";

// `npm start` beside another hub: it must say which port is taken and what to do, and exit
// non-zero, before it starts or writes anything.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

/** Runs `npm start`'s script with `env` and returns its exit code and everything it printed. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("npm start on a taken port", () => {
  const held: Server[] = [];
  afterEach(async () => {
    await Promise.all(held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it("names the embedded PostgreSQL's port and its variable, and exits 1", async () => {
    const port = await freePort();
    held.push(await occupy(port));
    const { code, output } = await start({ HUB_EMBEDDED_PG_PORT: String(port), DATABASE_URL: "" });
    expect(code).toBe(1);
    expect(output).toContain(`the embedded PostgreSQL cannot listen on 127.0.0.1:${port}: the port is already in use`);
    expect(output).toContain("set HUB_EMBEDDED_PG_PORT to a free port");
    expect(output).not.toMatch(/^undefined$/m);
    expect(output).not.toContain("stopping the hub");
  }, 40_000);

  it("names the gateway's and a subgraph's port and their variables, and exits 1", async () => {
    const [gatewayPort, centrePort] = [await freePort(), await freePort()];
    held.push(await occupy(gatewayPort), await occupy(centrePort));
    // A server that is never reached: the ports are checked before anything connects to it.
    const { code, output } = await start({
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/postgres",
      GATEWAY_PORT: String(gatewayPort),
      MEDIATION_CENTER_PORT: String(centrePort),
    });
    expect(code).toBe(1);
    expect(output).toContain(`the gateway cannot listen on 127.0.0.1:${gatewayPort}`);
    expect(output).toContain("set GATEWAY_PORT to a free port");
    expect(output).toContain(`subgraph mediation-center cannot listen on 127.0.0.1:${centrePort}`);
    expect(output).toContain("set MEDIATION_CENTER_PORT to a free port");
    expect(output).not.toMatch(/^undefined$/m);
  }, 40_000);
});
