import type { JobHelpers } from "graphile-worker";

/**
 * Longest wait between two attempts of a job that calls another subgraph, in seconds. A job
 * that fails is queued again by the task itself (doubling from 1 s up to its cap) instead of
 * failing into graphile-worker's own backoff, which grows to hours: after a long outage the
 * receiver is reached within the cap of coming back.
 */
export const RETRY_CAP_SECONDS = {
  /** Publishing a case to the mediation centre's index: search should catch up within seconds. */
  caseIndex: 30,
  /** Delivering a handoff or its answer (HUB_HANDOFF_RETRY_CAP_SECONDS; tests shorten it). */
  handoff: Number(process.env.HUB_HANDOFF_RETRY_CAP_SECONDS ?? 300),
} as const;

/** Seconds to wait before attempt `attempt + 1`. */
export function retryDelaySeconds(attempt: number, capSeconds: number): number {
  return Math.min(capSeconds, 2 ** attempt);
}

/**
 * Queues the next attempt of `task` (payload plus `attempt + 1`) after its capped delay and
 * returns the delay. With `jobKey`, the running job's key moves to the new one (graphile-worker
 * clears the key of a locked job), so the attempt stays findable and unique by its key.
 */
export async function retryLater(
  helpers: JobHelpers,
  task: string,
  payload: Record<string, unknown>,
  attempt: number,
  options: { capSeconds: number; priority?: number; jobKey?: string },
): Promise<number> {
  const delay = retryDelaySeconds(attempt, options.capSeconds);
  await helpers.addJob(task, { ...payload, attempt: attempt + 1 }, {
    runAt: new Date(Date.now() + delay * 1000),
    maxAttempts: 1000,
    priority: options.priority,
    jobKey: options.jobKey,
  });
  return delay;
}
