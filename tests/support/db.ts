import pg from "pg";
import { inject } from "vitest";
import { sqlAt } from "./sql-at.ts";

/** Runs SQL against one subgraph's own database, for asserting what was (not) written. */
export async function sql<T extends pg.QueryResultRow = any>(subgraph: string, text: string, params: unknown[] = []): Promise<T[]> {
  const url = inject("databaseUrls")[subgraph];
  if (!url) throw new Error(`no database for subgraph ${subgraph}`);
  return sqlAt<T>(url, text, params);
}

/** Row count of a table in a subgraph's database. */
export async function countRows(subgraph: string, table: string): Promise<number> {
  const rows = await sql<{ n: string }>(subgraph, `select count(*) as n from "${table}"`);
  return Number(rows[0]!.n);
}
