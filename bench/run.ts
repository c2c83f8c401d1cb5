/**
 * `npm run bench`: the hub's gateway against Hive Gateway and against the floor (the subgraphs
 * called directly), side by side in one run, on generated data.
 *
 *   npm run bench -- [--cases 100000] [--duration 10] [--connections 10] [--warmup 2]
 *                    [--scenarios a,b,c,d] [--search-runs 300] [--console-runs 5] [--profile] [--record] [--keep]
 *
 * 1. PostgreSQL: the server at DATABASE_URL, or an embedded one in .data/postgres-bench.
 * 2. The hub as deployed (startHub: six subgraph processes and the gateway) on fresh databases
 *    with a random suffix, HUB_COUNT_SQL=1; then bench/generate.ts loads the cases (triggers off)
 *    and rebuilds the cross-agency case index; bench/search-db.ts times the index's searches at the
 *    database (--search-runs parameter sets per kind).
 * 3. Hive Gateway on the same supergraph file (its subgraph URLs pointed at the running
 *    subgraphs) and the floor server (bench/floor.ts).
 * 4. Each scenario against each target with autocannon for --duration seconds, after a warm-up:
 *    requests per second, latency percentiles, errors, the gateway's memory (VmRSS) and the CPU
 *    time each process group spent per request.
 * 5. SQL statements per GraphQL request, summed over the gateway's fan-out, at page sizes 10 and 100.
 * 6. With --profile, a CPU profile of each gateway under scenario (a): where the time goes.
 * 7. The console's first load (bench/lib/console-load.ts): Debian's Chromium opens a search link
 *    served by our gateway with an empty cache, --console-runs times: bytes on the wire and the
 *    time until the first result row (0 skips it).
 *
 * Prints the comparison table and writes bench/results/latest.{json,md}; --record also replaces
 * the results section of BENCHMARKS.md. Databases are dropped at the end unless --keep.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isDeepStrictEqual } from "node:util";
import autocannon, { type Result as AutocannonResult } from "autocannon";
import pg from "pg";
import { SUBGRAPHS } from "@hub/kit/subgraphs";
import { startHub, type HubProcesses } from "../scripts/lib/hub.ts";
import { freePort } from "../scripts/lib/ports.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/postgres.ts";
import { generate, printGenerateSummary, type GenerateResult, type HandoffPoolEntry } from "./generate.ts";
import { printPlans, renderSearchDb, sampleSearches, searchAtDatabase, type SearchDbResult, type SearchSample } from "./search-db.ts";
import { startCountingProxies, type FanOutCount } from "./lib/count-proxy.ts";
import { summariseProfile, type ProfileSummary } from "./lib/cpu-profile.ts";
import { REGIONS } from "./lib/domain-data.ts";
import { connectionsTo, cpuSpent, findProcess, postgresProcesses, processTree, sampleCpu, watchRss, type ProcessGroup } from "./lib/procs.ts";
import { startRemoteProfile } from "./lib/inspector.ts";
import { authHeaders, BENCH_CALLERS, prepareTokens, type BenchRole } from "./lib/auth.ts";
import { measureConsoleLoad, renderConsoleLoad, type ConsoleLoadResult } from "./lib/console-load.ts";
import { ensureConsoleBuilt } from "../scripts/lib/console-build.ts";
import {
  ACCEPT_AT_CENTRE, CASE_DETAIL, CASE_DETAIL_PAGE, HANDOFF_AT_CENTRE, handoffSupport, PARTY_HISTORY, PARTY_HISTORY_PAGE, referIncident, SEARCH_PAGE,
} from "./lib/scenarios.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HIVE_BIN = path.join(ROOT, "node_modules/@graphql-hive/gateway/dist/bin.js");
const SUPERGRAPH = path.join(ROOT, "schema/supergraph.graphql");
const HIVE_CONFIG = path.join(ROOT, "bench/hive-gateway.config.ts");
/** tsx by URL: Hive runs in a temporary directory, where the bare name does not resolve. */
const TSX = import.meta.resolve("tsx");

/** Our gateway with one change undone (or one more made), for --variants. */
const VARIANTS: Record<string, { name: string; env: Record<string, string>; script?: string }> = {
  before: { name: "ours (before)", env: { HUB_SUBGRAPH_CLIENT: "make-fetch-happen", HUB_TOKEN_CACHE_SIZE: "0" } },
  "make-fetch-happen": { name: "ours, make-fetch-happen", env: { HUB_SUBGRAPH_CLIENT: "make-fetch-happen" } },
  fetch: { name: "ours, Node fetch", env: { HUB_SUBGRAPH_CLIENT: "fetch" } },
  "no-token-cache": { name: "ours, no token cache", env: { HUB_TOKEN_CACHE_SIZE: "0" } },
  cluster: { name: "ours, 2 processes", env: { HUB_GATEWAY_PROCESSES: "2" }, script: "bench/variants/cluster.ts" },
};

const { values: opts } = parseArgs({
  options: {
    cases: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    slice: { type: "string", default: "2" },
    scenarios: { type: "string", default: "a,b,c,d" },
    "search-runs": { type: "string", default: "300" },
    "console-runs": { type: "string", default: "5" },
    seed: { type: "string" },
    profile: { type: "boolean", default: false },
    candidates: { type: "boolean", default: false },
    variants: { type: "string", default: "" },
    record: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
  allowPositionals: false,
});
const CASES = Number(opts.cases);
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const WARMUP = Number(opts.warmup);
/** Targets take turns in slices of this many seconds. */
const SLICE = Math.max(1, Number(opts.slice));
/** Seconds of one-connection requests per target after the load. */
const SINGLE_SECONDS = Math.max(SLICE, DURATION);
const SCENARIOS = new Set(opts.scenarios!.split(",").map((s) => s.trim()));
for (const [name, value] of Object.entries({ cases: CASES, duration: DURATION, connections: CONNECTIONS, warmup: WARMUP })) {
  if (!Number.isFinite(value) || value < 0 || (name !== "warmup" && value <= 0)) throw new Error(`--${name} must be a positive number`);
}

// One caller sends every request of a scenario on purpose: no per-caller rate limit in any
// gateway this run starts (they all inherit this environment).
process.env.HUB_RATE_LIMIT_PER_SECOND = "0";
// The SQL-count stage asks pages of 100 with every field of a scenario (a search page of 100
// costs about 40 000 in Armor's estimate); the cost limit is not what this run measures.
process.env.HUB_MAX_COST = "100000";

const log = (line = "") => console.log(line);
const section = (title: string) => log(`\n=== ${title}`);
const ms = (v: number | null | undefined, digits = 1) => (v == null || !Number.isFinite(v) ? "–" : v.toFixed(digits));
const mb = (bytes: number | null | undefined) => (bytes == null ? "–" : `${Math.round(bytes / 1024 / 1024)} MB`);

// ---------------------------------------------------------------------------------------------
// Processes this run starts, so that every exit path stops them.

const started: { name: string; child: ChildProcess }[] = [];
let embedded: RunningPostgres | undefined;
let hub: HubProcesses | undefined;
let serverUrl = "";
let cleaningUp: Promise<void> | undefined;
const tempDir = mkdtempSync(path.join(tmpdir(), "hub-bench-"));

/** Starts a process and resolves when a line matches `ready` (or, without one, when `probe` answers). */
function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, ready: RegExp | null, probe?: () => Promise<boolean>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    started.push({ name, child });
    let recent = "";
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(child);
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      recent = (recent + text).slice(-4000);
      if (opts.verbose) process.stdout.write(text.replace(/^/gm, `[${name}] `));
      if (ready && ready.test(recent)) finish();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => finish(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${recent}`)));
    const timer = setTimeout(() => finish(new Error(`${name} was not ready after 120 s:\n${recent}`)), 120_000);
    if (probe) {
      const poll = async () => {
        while (!done) {
          if (await probe().catch(() => false)) return finish();
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      void poll();
    }
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const { child } of started.reverse()) await stopProcess(child).catch(() => {});
    await hub?.stop().catch(() => {});
    if (hub && !opts.keep && serverUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      try {
        await admin.connect();
        for (const url of Object.values(hub.databaseUrls)) await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      } catch (error) {
        log(`could not drop the bench databases: ${(error as Error).message}`);
      } finally {
        await admin.end().catch(() => {});
      }
    }
    await embedded?.stop().catch(() => {});
    rmSync(tempDir, { recursive: true, force: true });
  })();
  return cleaningUp;
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

// ---------------------------------------------------------------------------------------------
// GraphQL calls outside the load runs.

interface GraphQLResponse {
  data?: any;
  errors?: { message: string }[];
}

/** Subgraph URLs called without a gateway: those requests are signed, not sent with a token. */
const directUrls = new Set<string>();

function headersFor(url: string, role: BenchRole, body: string): Record<string, string> {
  const direct = directUrls.has(url) ? { path: new URL(url).pathname, body } : null;
  return { "content-type": "application/json", ...authHeaders(role, direct) };
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, role: BenchRole = "reader"): Promise<GraphQLResponse> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, { method: "POST", headers: headersFor(url, role, body), body });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

// ---------------------------------------------------------------------------------------------
// Load runs.

interface Target {
  name: string;
  /** URL for a scenario, or null when the target does not take part. */
  url: (scenario: string) => string | null;
  pid: () => number | null;
}

interface RunResult {
  scenario: string;
  target: string;
  requests: number;
  ok: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rssPeak: number | null;
  rssMean: number | null;
  /** CPU ms per successful request, per process group. */
  cpuPerRequest: Record<string, number>;
  machineBusy: number;
  /** The same requests one at a time (one connection): latency without queueing. */
  single: { rps: number; p50: number; p95: number; p99: number; errors: number; p50Range: [number, number] } | null;
  /** Open connections from the target to the subgraphs right after a load slice (keep-alive pools). */
  subgraphConnections: number | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * Waits until the handoff outboxes (graphile-worker jobs in the sender's and receiver's
 * databases) hold no job that was never tried, so that the deliveries one target's requests
 * caused run before the next target's slice, not during it. Returns the ms waited.
 */
async function drainOutboxes(clients: pg.Client[], timeoutMs = 60_000): Promise<number> {
  const begin = performance.now();
  while (performance.now() - begin < timeoutMs) {
    let pending = 0;
    for (const client of clients) {
      try {
        const { rows } = await client.query<{ n: string }>("select count(*) as n from graphile_worker.jobs where attempts = 0");
        pending += Number(rows[0]!.n);
      } catch {
        // No worker schema (yet): nothing to wait for.
      }
    }
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - begin;
}

interface LoadSpec {
  url: string;
  body: () => string;
  /** Who sends the requests (default: joint-meeting staff reading across channels). */
  role?: BenchRole;
  connections?: number;
  maxRequests?: number;
  seconds: number;
}

async function load(spec: LoadSpec): Promise<{ result: AutocannonResult; latencies: number[]; errors: number; firstError: string | null; ok: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let ok = 0;
  let firstError: string | null = null;
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections ?? CONNECTIONS,
    duration: spec.seconds,
    ...(spec.maxRequests ? { maxOverallRequests: Math.max(spec.connections ?? CONNECTIONS, spec.maxRequests) } : {}),
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const body = spec.body();
          return { ...request, body, headers: headersFor(spec.url, spec.role ?? "reader", body) };
        },
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) {
            errors++;
            firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          } else ok++;
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return { result, latencies, errors: errors + result.errors + result.timeouts, firstError, ok };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg().map((l) => Math.round(l * 10) / 10),
    loadAtEnd: [] as number[],
  };
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, "");
  log(`npm run bench: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}, load average ${machine.loadAtStart.join(" ")}`);
  log(`cases ${CASES.toLocaleString("en")}, ${DURATION} s per scenario per target after ${WARMUP} s warm-up, ${CONNECTIONS} connections, scenarios ${[...SCENARIOS].join(",")}`);

  // --- PostgreSQL and the hub -----------------------------------------------------------------
  section("PostgreSQL and the hub");
  const pgDataDir = path.join(ROOT, ".data/postgres-bench");
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    log(`PostgreSQL: DATABASE_URL (${new URL(serverUrl).host})`);
  } else {
    const port = Number(process.env.HUB_BENCH_PG_PORT ?? 54349);
    log(`PostgreSQL: embedded on 127.0.0.1:${port}, data in .data/postgres-bench`);
    embedded = await startEmbeddedPostgres(pgDataDir, port);
    serverUrl = embedded.url;
  }
  const suffix = `_bench_${randomBytes(4).toString("hex")}`;
  const hubLog: string[] = [];
  const hubStarted = performance.now();
  try {
    hub = await startHub({
      databaseUrl: serverUrl,
      databaseSuffix: suffix,
      fixedPorts: false,
      env: { HUB_COUNT_SQL: "1" },
      log: (service, line) => {
        hubLog.push(`[${service}] ${line}`);
        if (hubLog.length > 200) hubLog.shift();
        if (opts.verbose) log(`[${service}] ${line}`);
      },
    });
  } catch (error) {
    log(hubLog.slice(-40).join("\n"));
    throw error;
  }
  log(`hub up in ${((performance.now() - hubStarted) / 1000).toFixed(1)} s: gateway ${hub.gatewayUrl}, databases hub_*${suffix}`);
  for (const url of Object.values(hub.subgraphUrls)) directUrls.add(url);
  await prepareTokens();

  // --- data ------------------------------------------------------------------------------------
  section(`Loading ${CASES.toLocaleString("en")} cases with batched INSERTs, then rebuilding the case index`);
  const data: GenerateResult = await generate({
    cases: CASES,
    databaseUrls: hub.databaseUrls,
    seed: opts.seed ? Number(opts.seed) : undefined,
    progress: true,
    handoffPool: Math.min(30_000, Math.max(1000, Math.round(CASES * 0.1))),
  });
  printGenerateSummary(data, log);
  const samples = data.samples;
  const centreUrl = hub.databaseUrls["mediation-center"]!;
  const searches: SearchSample[] = await sampleSearches(centreUrl, 2000);
  if (samples.multiChannelPeople.length === 0 || searches.length === 0 || samples.referralsWithPetitions.length === 0) {
    throw new Error("the generated data has no sample for a scenario; use more --cases");
  }

  // --- search at the database ------------------------------------------------------------------
  let searchDb: SearchDbResult | null = null;
  const searchRuns = Number(opts["search-runs"]);
  if (searchRuns > 0) {
    section(`Search at the database: the case index's SQL, ${searchRuns} random parameter sets per kind, one at a time`);
    searchDb = await searchAtDatabase(centreUrl, { runs: searchRuns, log });
    printPlans(searchDb, log);
  }

  // --- the console's first load ------------------------------------------------------------------
  // Before the load runs, while the machine is quiet: this is one person opening one page.
  let consoleLoad: ConsoleLoadResult | null = null;
  const consoleRuns = Number(opts["console-runs"]);
  if (consoleRuns > 0) {
    section(`The console's first load: a search link in Chromium with an empty cache, ${consoleRuns} runs`);
    log(await ensureConsoleBuilt());
    const sample = searches[0]!;
    const query = new URLSearchParams({ division: sample.division.slice(0, 4), disputeTypes: sample.disputeType });
    const token = authHeaders("reader", null).authorization!.replace(/^Bearer /, "");
    consoleLoad = await measureConsoleLoad({ origin: new URL(hub.gatewayUrl).origin, query, caller: BENCH_CALLERS.reader, token, label: "联席会议审核人员（压测）", runs: consoleRuns });
    for (const line of renderConsoleLoad(consoleLoad)) log(line);
  }

  // --- the three targets --------------------------------------------------------------------------
  section("Targets");
  const gatewayPort = new URL(hub.gatewayUrl).port;
  const oursPid = findProcess("gateway/src/index.ts", "GATEWAY_PORT", gatewayPort);
  log(`ours:  @apollo/gateway ${hub.gatewayUrl} (pid ${oursPid ?? "not found"})`);

  const supergraphText = readFileSync(SUPERGRAPH, "utf8");
  const hiveSupergraph = supergraphText.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = hub!.subgraphUrls[name];
    if (!url) throw new Error(`supergraph names subgraph ${name}, which the hub did not start`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  const hiveSupergraphPath = path.join(tempDir, "supergraph.graphql");
  writeFileSync(hiveSupergraphPath, hiveSupergraph);
  const hivePort = await freePort();
  const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
  const hiveVersion = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/@graphql-hive/gateway/package.json"), "utf8")) as { version: string }).version;
  const hiveEnv = { ...process.env };
  const startHive = (extraArgs: string[] = [], port = hivePort) =>
    startProcess(
      "hive-gateway",
      // tsx loads bench/hive-gateway.config.ts, which verifies tokens and signs subgraph calls like ours.
      [...extraArgs, "--import", TSX, HIVE_BIN, "supergraph", hiveSupergraphPath, "--config-path", HIVE_CONFIG, "--host", "127.0.0.1", "--port", String(port), "--polling", "24h", "--fork", "1"],
      hiveEnv,
      tempDir,
      null,
      async () => (await graphql(`http://127.0.0.1:${port}/graphql`, "{ __typename }")).data?.__typename === "Query",
    );
  const hive = await startHive();
  log(`hive:  Hive Gateway ${hiveVersion} ${hiveUrl} (pid ${hive.pid}), one process, on a copy of schema/supergraph.graphql with the subgraph URLs replaced`);

  const floorPort = await freePort();
  const floor = await startProcess(
    "floor",
    ["--import", "tsx", path.join(ROOT, "bench/floor.ts")],
    { ...process.env, FLOOR_PORT: String(floorPort), FLOOR_SUBGRAPH_URLS: JSON.stringify(hub.subgraphUrls) },
    ROOT,
    /ready at/,
  );
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  log(`floor: direct subgraph calls behind node:http ${floorUrl} (pid ${floor.pid}); (d) also straight to the police subgraph, without the floor server`);

  const subgraphPids = () =>
    SUBGRAPHS.map((s) => findProcess(`subgraphs/${s.name}/src/index.ts`, `${s.name.toUpperCase().replace(/-/g, "_")}_PORT`, new URL(hub!.subgraphUrls[s.name]!).port)).filter((p): p is number => p !== null);
  const knownSubgraphPids = subgraphPids();
  log(`subgraph processes: ${knownSubgraphPids.length} of 6 found`);
  const pgPids = () => (embedded ? postgresProcesses(pgDataDir) : []);

  const support = handoffSupport(supergraphText);
  const targets: Target[] = [
    { name: "ours", url: () => hub!.gatewayUrl, pid: () => oursPid },
    { name: "hive", url: () => hiveUrl, pid: () => hive.pid ?? null },
    {
      name: "floor",
      url: (scenario) => `${floorUrl}/${scenario}`,
      pid: () => floor.pid ?? null,
    },
  ];
  // Our gateway once more per variant, configured through the environment: the changes of
  // BENCHMARKS.md's "Making it fast", each measured against the kept set-up in the same slices.
  const variantNames = [...new Set([...(opts.candidates ? ["before"] : []), ...opts.variants!.split(",").map((v) => v.trim()).filter(Boolean)])];
  for (const key of variantNames) {
    const variant = VARIANTS[key];
    if (!variant) throw new Error(`--variants: unknown variant ${key}; known: ${Object.keys(VARIANTS).join(", ")}`);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, ...variant.env, GATEWAY_PORT: String(port) };
    for (const s of SUBGRAPHS) env[`${s.name.toUpperCase().replace(/-/g, "_")}_URL`] = hub.subgraphUrls[s.name];
    const child = await startProcess(`gateway (${key})`, ["--import", "tsx", variant.script ?? "gateway/src/index.ts"], env, ROOT, /ready at/);
    const url = `http://127.0.0.1:${port}/graphql`;
    targets.push({ name: variant.name, url: () => url, pid: () => child.pid ?? null });
    log(`variant: ${variant.name} ${url} (pid ${child.pid}): ${Object.entries(variant.env).map(([k, v]) => `${k}=${v}`).join(" ")}`);
  }
  const subgraphPorts = Object.values(hub.subgraphUrls).map((u) => Number(new URL(u).port));
  const pidFor = (target: Target, _scenario: string) => target.pid();

  // --- what each scenario sends ------------------------------------------------------------------
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const searchVariables = (s: SearchSample, first: number) => ({
    division: s.division, disputeType: s.disputeType, openedFrom: s.openedFrom.toISOString(), openedBefore: s.openedBefore.toISOString(), first,
  });
  const pool: HandoffPoolEntry[] = samples.handoffPool;
  let poolCursor = 0;
  // A fifth of the incidents stays for the complete handoffs, when the supergraph has them.
  const poolLimit = Math.floor(pool.length * (support.accept && support.idempotencyKey ? 0.8 : 1));
  const organisationOf = (division: string) => `${REGIONS.find((r) => r.code === division)?.county ?? ""}矛盾纠纷多元化解中心`;
  const nextReferral = () => {
    const entry = pool[poolCursor++ % pool.length]!;
    return {
      id: entry.incidentId,
      organisation: organisationOf(entry.divisionCode),
      ...(support.idempotencyKey ? { idempotencyKey: randomUUID() } : {}),
    };
  };
  interface Scenario {
    key: string;
    title: string;
    query: string;
    variables: () => Record<string, unknown>;
    /** Another floor variant: a path of the floor server, or a URL. */
    extraFloor?: { name: string; path?: string; url?: string };
  }
  const scenarios: Scenario[] = [
    {
      key: "a",
      title: "(a) a person's cross-agency history: party(idNumber) with all eight channel lists, six subgraphs",
      query: PARTY_HISTORY,
      variables: () => ({ idNumber: pick(samples.multiChannelPeople) }),
      extraFloor: { name: "floor (plan-shaped)", path: "a-plan" },
    },
    {
      key: "b",
      title: "(b) search page: searchCases(filter: {division, disputeTypes, openedFrom, openedBefore}, first: 20) with totalCount, each case read from its owner",
      query: SEARCH_PAGE,
      variables: () => searchVariables(pick(searches), 20),
    },
    {
      key: "c",
      title: "(c) one case's detail: courtReferral → dispute (mediation centre) → petitions (petition bureau)",
      query: CASE_DETAIL,
      variables: () => ({ id: pick(samples.referralsWithPetitions) }),
    },
    {
      key: "d",
      title: `(d) handoff creation: referIncidentToMediationCenter${support.idempotencyKey ? " with a fresh idempotency key per request" : ""} (police subgraph; one incident per request)`,
      query: referIncident(support.idempotencyKey),
      variables: nextReferral,
      extraFloor: { name: "subgraph directly", url: hub.subgraphUrls["police-mediation"]! },
    },
  ].filter((s) => SCENARIOS.has(s.key));

  // --- the same answers from every target -------------------------------------------------------
  section("Same answers from every target");
  const sameAnswers: Record<string, string> = {};
  for (const scenario of scenarios.filter((s) => s.key !== "d")) {
    let verdict = "same data";
    for (let i = 0; i < 3; i++) {
      const variables = scenario.variables();
      const answers = await Promise.all([
        graphql(hub.gatewayUrl, scenario.query, variables),
        graphql(hiveUrl, scenario.query, variables),
        graphql(`${floorUrl}/${scenario.key}`, scenario.query, variables),
        ...(scenario.extraFloor ? [graphql(`${floorUrl}/${scenario.extraFloor.path}`, scenario.query, variables)] : []),
      ]);
      const [ours, ...others] = answers;
      if (ours!.errors) verdict = `ours answered with errors: ${ours!.errors[0]!.message}`;
      else if (others.some((o) => !isDeepStrictEqual(o.data, ours!.data))) {
        const which = others.map((o, k) => (isDeepStrictEqual(o.data, ours!.data) ? null : ["hive", "floor", "floor (plan-shaped)"][k])).filter(Boolean);
        verdict = `DIFFERENT data from ${which.join(", ")} for ${JSON.stringify(variables)}`;
      }
      if (verdict !== "same data") break;
    }
    sameAnswers[scenario.key] = verdict;
    log(`(${scenario.key}) ${verdict}`);
  }

  // --- load -------------------------------------------------------------------------------------
  const outboxClients = await Promise.all(
    ["police-mediation", "mediation-center"].map(async (name) => {
      const client = new pg.Client({ connectionString: hub!.databaseUrls[name] });
      await client.connect();
      return client;
    }),
  );
  let drainedMs = 0;
  const drain = async (scenario: string) => {
    if (scenario === "d") drainedMs += await drainOutboxes(outboxClients);
  };
  const runs: RunResult[] = [];
  const groups: ProcessGroup[] = [
    { name: "gateway", pids: () => [] },
    { name: "subgraphs", pids: () => knownSubgraphPids },
    { name: "postgres", pids: pgPids },
  ];
  // The machine is shared: other jobs come and go. The targets therefore take turns in slices
  // of --slice seconds (ours, Hive, floor, then again, the first one rotating), so that a
  // burst of outside load falls on all of them alike; each target's figures are summed over its slices.
  for (const scenario of scenarios) {
    section(scenario.title);
    const scenarioTargets: { name: string; url: string; pid: number | null }[] = targets.map((t) => ({ name: t.name, url: t.url(scenario.key)!, pid: pidFor(t, scenario.key) }));
    if (scenario.extraFloor) {
      const extra = scenario.extraFloor;
      scenarioTargets.push({ name: extra.name, url: extra.url ?? `${floorUrl}/${extra.path}`, pid: extra.url ? null : (floor.pid ?? null) });
    }
    const body = () => JSON.stringify({ query: scenario.query, variables: scenario.variables() });
    // (d) is a police station's referral; the others are joint-meeting staff reading across channels.
    const role: BenchRole = scenario.key === "d" ? "police" : "reader";
    const slices = Math.max(1, Math.round(DURATION / SLICE));
    const singleSlices = Math.max(1, Math.round(SINGLE_SECONDS / SLICE));
    // (d) uses each incident once: what is left of the pool (less the reserve for the complete
    // handoffs below) is shared between the targets: 1/8 warm-up, 5/8 load, 1/4 one at a time.
    const share = scenario.key === "d" ? Math.floor((poolLimit - poolCursor) / scenarioTargets.length) : 0;
    const budget = (part: number) => (scenario.key === "d" ? Math.max(1, Math.floor(share * part)) : undefined);
    const acc = scenarioTargets.map(() => ({
      latencies: [] as number[], ok: 0, errors: 0, firstError: null as string | null, seconds: 0,
      cpu: {} as Record<string, number>, busy: 0, total: 0, rssPeak: null as number | null, rssSum: 0, rssCount: 0, connections: null as number | null,
      single: { latencies: [] as number[], ok: 0, errors: 0, seconds: 0, sliceP50: [] as number[] },
    }));
    for (const target of scenarioTargets) if (WARMUP > 0) await load({ url: target.url, body, role, seconds: WARMUP, maxRequests: budget(1 / 8) });
    for (let round = 0; round < slices + singleSlices; round++) {
      const single = round >= slices;
      for (let k = 0; k < scenarioTargets.length; k++) {
        const index = (round + k) % scenarioTargets.length;
        const target = scenarioTargets[index]!;
        const a = acc[index]!;
        await drain(scenario.key);
        if (single) {
          const begin = performance.now();
          const one = await load({ url: target.url, body, role, seconds: SLICE, connections: 1, maxRequests: budget(1 / 4 / singleSlices) });
          a.single.seconds += (performance.now() - begin) / 1000;
          a.single.latencies.push(...one.latencies);
          a.single.sliceP50.push(percentile([...one.latencies].sort((x, y) => x - y), 50));
          a.single.ok += one.ok;
          a.single.errors += one.errors;
          a.firstError ??= one.firstError;
          continue;
        }
        const runGroups: ProcessGroup[] = [{ name: "gateway", pids: () => (target.pid ? processTree(target.pid) : []) }, ...groups.slice(1)];
        const rss = watchRss(target.pid);
        const before = sampleCpu(runGroups);
        const result = await load({ url: target.url, body, role, seconds: SLICE, maxRequests: budget(5 / 8 / slices) });
        const after = sampleCpu(runGroups);
        const memory = rss.stop();
        const open = connectionsTo(target.pid, subgraphPorts);
        if (open !== null) a.connections = Math.max(a.connections ?? 0, open);
        a.seconds += (after.at - before.at) / 1000;
        a.latencies.push(...result.latencies);
        a.ok += result.ok;
        a.errors += result.errors;
        a.firstError ??= result.firstError;
        for (const [name, spent] of Object.entries(cpuSpent(before, after))) a.cpu[name] = (a.cpu[name] ?? 0) + spent;
        a.cpu["load generator"] = (a.cpu["load generator"] ?? 0) + (after.self - before.self);
        a.busy += after.machine.busy - before.machine.busy;
        a.total += after.machine.total - before.machine.total;
        if (memory.peak !== null) a.rssPeak = Math.max(a.rssPeak ?? 0, memory.peak);
        if (memory.mean !== null) {
          a.rssSum += memory.mean;
          a.rssCount++;
        }
      }
    }
    for (const [index, target] of scenarioTargets.entries()) {
      const a = acc[index]!;
      a.latencies.sort((x, y) => x - y);
      a.single.latencies.sort((x, y) => x - y);
      const run: RunResult = {
        scenario: scenario.key,
        target: target.name,
        requests: a.latencies.length,
        ok: a.ok,
        errors: a.errors,
        firstError: a.firstError,
        seconds: a.seconds,
        rps: a.ok / a.seconds,
        p50: percentile(a.latencies, 50),
        p95: percentile(a.latencies, 95),
        p99: percentile(a.latencies, 99),
        mean: a.latencies.reduce((x, y) => x + y, 0) / (a.latencies.length || 1),
        rssPeak: a.rssPeak,
        rssMean: a.rssCount ? a.rssSum / a.rssCount : null,
        cpuPerRequest: Object.fromEntries(Object.entries(a.cpu).map(([name, spent]) => [name, a.ok ? spent / a.ok : NaN])),
        machineBusy: a.total ? a.busy / a.total : NaN,
        single: {
          rps: a.single.ok / (a.single.seconds || 1), p50: percentile(a.single.latencies, 50), p95: percentile(a.single.latencies, 95),
          p99: percentile(a.single.latencies, 99), errors: a.single.errors,
          p50Range: [Math.min(...a.single.sliceP50), Math.max(...a.single.sliceP50)],
        },
        subgraphConnections: a.connections,
      };
      if (target.pid === null) run.cpuPerRequest.gateway = NaN;
      runs.push(run);
      const cpu = run.cpuPerRequest;
      log(
        `${target.name.padEnd(20)} ${ms(run.rps, 0).padStart(6)} req/s  p50 ${ms(run.p50)} p95 ${ms(run.p95)} p99 ${ms(run.p99)} ms  ` +
          `errors ${run.errors}  RSS ${mb(run.rssPeak)}  CPU/req: gateway ${ms(cpu.gateway, 2)} subgraphs ${ms(cpu.subgraphs, 2)} ` +
          `postgres ${ms(cpu.postgres, 2)} load ${ms(cpu["load generator"], 2)} ms; machine ${Math.round(run.machineBusy * 100)}% busy`,
      );
      log(
        `${"".padEnd(20)} one connection: ${ms(run.single!.rps, 0).padStart(4)} req/s  p50 ${ms(run.single!.p50)} (slices ${ms(run.single!.p50Range[0])}–${ms(run.single!.p50Range[1])}) ` +
          `p95 ${ms(run.single!.p95)} p99 ${ms(run.single!.p99)} ms  errors ${run.single!.errors}; open connections to the subgraphs after load: ${run.subgraphConnections ?? "–"}`,
      );
      if (run.firstError) log(`  first error: ${run.firstError}`);
    }
  }

  if (drainedMs > 0) log(`\n(d) waited ${(drainedMs / 1000).toFixed(1)} s in all, between slices, for the handoff outboxes to drain`);

  // --- (d) complete handoffs, end to end ---------------------------------------------------------
  interface HandoffLoop { target: string; completed: number; failed: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number; deliveryP50: number; firstError: string | null }
  const handoffLoops: HandoffLoop[] = [];
  if (SCENARIOS.has("d") && support.accept && support.idempotencyKey) {
    section("(d) complete handoffs, end to end: refer → delivered to the centre (worker) → acceptHandoffAtMediationCenter");
    const loopTargets = [
      { name: "ours", refer: hub.gatewayUrl, centre: hub.gatewayUrl },
      { name: "hive", refer: hiveUrl, centre: hiveUrl },
      { name: "subgraphs directly", refer: hub.subgraphUrls["police-mediation"]!, centre: hub.subgraphUrls["mediation-center"]! },
    ];
    const slices = Math.max(1, Math.round(DURATION / SLICE));
    const perSlice = Math.floor((pool.length - poolCursor) / loopTargets.length / slices);
    const acc = loopTargets.map(() => ({ latencies: [] as number[], deliveries: [] as number[], failed: 0, firstError: null as string | null, seconds: 0 }));
    for (let round = 0; round < slices; round++) {
      for (let k = 0; k < loopTargets.length; k++) {
        const index = (round + k) % loopTargets.length;
        const target = loopTargets[index]!;
        const a = acc[index]!;
        const fail = (message: string) => {
          a.failed++;
          a.firstError ??= message;
        };
        drainedMs += await drainOutboxes(outboxClients);
        const begin = performance.now();
        const deadline = begin + SLICE * 1000;
        let taken = 0;
        await Promise.all(
          Array.from({ length: CONNECTIONS }, async () => {
            while (performance.now() < deadline && taken < perSlice) {
              taken++;
              const t0 = performance.now();
              const referred = await graphql(target.refer, referIncident(true), nextReferral(), "police");
              const handoffId = referred.data?.referIncidentToMediationCenter?.handoffs?.at(-1)?.id as string | undefined;
              if (referred.errors || !handoffId) {
                fail(`refer: ${referred.errors?.[0]?.message ?? "no handoff in the answer"}`);
                continue;
              }
              let delivered = false;
              const waitUntil = performance.now() + 30_000;
              while (performance.now() < waitUntil) {
                const state = await graphql(target.centre, HANDOFF_AT_CENTRE, { id: handoffId }, "centre");
                if (state.data?.handoff?.mediationCenterRecord?.status) {
                  delivered = true;
                  break;
                }
                await new Promise((r) => setTimeout(r, 20));
              }
              if (!delivered) {
                fail(`handoff ${handoffId} not delivered to the centre within 30 s`);
                continue;
              }
              a.deliveries.push(performance.now() - t0);
              const accepted = await graphql(target.centre, ACCEPT_AT_CENTRE, { id: handoffId }, "centre");
              if (accepted.errors || accepted.data?.acceptHandoffAtMediationCenter?.status !== "ACCEPTED") {
                fail(`accept: ${accepted.errors?.[0]?.message ?? JSON.stringify(accepted.data)}`);
                continue;
              }
              a.latencies.push(performance.now() - t0);
            }
          }),
        );
        a.seconds += (performance.now() - begin) / 1000;
      }
    }
    for (const [index, target] of loopTargets.entries()) {
      const a = acc[index]!;
      a.latencies.sort((x, y) => x - y);
      a.deliveries.sort((x, y) => x - y);
      const loop: HandoffLoop = {
        target: target.name, completed: a.latencies.length, failed: a.failed, seconds: a.seconds, perSecond: a.latencies.length / a.seconds,
        p50: percentile(a.latencies, 50), p95: percentile(a.latencies, 95), p99: percentile(a.latencies, 99), deliveryP50: percentile(a.deliveries, 50), firstError: a.firstError,
      };
      handoffLoops.push(loop);
      log(`${target.name.padEnd(18)} ${loop.completed} handoffs in ${loop.seconds.toFixed(1)} s = ${ms(loop.perSecond)} /s  end to end p50 ${ms(loop.p50, 0)} p95 ${ms(loop.p95, 0)} p99 ${ms(loop.p99, 0)} ms (delivered p50 ${ms(loop.deliveryP50, 0)} ms)  failed ${loop.failed}`);
      if (loop.firstError) log(`  first failure: ${loop.firstError}`);
    }
  } else if (SCENARIOS.has("d")) {
    log(`\n(d) complete handoffs skipped: the supergraph has ${support.idempotencyKey ? "" : "no idempotencyKey on referIncidentToMediationCenter, "}${support.accept ? "" : "no acceptHandoffAtMediationCenter / PoliceIncident.handoffs"}`);
  }

  for (const client of outboxClients) await client.end().catch(() => {});

  // --- SQL statements per GraphQL request --------------------------------------------------------
  section("SQL statements per GraphQL request (sum over the gateway's fan-out; our gateway behind counting proxies)");
  const proxies = await startCountingProxies(hub.subgraphUrls);
  const diagPort = await freePort();
  const diagEnv: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: String(diagPort) };
  for (const s of SUBGRAPHS) diagEnv[`${s.name.toUpperCase().replace(/-/g, "_")}_URL`] = proxies.urls[s.name];
  const diag = await startProcess("gateway (counting)", ["--import", "tsx", "gateway/src/index.ts"], diagEnv, ROOT, /ready at/);
  const diagUrl = `http://127.0.0.1:${diagPort}/graphql`;
  interface SqlCount { scenario: string; variant: string; statements: number; fetches: number; bySubgraph: string; rows: number; error: string | null }
  const sqlCounts: SqlCount[] = [];
  const countOne = async (scenario: string, variant: string, query: string, variables: Record<string, unknown>, rowsOf: (data: any) => number, repeat = true) => {
    let count: FanOutCount | undefined;
    let answer: GraphQLResponse | undefined;
    for (let i = 0; i < (repeat ? 2 : 1); i++) {
      proxies.reset();
      answer = await graphql(diagUrl, query, variables, scenario === "d" ? "police" : "reader");
      count = proxies.count();
    }
    const entry: SqlCount = {
      scenario, variant, statements: count!.statements, fetches: count!.fetches,
      bySubgraph: Object.entries(count!.bySubgraph).map(([name, c]) => `${name} ${c.statements}`).join(", "),
      rows: answer?.data ? rowsOf(answer.data) : 0,
      error: answer?.errors?.[0]?.message ?? (count!.uncounted ? `${count!.uncounted} subgraph answers without sqlStatements` : null),
    };
    sqlCounts.push(entry);
    log(`(${scenario}) ${variant.padEnd(34)} ${String(entry.statements).padStart(3)} statements in ${entry.fetches} subgraph requests (${entry.bySubgraph})${entry.error ? `  ERROR ${entry.error}` : ""}`);
  };
  const countParties = (data: any) => (data.disputes.edges as any[]).reduce((n, e) => n + e.node.parties.length, 0);
  if (SCENARIOS.has("a")) {
    await countOne("a", "one party (the scenario)", PARTY_HISTORY, { idNumber: samples.multiChannelPeople[0] }, () => 1);
    for (const first of [10, 100]) await countOne("a", `parties of ${first} disputes`, PARTY_HISTORY_PAGE, { first }, countParties);
  }
  if (SCENARIOS.has("b")) {
    // The scenario's search widened to two years of one city, so that a page of 100 is full.
    const city = searches[0]!.division.slice(0, 4);
    const wide: SearchSample = { division: city, disputeType: searches[0]!.disputeType, openedFrom: new Date(Date.now() - 800 * 24 * 3600 * 1000), openedBefore: new Date() };
    for (const first of [10, 20, 100]) {
      await countOne("b", `search page of ${first} (${city}, ${wide.disputeType}, 2 years)`, SEARCH_PAGE, searchVariables(wide, first), (d) => d.searchCases.edges.length);
    }
  }
  if (SCENARIOS.has("c")) {
    await countOne("c", "one referral (the scenario)", CASE_DETAIL, { id: samples.referralsWithPetitions[0] }, () => 1);
    for (const first of [10, 100]) await countOne("c", `detail of ${first} referrals`, CASE_DETAIL_PAGE, { first }, (d) => d.courtReferrals.edges.length);
  }
  if (SCENARIOS.has("d") && poolCursor < pool.length) {
    await countOne("d", "refer one incident (creates the handoff)", referIncident(support.idempotencyKey), nextReferral(), () => 1, false);
  }
  await stopProcess(diag);
  await proxies.close();

  // --- CPU profiles ---------------------------------------------------------------------------------
  const profiles: Record<string, ProfileSummary & { requests: number }> = {};
  if (opts.profile && SCENARIOS.has("a")) {
    section("CPU profiles under scenario (a): V8 sampling profiler over the measured window, self time");
    const scenario = scenarios.find((s) => s.key === "a")!;
    const body = () => JSON.stringify({ query: scenario.query, variables: scenario.variables() });
    const profileTargets = [
      { name: "ours", start: async (inspect: number) => {
        const port = await freePort();
        const env: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: String(port) };
        for (const s of SUBGRAPHS) env[`${s.name.toUpperCase().replace(/-/g, "_")}_URL`] = hub!.subgraphUrls[s.name];
        const child = await startProcess("gateway (profiled)", [`--inspect=127.0.0.1:${inspect}`, "--import", "tsx", "gateway/src/index.ts"], env, ROOT, /ready at/);
        return { child, url: `http://127.0.0.1:${port}/graphql` };
      } },
      { name: "hive", start: async (inspect: number) => {
        const port = await freePort();
        const child = await startHive([`--inspect=127.0.0.1:${inspect}`], port);
        return { child, url: `http://127.0.0.1:${port}/graphql` };
      } },
    ];
    for (const target of profileTargets) {
      const inspect = await freePort();
      const { child, url } = await target.start(inspect);
      try {
        if (WARMUP > 0) await load({ url, body, seconds: WARMUP });
        const profiler = await startRemoteProfile(inspect);
        const { ok } = await load({ url, body, seconds: DURATION });
        const summary = summariseProfile(await profiler.stop());
        profiles[target.name] = { ...summary, requests: ok };
        log(`${target.name}: ${ok} requests sampled; share of the busy samples by package (self time):`);
        for (const p of summary.packages) log(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}`);
        log(`  top functions:`);
        for (const f of summary.functions.slice(0, 10)) log(`    ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  (${f.where})`);
      } catch (error) {
        log(`${target.name}: no profile (${(error as Error).message})`);
      } finally {
        await stopProcess(child);
      }
    }
  }

  // --- report -----------------------------------------------------------------------------------------
  machine.loadAtEnd = loadavg().map((l) => Math.round(l * 10) / 10);
  const report = renderReport({ machine, command, data, searchDb, consoleLoad, runs, handoffLoops, sqlCounts, sameAnswers, profiles, hiveVersion, connections: CONNECTIONS, scenarios: scenarios.map((s) => ({ key: s.key, title: s.title })) });
  section("Results");
  log(report.table);
  const resultsDir = path.join(ROOT, "bench/results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify({ machine, command, cases: data.cases, totalCases: data.totalCases, load: { rows: data.totalRows, seconds: data.seconds, rowsPerSecond: data.rowsPerSecond }, index: data.index, searchDb, consoleLoad, runs, handoffLoops, sqlCounts, sameAnswers, profiles }, null, 2));
  writeFileSync(path.join(resultsDir, "latest.md"), report.markdown);
  log(`\nwritten: bench/results/latest.json, bench/results/latest.md`);
  if (opts.record) {
    const file = path.join(ROOT, "BENCHMARKS.md");
    const start = "<!-- bench:results:start -->";
    const end = "<!-- bench:results:end -->";
    const block = `${start}\n${report.markdown}\n${end}`;
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    const next = current.includes(start) && current.includes(end) ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block) : `${current}\n${block}\n`;
    writeFileSync(file, next);
    log("recorded in BENCHMARKS.md");
  }
}

// ---------------------------------------------------------------------------------------------

interface ReportInput {
  machine: { nproc: number; cpu: string; memoryGb: number; node: string; platform: string; date: string; loadAtStart: number[]; loadAtEnd: number[] };
  command: string;
  data: GenerateResult;
  searchDb: SearchDbResult | null;
  consoleLoad: ConsoleLoadResult | null;
  runs: RunResult[];
  handoffLoops: { target: string; completed: number; failed: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number; deliveryP50: number; firstError: string | null }[];
  sqlCounts: { scenario: string; variant: string; statements: number; fetches: number; bySubgraph: string; rows: number; error: string | null }[];
  sameAnswers: Record<string, string>;
  profiles: Record<string, ProfileSummary & { requests: number }>;
  hiveVersion: string;
  connections: number;
  scenarios: { key: string; title: string }[];
}

function renderReport(input: ReportInput): { table: string; markdown: string } {
  const { runs } = input;
  const find = (scenario: string, target: string) => runs.find((r) => r.scenario === scenario && r.target === target);
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : "–");
  const rows = runs.map((r) => [
    r.scenario, r.target, ms(r.rps, 0), ms(r.p50), ms(r.p95), ms(r.p99), String(r.errors + (r.single?.errors ?? 0)),
    `${ms(r.single?.p50)} (${ms(r.single?.p50Range[0], 0)}–${ms(r.single?.p50Range[1], 0)})`, ms(r.single?.p99), mb(r.rssPeak),
    ms(r.cpuPerRequest.gateway, 2), ms(r.cpuPerRequest.subgraphs, 2), ms(r.cpuPerRequest.postgres, 2), `${Math.round(r.machineBusy * 100)}%`,
  ]);
  const header = ["scenario", "target", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "1-conn p50 (slices)", "1-conn p99", "RSS peak", "gw CPU ms/req", "subgraphs CPU ms/req", "pg CPU ms/req", "machine busy"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const comparisons = input.scenarios.map(({ key }) => {
    const ours = find(key, "ours");
    const hive = find(key, "hive");
    const floor = find(key, "floor");
    const plan = find(key, "floor (plan-shaped)");
    const direct = find(key, "subgraph directly");
    return {
      key,
      oursHive: ratio(ours?.rps, hive?.rps),
      oursFloor: ratio(ours?.rps, floor?.rps),
      overhead: ours && floor ? ours.p50 - floor.p50 : NaN,
      overheadHive: hive && floor ? hive.p50 - floor.p50 : NaN,
      single: ours?.single && floor?.single ? ours.single.p50 - floor.single.p50 : NaN,
      singleHive: hive?.single && floor?.single ? hive.single.p50 - floor.single.p50 : NaN,
      singlePlan: ours?.single && plan?.single ? ours.single.p50 - plan.single.p50 : NaN,
      singleDirect: ours?.single && direct?.single ? ours.single.p50 - direct.single.p50 : NaN,
      gwCpu: ours && hive ? `${ms(ours.cpuPerRequest.gateway, 2)} vs ${ms(hive.cpuPerRequest.gateway, 2)}` : "–",
    };
  });
  const compLines = comparisons.map(
    (c) =>
      `(${c.key}) throughput ours/Hive ${c.oursHive}, ours/floor ${c.oursFloor}; one-connection p50 overhead over the floor: ours ${ms(c.single)} ms, Hive ${ms(c.singleHive)} ms` +
      (Number.isFinite(c.singlePlan) ? ` (ours over the plan-shaped floor ${ms(c.singlePlan)} ms)` : "") +
      (Number.isFinite(c.singleDirect) ? ` (ours over calling the subgraph directly ${ms(c.singleDirect)} ms)` : "") +
      `; under load: ours ${ms(c.overhead)} ms, Hive ${ms(c.overheadHive)} ms; gateway CPU per request ours vs Hive ${c.gwCpu} ms`,
  );
  const candidateLines: string[] = [];
  for (const { key } of input.scenarios) {
    const ours = find(key, "ours");
    const hive = find(key, "hive");
    for (const r of runs.filter((x) => x.scenario === key && !["ours", "hive", "floor", "floor (plan-shaped)", "subgraph directly"].includes(x.target))) {
      candidateLines.push(
        `(${key}) ${r.target}: req/s ${ratio(r.rps, ours?.rps)} of ours, ${ratio(r.rps, hive?.rps)} of Hive; gateway CPU ${ms(r.cpuPerRequest.gateway, 2)} ms/req (ours ${ms(ours?.cpuPerRequest.gateway, 2)}); ` +
          `1-conn p50 ${ms(r.single?.p50)} ms (ours ${ms(ours?.single?.p50)})`,
      );
    }
  }
  const table = [line(header), line(header.map((_, i) => "-".repeat(widths[i]!))), ...rows.map(line), "", ...compLines, ...(candidateLines.length ? ["", ...candidateLines] : [])].join("\n");

  const md: string[] = [];
  const { machine, data } = input;
  md.push(`### Run of ${machine.date.slice(0, 10)}`, "");
  md.push(`- Command: \`${input.command}\``);
  md.push(`- Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB RAM, ${machine.platform}, Node ${machine.node}; load average (1, 5, 15 min) ${machine.loadAtStart.join(" ")} at the start and ${machine.loadAtEnd.join(" ")} at the end: the machine is shared with other jobs, so compare the targets within this run, not across runs.`);
  md.push(`- Date: ${machine.date}`);
  md.push(`- Gateways: ours = @apollo/gateway on Apollo Server 5 / Express 5 (gateway/src/server.ts); Hive Gateway ${input.hiveVersion}, one process (--fork 1), default settings, same supergraph file with the subgraph URLs replaced; floor = bench/floor.ts calling the subgraphs with keep-alive fetch.`);
  md.push(`- Data: ${data.totalCases.toLocaleString("en")} cases (${Object.entries(data.cases).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}), ${data.people.toLocaleString("en")} people, ${data.organisations.toLocaleString("en")} organisations; loaded ${data.totalRows.toLocaleString("en")} rows in ${data.seconds.toFixed(1)} s (${Math.round(data.rowsPerSecond).toLocaleString("en")} rows/s).`);
  if (data.index) {
    const i = data.index;
    md.push(
      `- Case index rebuilt after the load (scripts/lib/reindex.ts, the loader's triggers off): ${i.cases.toLocaleString("en")} cases, ${i.handoffs.toLocaleString("en")} handoffs ` +
        `and ${i.events.toLocaleString("en")} timeline entries in ${i.seconds.toFixed(1)} s: ${Math.round(i.casesPerSecond).toLocaleString("en")} cases/s, ` +
        `${Math.round(i.rowsPerSecond).toLocaleString("en")} index rows/s; then VACUUM ANALYZE of the index tables in ${i.vacuumSeconds.toFixed(1)} s.`,
    );
  }
  md.push(`- Same answers: ${Object.entries(input.sameAnswers).map(([k, v]) => `(${k}) ${v}`).join("; ") || "–"}`);
  md.push("");
  if (input.searchDb) md.push(renderSearchDb(input.searchDb));
  if (input.consoleLoad) md.push("The console's first load (issue 10's budget: the search page's JavaScript ≤ 500 KB gzipped):", "", ...renderConsoleLoad(input.consoleLoad), "");
  md.push(`Under load (${input.connections} connections; latency includes queueing) and one request at a time (1-conn):`, "");
  md.push("| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors | 1-conn p50 ms (range of the slices' p50) | 1-conn p99 ms | gateway RSS peak | gateway CPU ms/req | subgraphs CPU ms/req | PostgreSQL CPU ms/req | machine busy |");
  md.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const r of rows) md.push(`| ${r.join(" | ")} |`);
  md.push("");
  md.push("| scenario | ours/Hive req/s | ours/floor req/s | 1-conn p50 overhead over the floor: ours | Hive | p50 overhead under load: ours | Hive | gateway CPU ms/req ours vs Hive |");
  md.push("|---|--:|--:|--:|--:|--:|--:|--:|");
  for (const c of comparisons) {
    const extra = Number.isFinite(c.singlePlan) ? ` (${ms(c.singlePlan)} ms over the plan-shaped floor)` : Number.isFinite(c.singleDirect) ? ` (${ms(c.singleDirect)} ms over calling the subgraph directly)` : "";
    md.push(`| ${c.key} | ${c.oursHive} | ${c.oursFloor} | ${ms(c.single)} ms${extra} | ${ms(c.singleHive)} ms | ${ms(c.overhead)} ms | ${ms(c.overheadHive)} ms | ${c.gwCpu} |`);
  }
  md.push("");
  if (candidateLines.length) {
    md.push("Candidate changes, measured as extra targets in the same slices:", "");
    for (const l of candidateLines) md.push(`- ${l}`);
    md.push("");
  }
  if (input.handoffLoops.length) {
    md.push("Complete handoffs (d), end to end (refer → delivered to the centre by the worker → accepted), a bounded loop with the same concurrency:", "");
    md.push("| target | handoffs/s | p50 ms | p95 ms | p99 ms | delivered p50 ms | failed |");
    md.push("|---|--:|--:|--:|--:|--:|--:|");
    for (const l of input.handoffLoops) md.push(`| ${l.target} | ${ms(l.perSecond)} | ${ms(l.p50, 0)} | ${ms(l.p95, 0)} | ${ms(l.p99, 0)} | ${ms(l.deliveryP50, 0)} | ${l.failed} |`);
    md.push("");
  }
  if (input.sqlCounts.length) {
    md.push("SQL statements per GraphQL request (summed over every subgraph request of the gateway's plan):", "");
    md.push("| scenario | request | rows | statements | subgraph requests | per subgraph |");
    md.push("|---|---|--:|--:|--:|---|");
    for (const s of input.sqlCounts) md.push(`| ${s.scenario} | ${s.variant} | ${s.rows} | ${s.statements}${s.error ? ` (error: ${s.error})` : ""} | ${s.fetches} | ${s.bySubgraph} |`);
    md.push("");
  }
  for (const [name, p] of Object.entries(input.profiles)) {
    md.push(`CPU profile of ${name} under (a) (${p.requests} requests sampled), share of busy samples by package (self time): ${p.packages.map((x) => `${x.name} ${(x.share * 100).toFixed(0)}%`).join(", ")}.`, "");
    md.push(`Top functions: ${p.functions.slice(0, 8).map((f) => `${f.name} (${f.where}) ${(f.share * 100).toFixed(1)}%`).join("; ")}.`, "");
  }
  return { table, markdown: md.join("\n") };
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanup();
    process.exit(1);
  });
