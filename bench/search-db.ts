/**
 * Search latency at the database (issue 4, part 6): the mediation centre's case index queried
 * directly, one query at a time, with the SQL the searchCases resolver runs (searchPage and
 * countMatches of subgraphs/mediation-center/src/case-index/search.ts on a MikroORM
 * EntityManager), for random parameter sets drawn from the indexed cases:
 *
 *   (i)   division + dispute type + 30-day opening window, first page of 20, NEWEST
 *   (ii)  partial party name, first page of 20: one character (a common surname), two characters
 *         (a given name), three characters (a full name)
 *   (iii) a broad search (one city, every type and date) followed by endCursor for 50 pages:
 *         the first page against the 50th (keyset cursors, never OFFSET)
 *   (iv)  totalCount of (i)
 *
 * p50/p95/max in ms per kind, and the top of EXPLAIN (ANALYZE, BUFFERS) of one example per kind.
 * Called by bench/run.ts after the data step; standalone against an existing bench database:
 *
 *   tsx bench/search-db.ts [--runs 300] --suffix _bench_1a2b3c4d     # databases `npm run bench -- --keep` left
 *   tsx bench/search-db.ts [--runs 300] --database postgres://…/<the centre's database>
 *
 * With --suffix it uses DATABASE_URL's server or else starts the bench's embedded one
 * (.data/postgres-bench); with neither option it finds the centre's database as the subgraph does
 * (MEDIATION_CENTER_DATABASE_URL, or DATABASE_URL + HUB_DATABASE_SUFFIX).
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { databaseUrlOf } from "@hub/kit";
import { mediationCenter } from "@hub/mediation-center";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import pg from "pg";
import { CaseSortOrder, countMatches, searchPage, type CaseQuery } from "../subgraphs/mediation-center/src/case-index/search.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/postgres.ts";
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from "./lib/domain-data.ts";

const DAY = 24 * 60 * 60 * 1000;
const PAGE = 20;
const DEEP_PAGES = 50;
/** The issue's target for (i) and (ii) at 1,000,000 cases. */
export const TARGET_P95_MS = 50;

/** One (i) search: what a joint meeting asks for "this type of dispute in this district this month". */
export interface SearchSample {
  /** A county (6 digits) or a city (4 digits). */
  division: string;
  disputeType: string;
  openedFrom: Date;
  openedBefore: Date;
}

export interface SearchKindResult {
  key: string;
  title: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** Mean rows per page, or mean count for totalCount. */
  meanRows: number;
  /** Whether the issue's p95 target applies to this kind. */
  targeted: boolean;
  /** Top lines of EXPLAIN (ANALYZE, BUFFERS) for one example. */
  plan: string[];
  /** The example's parameters, for the reader. */
  example: string;
}

export interface SearchDbResult {
  indexedCases: number;
  runs: number;
  seconds: number;
  kinds: SearchKindResult[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

/**
 * Random (i) parameter sets, weighted like the data: each anchored on a random indexed case
 * (a random uuid, the next case_id), its county or its city, its type and a 30-day window around
 * its opening, so a search has at least one result and most have a page or more.
 */
export async function sampleSearches(url: string, n: number): Promise<SearchSample[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ division_code: string; dispute_type: string; opened_at: Date }>(
      `select c.division_code, c.dispute_type, c.opened_at
       from (select gen_random_uuid() as u from generate_series(1, $1::int)) r
       cross join lateral (
         select division_code, dispute_type, opened_at from indexed_case
         where case_id >= r.u and dispute_type is not null order by case_id limit 1
       ) c`,
      [n],
    );
    return rows.map((r) => {
      const openedFrom = new Date(new Date(r.opened_at).getTime() - Math.random() * 30 * DAY);
      return {
        division: Math.random() < 0.5 ? r.division_code : r.division_code.slice(0, 4),
        disputeType: r.dispute_type,
        openedFrom,
        openedBefore: new Date(openedFrom.getTime() + 30 * DAY),
      };
    });
  } finally {
    await client.end();
  }
}

export const queryOf = (s: SearchSample): CaseQuery => ({
  divisionPrefix: s.division, disputeTypes: [s.disputeType], openedFrom: s.openedFrom, openedBefore: s.openedBefore,
});

/** Full names (three characters) of people in random indexed cases. */
async function sampleFullNames(em: EntityManager, n: number): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select p->>'name' as name
     from (select gen_random_uuid() as u from generate_series(1, ?)) r
     cross join lateral (select parties from indexed_case where case_id >= r.u order by case_id limit 1) c
     cross join lateral jsonb_array_elements(c.parties) p
     where p->>'kind' = 'PERSON' and char_length(p->>'name') = 3`,
    [n * 3],
  );
  return rows.map((r) => r.name).slice(0, n);
}

/** An EntityManager stand-in that runs the statement under EXPLAIN and keeps the plan. */
function explaining(em: EntityManager): { em: EntityManager; plan: () => string[] } {
  let lines: string[] = [];
  const stand = {
    execute: async (sql: string, params: unknown[]) => {
      const rows = await em.execute<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${sql}`, params);
      lines = rows.map((r) => r["QUERY PLAN"]);
      return [];
    },
  };
  return { em: stand as unknown as EntityManager, plan: () => lines };
}

/** The top of a plan: the nodes, without the per-node buffer and timing detail lines below the first few. */
function topLines(plan: string[], max = 18): string[] {
  const nodes = plan.filter((l, i) => i === 0 || /->|InitPlan|SubPlan/.test(l) || /^\s+(Index Cond|Recheck Cond|Filter|Rows Removed|Sort Key|Sort Method|Heap Blocks|Buffers)/.test(l));
  const tail = plan.filter((l) => /^(Planning|Execution) Time/.test(l));
  return [...nodes.slice(0, max), ...tail];
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const begin = performance.now();
  const value = await fn();
  return { ms: performance.now() - begin, value };
}

export async function searchAtDatabase(
  url: string,
  options: { runs?: number; log?: (line: string) => void } = {},
): Promise<SearchDbResult> {
  const runs = options.runs ?? 300;
  const log = options.log ?? console.log;
  const started = performance.now();
  const orm: MikroORM = await mediationCenter.createOrm(url);
  try {
    const em = orm.em.fork() as EntityManager;
    const indexedCases = Number((await em.execute<{ n: string }[]>("select count(*) as n from indexed_case"))[0]!.n);
    if (indexedCases === 0) throw new Error("the case index is empty: load and index the data first (bench/generate.ts does both)");
    const kinds: SearchKindResult[] = [];

    /** Runs `query` for every parameter set (after a short warm-up), then EXPLAINs the first. */
    const measure = async <P>(
      key: string, title: string, targeted: boolean, params: P[], query: (em: EntityManager, p: P) => Promise<number>, describe: (p: P) => string,
    ) => {
      for (const p of params.slice(0, 10)) await query(em, p);
      const times: number[] = [];
      let rows = 0;
      for (const p of params) {
        const { ms, value } = await time(() => query(em, p));
        times.push(ms);
        rows += value;
      }
      times.sort((a, b) => a - b);
      const explain = explaining(em);
      await query(explain.em, params[0]!);
      const result: SearchKindResult = {
        key, title, runs: params.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!,
        meanRows: rows / params.length, targeted, plan: topLines(explain.plan()), example: describe(params[0]!),
      };
      kinds.push(result);
      log(`${`(${key})`.padEnd(8)} ${title.padEnd(58)} p50 ${result.p50.toFixed(1).padStart(6)}  p95 ${result.p95.toFixed(1).padStart(6)}  max ${result.max.toFixed(1).padStart(7)} ms  (${params.length} runs, ${result.meanRows.toFixed(1)} ${key === "iv" ? "counted" : "rows"} on average)${targeted ? (result.p95 < TARGET_P95_MS ? "" : `  MISSES p95 < ${TARGET_P95_MS} ms`) : ""}`);
    };
    const firstPage = (query: CaseQuery) => async (m: EntityManager) => (await searchPage(m, query, CaseSortOrder.NEWEST, PAGE, null)).rows.length;
    const show = (s: SearchSample) => `division ${s.division}, ${s.disputeType}, opened ${s.openedFrom.toISOString().slice(0, 10)} to ${s.openedBefore.toISOString().slice(0, 10)}`;

    // (i) division + dispute type + 30 days
    const searches = await sampleSearches(url, runs + 10);
    await measure("i", "division + dispute type + 30 days, first 20, NEWEST", true, searches, (m, s) => firstPage(queryOf(s))(m), show);

    // (ii) partial names
    const surnames = SURNAMES.slice(0, 20);
    const givenNames = [...GIVEN_MALE, ...GIVEN_FEMALE].filter((n) => [...n].length === 2);
    const fullNames = await sampleFullNames(em, runs + 10);
    const names = (list: readonly string[]) => Array.from({ length: runs + 10 }, () => pick(list));
    const byName = (m: EntityManager, name: string) => firstPage({ partyName: name })(m);
    await measure("ii-1", "name, 1 character (a common surname), first 20", true, names(surnames), byName, (n) => `partyName ${n}`);
    await measure("ii-2", "name, 2 characters (a given name), first 20", true, names(givenNames), byName, (n) => `partyName ${n}`);
    await measure("ii-3", "name, 3 characters (a full name), first 20", true, fullNames.length ? names(fullNames) : names(["王建国"]), byName, (n) => `partyName ${n}`);

    // (iii) one city, every type and date: page 1 against page 50, following endCursor
    const cities = [...new Set(searches.map((s) => s.division.slice(0, 4)))];
    const walks = Math.max(5, Math.round(runs / 10));
    const firstTimes: number[] = [];
    const deepTimes: number[] = [];
    let deepRows = 0;
    let deepExample: { query: CaseQuery; cursor: string } | null = null;
    for (let w = 0; w < walks + 2; w++) {
      const query: CaseQuery = { divisionPrefix: pick(cities) };
      let cursor: string | null = null;
      for (let page = 1; page <= DEEP_PAGES; page++) {
        const { ms, value } = await time(() => searchPage(em, query, CaseSortOrder.NEWEST, PAGE, cursor));
        if (w >= 2 && page === 1) firstTimes.push(ms);
        if (w >= 2 && page === DEEP_PAGES) {
          deepTimes.push(ms);
          deepRows += value.rows.length;
          deepExample ??= { query, cursor: cursor! };
        }
        if (!value.hasNextPage) break;
        cursor = value.cursorOf(value.rows.at(-1)!);
      }
    }
    for (const [key, title, times] of [["iii-1", "a city, every type and date: page 1", firstTimes], [`iii-${DEEP_PAGES}`, `the same search: page ${DEEP_PAGES} (keyset cursor)`, deepTimes]] as const) {
      const sorted = [...times].sort((a, b) => a - b);
      const explain = explaining(em);
      if (deepExample) await searchPage(explain.em, deepExample.query, CaseSortOrder.NEWEST, PAGE, key === "iii-1" ? null : deepExample.cursor);
      const result: SearchKindResult = {
        key, title, runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN,
        meanRows: key === "iii-1" ? PAGE : deepRows / Math.max(1, deepTimes.length), targeted: false, plan: topLines(explain.plan()),
        example: deepExample ? `division ${deepExample.query.divisionPrefix}` : "–",
      };
      kinds.push(result);
      log(`${`(${key})`.padEnd(8)} ${title.padEnd(58)} p50 ${result.p50.toFixed(1).padStart(6)}  p95 ${result.p95.toFixed(1).padStart(6)}  max ${result.max.toFixed(1).padStart(7)} ms  (${sorted.length} walks of ${DEEP_PAGES} pages)`);
    }

    // (iv) totalCount of (i)
    await measure("iv", "totalCount of (i)", false, searches, (m, s) => countMatches(m, queryOf(s)), show);

    return { indexedCases, runs, seconds: (performance.now() - started) / 1000, kinds };
  } finally {
    await orm.close();
  }
}

export function printPlans(result: SearchDbResult, log: (line: string) => void = console.log): void {
  for (const kind of result.kinds) {
    log(`\n(${kind.key}) ${kind.title}: EXPLAIN (ANALYZE, BUFFERS) of ${kind.example}`);
    for (const line of kind.plan) log(`    ${line}`);
  }
}

/** Markdown for BENCHMARKS.md. */
export function renderSearchDb(result: SearchDbResult): string {
  const md: string[] = [];
  md.push(
    `Search at the database (bench/search-db.ts): ${result.indexedCases.toLocaleString("en")} rows in the case index, the resolver's SQL (searchPage, countMatches) ` +
      `on one connection, ${result.runs} random parameter sets per kind (after 10 unmeasured), time from the call to the rows in Node. Target: p95 < ${TARGET_P95_MS} ms for (i) and (ii).`,
    "",
  );
  md.push("| kind | query | runs | p50 ms | p95 ms | max ms | rows (count for iv) | target |");
  md.push("|---|---|--:|--:|--:|--:|--:|---|");
  for (const k of result.kinds) {
    md.push(`| ${k.key} | ${k.title} | ${k.runs} | ${k.p50.toFixed(1)} | ${k.p95.toFixed(1)} | ${k.max.toFixed(1)} | ${k.meanRows.toFixed(1)} | ${k.targeted ? (k.p95 < TARGET_P95_MS ? "met" : "**missed**") : "–"} |`);
  }
  md.push("");
  md.push("<details><summary>EXPLAIN (ANALYZE, BUFFERS) of one example per kind (top lines)</summary>", "");
  for (const k of result.kinds) {
    md.push(`(${k.key}) ${k.example}:`, "", "```", ...k.plan, "```", "");
  }
  md.push("</details>", "");
  return md.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "300" }, database: { type: "string" }, suffix: { type: "string" } } });
  let embedded: RunningPostgres | undefined;
  const main = async () => {
    let url = values.database;
    if (!url && values.suffix !== undefined) {
      // A database `npm run bench -- --keep` left: on DATABASE_URL's server, or in the bench's embedded one (started for this run).
      let server = process.env.DATABASE_URL;
      if (!server) {
        embedded = await startEmbeddedPostgres(fileURLToPath(new URL("../.data/postgres-bench", import.meta.url)), Number(process.env.HUB_BENCH_PG_PORT ?? 54349));
        server = embedded.url;
      }
      url = databaseUrlOf("mediation-center", { DATABASE_URL: server, HUB_DATABASE_SUFFIX: values.suffix });
    }
    url ??= databaseUrlOf("mediation-center");
    console.log(`search at the database: ${new URL(url).pathname.slice(1)} on ${new URL(url).host}`);
    const result = await searchAtDatabase(url, { runs: Number(values.runs) });
    printPlans(result);
    console.log(`\n${renderSearchDb(result)}`);
  };
  main()
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => embedded?.stop());
}
