import type { MikroORM } from "@mikro-orm/postgresql";
import { Logger, run, type Runner, type Task, type TaskList } from "graphile-worker";
import { createContext } from "../context.ts";
import { serviceCaller } from "../caller.ts";
import { signServiceCall } from "../service-auth.ts";
import { subgraphUrlOf } from "../subgraphs.ts";
import { RETRY_CAP_SECONDS, retryLater } from "../retry.ts";
import type { HubContext } from "../context.ts";
import { HandoffRecord } from "./handoff.entity.ts";
import { HANDOFF_ROUTES_PATH } from "./routes.ts";
import { HandoffDirection, HandoffStatus } from "./kinds.ts";
import {
  ANSWER_TASK, answerOf, applyAnswer, DELIVER_TASK, expireOverdueHandoffs, jobKeyOf, recordHandoffStep, toWire,
  type HandoffConfig, type WireAnswer,
} from "./protocol.ts";

/** Base URL of another subgraph's internal endpoints (its GraphQL URL without /graphql). */
export function internalUrl(subgraph: string, path: string): string {
  const url = new URL(subgraphUrlOf(subgraph));
  url.pathname = path;
  return url.toString();
}

/** Posts to another subgraph as this service; anything but 2xx is an error the job retries. */
export async function postAsService(self: string, to: string, path: string, payload: unknown): Promise<unknown> {
  const body = JSON.stringify(payload);
  const response = await fetch(internalUrl(to, path), {
    method: "POST",
    headers: { "content-type": "application/json", ...signServiceCall(self, "POST", path, body) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${to} answered ${response.status} to ${path}: ${(await response.text()).slice(0, 200)}`);
  return response.json();
}

/**
 * How long a job may stay locked before its worker counts as dead. A task holds its lock for one
 * HTTP call (10 s timeout) and a short transaction; a worker killed mid-task (SIGKILL, OOM, a
 * lost machine) never unlocks its jobs, and graphile-worker itself retries them only after four
 * hours. Releasing a live but slow worker's job early is harmless: every task is idempotent
 * (the receiver stores a handoff id once, answers only move a handoff forward).
 */
export const STALE_LOCK_SECONDS = 30;
const SWEEP_EVERY_MS = 10_000;

/**
 * Unlocks the jobs of workers that have held a lock longer than STALE_LOCK_SECONDS, so another
 * worker (or the restarted process) runs them now; returns how many workers were released.
 */
export async function releaseStaleJobLocks(orm: MikroORM, olderThanSeconds = STALE_LOCK_SECONDS): Promise<number> {
  const rows = await orm.em.fork().execute<{ released: number }[]>(
    `with stale as (
       select array_agg(distinct locked_by) as ids from graphile_worker.jobs
       where locked_by is not null and locked_at < now() - make_interval(secs => ?)
     )
     select coalesce(array_length(ids, 1), 0) as released, graphile_worker.force_unlock_workers(coalesce(ids, '{}')) from stale`,
    [olderThanSeconds],
  );
  return Number(rows[0]?.released ?? 0);
}

/** The subgraph acting on its own behalf, as a service. */
function systemContext(orm: MikroORM, subgraph: string) {
  return createContext(orm.em.fork(), serviceCaller(subgraph), subgraph);
}

/**
 * A periodic job of a subgraph (e.g. the mediation centre's 督办 check): graphile-worker runs it on
 * `cron` in one transaction as the subgraph's service identity, on every replica's shared queue, so
 * it runs once per tick however many replicas there are.
 */
export interface ScheduledTask {
  name: string;
  /** A graphile-worker crontab time spec, e.g. "* * * * *". */
  cron: string;
  run(ctx: HubContext): Promise<unknown>;
}

/**
 * Starts graphile-worker on the subgraph's own database. It delivers outgoing handoffs, sends
 * the receiver's answers back, expires unanswered handoffs once a minute, and runs `otherTasks`
 * (the case-index publisher) on the same durable queue. A delivery or answer that fails is tried
 * again after 1, 2, 4, … seconds, at most RETRY_CAP_SECONDS.handoff apart, until it succeeds.
 */
export async function startHandoffWorker(
  orm: MikroORM,
  subgraph: string,
  config: HandoffConfig,
  connectionString: string,
  otherTasks: TaskList = {},
  scheduled: readonly ScheduledTask[] = [],
): Promise<Runner> {
  // A receiver that cannot be reached is tried again within RETRY_CAP_SECONDS.handoff, however
  // long it was away; one log line per failed attempt.
  const untilDelivered = (task: string, what: string, send: (id: string) => Promise<void>): Task => async (payload, helpers) => {
    const { id, attempt = 0 } = payload as { id: string; attempt?: number };
    try {
      await send(id);
    } catch (error) {
      const delay = await retryLater(helpers, task, { id }, attempt, { capSeconds: RETRY_CAP_SECONDS.handoff, jobKey: jobKeyOf(task, id) });
      console.error(`[${subgraph}] worker: ${what} of handoff ${id} failed (attempt ${attempt + 1}: ${(error as Error).message.split("\n")[0]}); next attempt in ${delay} s`);
    }
  };

  const deliver = untilDelivered(DELIVER_TASK, "delivery", async (id) => {
    const ctx = systemContext(orm, subgraph);
    const handoff = await ctx.em.findOne(HandoffRecord, { id, direction: HandoffDirection.OUTGOING });
    if (!handoff || handoff.status !== HandoffStatus.OFFERED) return;
    const answer = (await postAsService(subgraph, handoff.toChannel, HANDOFF_ROUTES_PATH, toWire(handoff))) as WireAnswer;
    await ctx.em.transactional(async (em) => {
      const tx = { ...ctx, em, actor: `system:${handoff.toChannel}` };
      const fresh = await em.findOne(HandoffRecord, { id, direction: HandoffDirection.OUTGOING });
      if (!fresh) return;
      if (fresh.status === HandoffStatus.OFFERED) {
        fresh.status = HandoffStatus.DELIVERED;
        fresh.deliveredAt = new Date();
        recordHandoffStep(tx, fresh, "delivered", HandoffStatus.OFFERED, `acknowledged by ${handoff.toChannel}`);
      }
      // A redelivery after the receiver already answered carries that answer: apply it too.
      if (answer.status !== HandoffStatus.DELIVERED) await applyAnswer(tx, config, id, answer);
    });
  });

  const sendAnswer = untilDelivered(ANSWER_TASK, "the answer", async (id) => {
    const ctx = systemContext(orm, subgraph);
    const handoff = await ctx.em.findOne(HandoffRecord, { id, direction: HandoffDirection.INCOMING });
    if (!handoff) return;
    await postAsService(subgraph, handoff.fromChannel, `${HANDOFF_ROUTES_PATH}/${id}/answer`, answerOf(handoff));
  });

  const expire: Task = async () => {
    const ctx = systemContext(orm, subgraph);
    await ctx.em.transactional((em) => expireOverdueHandoffs({ ...ctx, em }));
  };

  const runner = await run({
    connectionString,
    concurrency: Number(process.env.HUB_WORKER_CONCURRENCY ?? 4),
    maxPoolSize: Number(process.env.HUB_WORKER_POOL_MAX ?? 4),
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: {
      ...otherTasks,
      ...Object.fromEntries(scheduled.map((s): [string, Task] => [s.name, async () => {
        const ctx = systemContext(orm, subgraph);
        await ctx.em.transactional((em) => s.run({ ...ctx, em }));
      }])),
      [DELIVER_TASK]: deliver, [ANSWER_TASK]: sendAnswer, expire_handoffs: expire,
    },
    crontab: ["* * * * * expire_handoffs", ...scheduled.map((s) => `${s.cron} ${s.name}`)].join("\n"),
    // Retries of an unreachable receiver are expected; say so once per failure, without stacks.
    logger: new Logger(() => (level, message) => {
      if (level === "error") console.error(`[${subgraph}] worker: ${message.split("\n")[0]}`);
    }),
  });

  // Jobs a killed worker left locked (this process's previous life, or another replica's).
  const sweep = () =>
    releaseStaleJobLocks(orm)
      .then((released) => {
        if (released > 0) console.error(`[${subgraph}] worker: released the jobs of ${released} worker(s) locked longer than ${STALE_LOCK_SECONDS} s`);
      })
      .catch((error: Error) => console.error(`[${subgraph}] worker: could not release stale job locks: ${error.message.split("\n")[0]}`));
  await sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  runner.promise.finally(() => clearInterval(timer)).catch(() => {});
  return runner;
}
