import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
// Only the subgraph list: the launcher must not load type-graphql and graphql into its process.
import { GATEWAY_PORT, SUBGRAPHS, databaseUrlOf, subgraphPortOf, subgraphPortVariable } from "@hub/kit/subgraphs";
import type { CallerClaims } from "@hub/gateway/tokens";
import { assertPortsFree, freePort } from "./ports.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const READY = /ready at (http:\/\/\S+)/;

export interface HubProcesses {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** postgres:// URL of each subgraph's own database. */
  databaseUrls: Record<string, string>;
  /** Kills one subgraph's process (SIGKILL by default: no clean shutdown), for fault tests. */
  kill(subgraph: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a subgraph again on the same port and database, after kill(). */
  restart(subgraph: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StartHubOptions {
  /** PostgreSQL server URL; each subgraph gets its own database on it. */
  databaseUrl: string;
  /** Appended to every database name, so test runs never touch the demo data. */
  databaseSuffix?: string;
  /** Listen on the standard ports (4000-4006, or GATEWAY_PORT and <SUBGRAPH>_PORT) or on free ones (tests). */
  fixedPorts: boolean;
  log?: (service: string, line: string) => void;
  /** Extra environment for every service (e.g. HUB_COUNT_SQL=1 in tests). */
  env?: Record<string, string>;
  /**
   * Identities the console's development sign-in offers (the gateway mints their tokens); passed
   * as HUB_DEV_IDENTITIES so the gateway never imports the demo scripts. Unused in production.
   */
  devIdentities?: { label: string; claims: CallerClaims }[];
}

interface Started {
  child: ChildProcess;
  url: string;
}

function envName(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/** Starts one service with tsx and resolves once it prints its URL. */
function startService(name: string, entry: string, env: NodeJS.ProcessEnv, log: (service: string, line: string) => void, children: ChildProcess[]): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let ready = false;
    let recent = "";
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        recent = (recent + "\n" + line).slice(-4000);
        log(name, line);
        const match = READY.exec(line);
        if (match && !ready) {
          ready = true;
          resolve({ child, url: match[1]! });
        }
      }
    };
    child.stdout!.on("data", onLine);
    child.stderr!.on("data", onLine);
    child.once("exit", (code, signal) => {
      if (!ready) reject(new Error(`${name} exited (${code ?? signal}) before it was ready:${recent}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the six subgraphs (each applies its migrations) and then the gateway, as separate
 * processes the way they are deployed. Used by `npm start` and by the end-to-end tests.
 */
export async function startHub(options: StartHubOptions): Promise<HubProcesses> {
  const log = options.log ?? (() => {});
  const ports: Record<string, number> = {};
  for (const info of SUBGRAPHS) ports[info.name] = options.fixedPorts ? subgraphPortOf(info.name) : await freePort();
  const gatewayPort = options.fixedPorts ? Number(process.env.GATEWAY_PORT ?? GATEWAY_PORT) : await freePort();
  if (options.fixedPorts) {
    await assertPortsFree([
      { service: "the gateway", port: gatewayPort, variable: "GATEWAY_PORT" },
      ...SUBGRAPHS.map((info) => ({ service: `subgraph ${info.name}`, port: ports[info.name]!, variable: subgraphPortVariable(info.name) })),
    ]);
  }
  // Every service learns every subgraph's address: the gateway to route, subgraphs to deliver handoffs.
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    HUB_DATABASE_SUFFIX: options.databaseSuffix ?? "",
    ...options.env,
  };
  for (const info of SUBGRAPHS) baseEnv[`${envName(info.name)}_URL`] = `http://127.0.0.1:${ports[info.name]}/graphql`;
  const subgraphEnv = (name: string): NodeJS.ProcessEnv => ({ ...baseEnv, [`${envName(name)}_PORT`]: String(ports[name]) });

  const children: ChildProcess[] = [];
  const bySubgraph = new Map<string, ChildProcess>();
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  const launch = async (name: string) => {
    const started = await startService(name, `subgraphs/${name}/src/index.ts`, subgraphEnv(name), log, children);
    bySubgraph.set(name, started.child);
    return started;
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const databaseUrls: Record<string, string> = {};
    for (const info of SUBGRAPHS) databaseUrls[info.name] = databaseUrlOf(info.name, subgraphEnv(info.name));
    const started = await Promise.all(SUBGRAPHS.map((info) => launch(info.name)));
    SUBGRAPHS.forEach((info, i) => (subgraphUrls[info.name] = started[i]!.url));
    const gateway = await startService("gateway", "gateway/src/index.ts", {
      ...baseEnv,
      GATEWAY_PORT: String(gatewayPort),
      ...(options.devIdentities ? { HUB_DEV_IDENTITIES: JSON.stringify(options.devIdentities.map(({ label, claims }) => ({ label, claims }))) } : {}),
    }, log, children);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      databaseUrls,
      stop,
      async kill(name, signal = "SIGKILL") {
        const child = bySubgraph.get(name);
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill(signal);
        await exited;
      },
      async restart(name) {
        await launch(name);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
