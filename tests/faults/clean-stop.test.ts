import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SUBGRAPHS, subgraphPortVariable } from "@hub/kit/subgraphs";
import { freePort } from "../../scripts/lib/ports.ts";

// `npm start` and Ctrl-C, as a user in a terminal does it: the signal goes to the whole process
// group. Before, PostgreSQL shut down under the services still using it, and three subgraphs
// printed "Error: Runner is already stopped" with a stack.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("npm start, then Ctrl-C", () => {
  it("stops the gateway, the subgraphs and PostgreSQL, prints nothing alarming, and exits 0", async () => {
    const dataDir = `.data/clean-stop-${randomBytes(4).toString("hex")}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", HUB_DATA_DIR: dataDir, HUB_EMBEDDED_PG_PORT: String(await freePort()), GATEWAY_PORT: String(await freePort()) };
    for (const info of SUBGRAPHS) env[subgraphPortVariable(info.name)] = String(await freePort());
    // detached: a process group of its own, like a command started in a terminal.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const ready = new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("Ctrl-C stops everything.")) resolve();
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 170_000);
    try {
      await Promise.race([ready, exited]);
      expect(output, output.slice(-3000)).toContain("Ctrl-C stops everything.");
      const started = output.length;
      process.kill(-child.pid!, "SIGINT");
      const code = await exited;
      const afterStop = output.slice(started).trim().split("\n").map((line) => line.trim());
      expect(afterStop).toEqual(["stopping the hub…", "stopped: gateway, subgraphs and PostgreSQL"]);
      expect(code).toBe(0);
    } finally {
      clearTimeout(killer);
      rmSync(`${ROOT}/${dataDir}`, { recursive: true, force: true });
    }
  }, 180_000);
});
