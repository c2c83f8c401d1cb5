import type { HubContext } from "./context.ts";

/**
 * Runs a mutation's writes in one transaction: MikroORM flushes at the end and rolls everything
 * back on any error, so a refused input never leaves half a case behind.
 */
export function writeInTransaction<T>(ctx: HubContext, work: (tx: HubContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work({ ...ctx, em }));
}
