/**
 * Batched bulk insert into one subgraph's database: rows are buffered per table and written
 * with one `insert … select * from unnest($1::type[], $2::type[], …)` per batch, so a batch
 * of thousands of rows is one statement with one parameter per column.
 */
import pg from "pg";

export interface Column {
  name: string;
  /** PostgreSQL element type of the column, e.g. uuid, text, timestamptz, numeric, bool, int4. */
  type: string;
  /** Cast applied to the value before it is stored, e.g. text[] for an array column sent as its text form. */
  cast?: string;
}

class TableBuffer {
  readonly columns: Column[];
  private data: unknown[][];
  length = 0;
  written = 0;

  constructor(
    readonly name: string,
    columns: Column[],
  ) {
    this.columns = columns;
    this.data = columns.map(() => []);
  }

  push(row: unknown[]): void {
    if (row.length !== this.columns.length) throw new Error(`${this.name}: ${row.length} values for ${this.columns.length} columns`);
    for (let i = 0; i < row.length; i++) this.data[i]!.push(row[i]);
    this.length++;
  }

  take(): unknown[][] {
    const data = this.data;
    this.data = this.columns.map(() => []);
    this.written += this.length;
    this.length = 0;
    return data;
  }

  sql(): string {
    const names = this.columns.map((c) => `"${c.name}"`).join(", ");
    const arrays = this.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    const aliases = this.columns.map((_, i) => `c${i}`);
    const values = this.columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(", ");
    return `insert into "${this.name}" (${names}) select ${values} from unnest(${arrays}) as u(${aliases.join(", ")})`;
  }
}

/**
 * One database: tables are flushed in the order they were declared (parents before children,
 * for the foreign keys), one batch at a time per database, while other databases load in parallel.
 */
export class DatabaseLoader {
  private readonly tables = new Map<string, TableBuffer>();
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private failure: unknown = null;
  readonly client: pg.Client;
  rowsWritten = 0;

  constructor(
    readonly name: string,
    url: string,
    private readonly batchRows: number,
    private readonly onRows: (rows: number) => void,
  ) {
    this.client = new pg.Client({ connectionString: url });
  }

  async connect(): Promise<void> {
    await this.client.connect();
    // Bulk load: do not wait for the WAL flush of every batch; a crash only loses the benchmark data.
    await this.client.query("set synchronous_commit = off");
    // No triggers in this session: each status_change row would otherwise queue a case-index
    // publish job (millions for a large load); the generator rebuilds the index once afterwards.
    // Needs a superuser (the bench connects as postgres); foreign keys are not checked either,
    // but the generator writes parents before children anyway.
    try {
      await this.client.query("set session_replication_role = replica");
    } catch (error) {
      throw new Error(`${this.name}: cannot turn triggers off for the bulk load (${(error as Error).message}); connect as a superuser`);
    }
  }

  table(name: string, columns: Column[]): void {
    this.tables.set(name, new TableBuffer(name, columns));
  }

  add(table: string, row: unknown[]): void {
    const buffer = this.tables.get(table);
    if (!buffer) throw new Error(`${this.name}: unknown table ${table}`);
    buffer.push(row);
    if (buffer.length >= this.batchRows) this.flush();
  }

  /** Queues every buffered row for writing; returns at once. */
  flush(): void {
    if (this.failure) throw this.failure;
    const batches: { sql: string; values: unknown[][]; rows: number }[] = [];
    for (const buffer of this.tables.values()) {
      if (buffer.length === 0) continue;
      const rows = buffer.length;
      batches.push({ sql: buffer.sql(), values: buffer.take(), rows });
    }
    if (batches.length === 0) return;
    this.pending++;
    this.chain = this.chain.then(async () => {
      try {
        for (const batch of batches) {
          await this.client.query(batch.sql, batch.values);
          this.rowsWritten += batch.rows;
          this.onRows(batch.rows);
        }
      } catch (error) {
        this.failure ??= error;
      } finally {
        this.pending--;
      }
    });
  }

  /** Waits while more than `max` flushes are queued, so generation never runs far ahead of PostgreSQL. */
  async backpressure(max = 2): Promise<void> {
    while (this.pending > max) await this.chain;
    if (this.failure) throw this.failure;
  }

  async finish(): Promise<void> {
    this.flush();
    await this.chain;
    if (this.failure) throw this.failure;
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.tables.values()].map((t) => [t.name, t.written]));
  }

  async end(): Promise<void> {
    await this.client.end();
  }
}
