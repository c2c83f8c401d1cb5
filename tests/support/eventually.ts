/**
 * Retries `check` until it passes (returns without throwing) or `within` milliseconds have passed
 * since the call, then fails with the last error. For asynchronous effects with a promised bound,
 * such as "a change shows up in search within 2 seconds": a bounded poll, never a fixed sleep.
 */
export async function eventually<T>(check: () => Promise<T>, options: { within: number; every?: number }): Promise<T> {
  const { within, every = 50 } = options;
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      const elapsed = Date.now() - started;
      if (elapsed >= within) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`still failing after ${elapsed} ms (bound ${within} ms): ${message}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(every, within - elapsed)));
    }
  }
}
