import { databaseUrlOf, describeCases, describeHandoffs, HandoffDirection, HandoffRecord, channelOfSubgraph, type CaseIndexBatch } from "@hub/kit";
import type { MikroORM } from "@mikro-orm/postgresql";
import { applyIndexBatch, removeUnseen } from "../../subgraphs/mediation-center/src/case-index/store.ts";
import { allSubgraphs } from "../all-subgraphs.ts";

const BATCH = 1000;

export interface ReindexProgress {
  /** Called once with the number of records (cases and handoffs) to go through. */
  start(total: number): void;
  /** Called after each batch with how many it held. */
  advance(done: number, channel: string): void;
}

export interface ReindexResult {
  cases: number;
  handoffs: number;
  removed: number;
  seconds: number;
}

/** Ids of one table in primary-key order, a batch at a time (keyset, so a million rows page evenly). */
async function* idBatches(orm: MikroORM, entity: new (...args: never[]) => { id: string }, where: object = {}): AsyncGenerator<string[]> {
  let last: string | null = null;
  for (;;) {
    const em = orm.em.fork();
    const filter: Record<string, unknown> = { ...where };
    if (last !== null) filter.id = { $gt: last };
    const rows = await em.find(entity, filter as never, { orderBy: { id: "asc" } as never, limit: BATCH, fields: ["id"] as never });
    if (rows.length === 0) return;
    last = rows.at(-1)!.id;
    yield rows.map((r) => r.id);
  }
}

/**
 * Rebuilds the cross-agency case index from the owners: every case and every sent handoff of
 * every channel is described again and written into the mediation centre's index; rows of
 * cases that no longer exist are dropped. Safe while the hub runs: live updates carry versions,
 * so neither side overwrites the newer state.
 */
export async function reindex(env: NodeJS.ProcessEnv, progress?: ReindexProgress): Promise<ReindexResult> {
  const started = performance.now();
  const centre = allSubgraphs.find((s) => s.name === "mediation-center")!;
  const centreOrm = await centre.createOrm(databaseUrlOf(centre.name, env));
  const sources = new Map<string, MikroORM>();
  const result: ReindexResult = { cases: 0, handoffs: 0, removed: 0, seconds: 0 };
  try {
    for (const subgraph of allSubgraphs) {
      sources.set(subgraph.name, subgraph.name === centre.name ? centreOrm : await subgraph.createOrm(databaseUrlOf(subgraph.name, env)));
    }
    let total = 0;
    for (const subgraph of allSubgraphs) {
      const em = sources.get(subgraph.name)!.em.fork();
      for (const indexer of subgraph.definition.indexers ?? []) total += await em.count(indexer.entity, {});
      total += await em.count(HandoffRecord, { direction: HandoffDirection.OUTGOING });
    }
    progress?.start(total);

    for (const subgraph of allSubgraphs) {
      const orm = sources.get(subgraph.name)!;
      const channel = channelOfSubgraph(subgraph.name);
      const [{ now }] = await centreOrm.em.fork().execute<{ now: Date }[]>("select now() as now");
      for (const indexer of subgraph.definition.indexers ?? []) {
        for await (const ids of idBatches(orm, indexer.entity)) {
          const described = await describeCases(orm.em.fork(), indexer, ids);
          const batch: CaseIndexBatch = { channel, ...described, handoffs: [] };
          await applyIndexBatch(centreOrm.em.fork(), batch);
          result.cases += described.cases.length;
          progress?.advance(ids.length, subgraph.name);
        }
      }
      for await (const ids of idBatches(orm, HandoffRecord, { direction: HandoffDirection.OUTGOING })) {
        const handoffs = await describeHandoffs(orm.em.fork(), ids);
        await applyIndexBatch(centreOrm.em.fork(), { channel, cases: [], removed: [], handoffs });
        result.handoffs += handoffs.length;
        progress?.advance(ids.length, subgraph.name);
      }
      result.removed += await removeUnseen(centreOrm.em.fork(), channel, now);
    }
  } finally {
    for (const [name, orm] of sources) if (name !== centre.name) await orm.close();
    await centreOrm.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
