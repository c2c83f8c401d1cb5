import { AsyncLocalStorage } from "node:async_hooks";
import { DefaultLogger, type LoggerOptions } from "@mikro-orm/core";

/**
 * Counts the SQL statements each GraphQL request runs, so tests and benchmarks can check that a
 * list of N entities costs a constant number of statements (DataLoader batching), not N.
 * Enabled with HUB_COUNT_SQL=1; the count comes back in the response's `extensions.sqlStatements`.
 */
export const sqlCountEnabled = process.env.HUB_COUNT_SQL === "1";

const requestCounter = new AsyncLocalStorage<{ statements: number }>();

export function runCountingSql<T>(work: () => T): T {
  return requestCounter.run({ statements: 0 }, work);
}

export function sqlStatementsSoFar(): number | undefined {
  return requestCounter.getStore()?.statements;
}

/** MikroORM's logger, plus a count of every statement (transaction control included). */
export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & Parameters<DefaultLogger["logQuery"]>[0]): void {
    const counter = requestCounter.getStore();
    if (counter) counter.statements++;
    super.logQuery(context);
  }

  static override create(this: void, options: LoggerOptions): CountingLogger {
    return new CountingLogger(options);
  }
}
