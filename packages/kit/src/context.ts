import DataLoader from "dataloader";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { notFound } from "./errors.ts";
import { actorOf, type Caller } from "./caller.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What every resolver receives: its own EntityManager, the caller, per-request loaders. */
export interface HubContext {
  em: EntityManager;
  /** Who is calling: verified by the gateway (JWT) and forwarded in a signed context, or a service. */
  caller: Caller;
  /** Who is acting, recorded on every state change: `agencyId/subject`, or `system:<subgraph>`. */
  actor: string;
  /** Name of the subgraph serving the request, e.g. court-mediation. */
  subgraph: string;
  /** Non-fatal notes returned in the response's `extensions.warnings` (e.g. a pilot credit code). */
  warnings: string[];
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V>;
}

export function createContext(em: EntityManager, caller: Caller, subgraph: string, actor = actorOf(caller)): HubContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    em,
    caller,
    actor,
    subgraph,
    warnings: [],
    loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>) {
      let loader = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch, { cacheKeyFn: (key) => (typeof key === "object" ? JSON.stringify(key) : key) as never });
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}

/** Groups rows by a key, in the order of the keys asked for (DataLoader's contract). */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loads entities by primary key, batched; the reference resolvers' workhorse. */
export function loadById<T extends { id: string }>(ctx: HubContext, entity: new (...args: never[]) => T, id: string): Promise<T | null> {
  return ctx
    .loader<string, T | null>(`by-id:${entity.name}`, async (ids) => {
      // A malformed id in a batch (from _entities, say) must not fail the other ids with a cast error.
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows = wellFormed.length ? await ctx.em.find(entity, { id: { $in: wellFormed } } as never) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    })
    .load(id);
}

/** Rows whose column equals each key (e.g. cases by unified number), batched into one query. */
export function loadManyBy<T extends object>(ctx: HubContext, entity: new (...args: never[]) => T, column: keyof T & string, value: string): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`by-${column}:${entity.name}`, async (values) => {
      const rows = await ctx.em.find(entity, { [column]: { $in: [...values] } } as never);
      return groupByKey(values, rows, (row) => row[column] as string);
    })
    .load(value);
}

/** Ids are UUIDs; anything else cannot exist and must not reach the database as a cast error. */
export function checkedId(entityName: string, id: string): string {
  if (!UUID.test(id)) throw notFound(entityName, id);
  return id;
}

/** Loads a record to change it, or fails with NOT_FOUND naming the record. */
export async function findOrFail<T extends object>(ctx: HubContext, entity: new (...args: never[]) => T, id: string): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: checkedId(entity.name, id) } as never);
  if (!row) throw notFound(entity.name, id);
  return row;
}

/**
 * Loads a case to change it, locking its row until the transaction ends: two calls for one case
 * (a double click, a retried handoff) queue here instead of both passing their checks.
 */
export async function findForUpdate<T extends object>(ctx: HubContext, entity: new (...args: never[]) => T, id: string): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: checkedId(entity.name, id) } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) throw notFound(entity.name, id);
  return row;
}
