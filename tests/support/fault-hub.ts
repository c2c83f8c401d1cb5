import { randomBytes } from "node:crypto";
import pg from "pg";
import { startHub, type HubProcesses } from "../../scripts/lib/hub.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres.ts";
import { freePort } from "../../scripts/lib/ports.ts";
import { headersFor, type GraphQLResponse, type Who } from "./client.ts";

/**
 * A hub of its own for one fault-test file: the fault tests kill and restart subgraph processes,
 * so they must never share the hub the e2e tests run against (tests/support/global-setup.ts).
 * Same shape as that setup: PostgreSQL at DATABASE_URL (or an embedded one), six subgraphs on
 * fresh databases with a random suffix, the gateway; stop() drops the databases again.
 */
export interface FaultHub {
  processes: HubProcesses;
  gatewayUrl: string;
  /** Runs SQL against one subgraph's own database (a small pool per database). */
  sql<T extends pg.QueryResultRow = any>(subgraph: string, text: string, params?: unknown[]): Promise<T[]>;
  /** One operation through the gateway; a network failure or timeout comes back as an error response. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, actor?: Who): Promise<GraphQLResponse<T>>;
  /** The last `n` lines the services printed, for failure messages. */
  logTail(n?: number, filter?: (line: string) => boolean): string;
  /** Every line printed so far (ring buffer of the last 20 000). */
  lines(): string[];
  stop(): Promise<void>;
}

const MAX_LINES = 20_000;

export async function startFaultHub(env: Record<string, string> = {}): Promise<FaultHub> {
  let embedded: RunningPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(".data/postgres-faults", Number(process.env.HUB_FAULTS_PG_PORT ?? (await freePort())));
    serverUrl = embedded.url;
  }
  const suffix = `_faults_${randomBytes(4).toString("hex")}`;
  const output: string[] = [];
  const log = (service: string, line: string) => {
    output.push(`${new Date().toISOString().slice(11, 23)} [${service}] ${line}`);
    if (output.length > MAX_LINES) output.splice(0, output.length - MAX_LINES);
    if (process.env.HUB_TEST_LOG) console.log(`[${service}] ${line}`);
  };
  let processes: HubProcesses;
  try {
    // The fault tests send hundreds of requests at once as one caller, on purpose: no rate limit.
    processes = await startHub({ databaseUrl: serverUrl, databaseSuffix: suffix, fixedPorts: false, env: { HUB_RATE_LIMIT_PER_SECOND: "0", ...env }, log });
  } catch (error) {
    console.error(output.slice(-50).join("\n"));
    await embedded?.stop();
    throw error;
  }

  const pools = new Map<string, pg.Pool>();
  const poolOf = (subgraph: string) => {
    let pool = pools.get(subgraph);
    if (!pool) {
      const url = processes.databaseUrls[subgraph];
      if (!url) throw new Error(`no database for subgraph ${subgraph}`);
      pool = new pg.Pool({ connectionString: url, max: 3 });
      pool.on("error", () => {}); // an idle client lost: the next query opens another
      pools.set(subgraph, pool);
    }
    return pool;
  };

  const gatewayUrl = processes.gatewayUrl;
  return {
    processes,
    gatewayUrl,
    async sql(subgraph, text, params = []) {
      // The test's own reads wait out a full server (53300 too_many_connections: other hubs on
      // the same PostgreSQL); the services get no such help.
      for (let attempt = 1; ; attempt++) {
        try {
          return (await poolOf(subgraph).query(text, params)).rows;
        } catch (error) {
          if ((error as { code?: string }).code !== "53300" || attempt >= 20) throw error;
          await sleep(500);
        }
      }
    },
    async gql(query, variables, actor = "fault-test") {
      try {
        const response = await fetch(gatewayUrl, {
          method: "POST",
          headers: await headersFor(actor),
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(20_000),
        });
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch {
          return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}`, extensions: { code: "NOT_JSON" } }] };
        }
      } catch (error) {
        return { errors: [{ message: `request failed: ${(error as Error).message}`, extensions: { code: "NETWORK" } }] };
      }
    },
    logTail(n = 60, filter = () => true) {
      return output.filter(filter).slice(-n).join("\n");
    },
    lines: () => output,
    async stop() {
      await processes.stop();
      await Promise.all([...pools.values()].map((pool) => pool.end()));
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        for (const url of Object.values(processes.databaseUrls)) {
          await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
        }
      } finally {
        await admin.end();
      }
      await embedded?.stop();
    },
  };
}

/**
 * Polls `probe` every `intervalMs` until `done(value)` holds, for at most `timeoutMs`; returns the
 * last value. On timeout it throws with the last value and whatever `explain` adds (diagnostics).
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; explain?: (last: T) => Promise<string> } = {},
): Promise<T> {
  const { timeoutMs = 120_000, intervalMs = 500 } = options;
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await probe();
    if (done(last)) return last;
    if (Date.now() >= deadline) break;
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
  const extra = options.explain ? `\n${await options.explain(last)}` : "";
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}${extra}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, `size` at a time (each batch concurrently), keeping the order of results. */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>, afterBatch?: (done: number) => Promise<void> | void): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.all(batch.map((item, i) => work(item, start + i)))));
    await afterBatch?.(results.length);
  }
  return results;
}
