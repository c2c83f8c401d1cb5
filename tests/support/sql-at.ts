import pg from "pg";

// Apart from db.ts, which reads vitest's injected URLs: the browser tests (Playwright) use it too.

/** Runs SQL on one connection to the database at `url`. */
export async function sqlAt<T extends pg.QueryResultRow = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
