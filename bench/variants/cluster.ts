/**
 * Variant for `npm run bench -- --variants cluster`: our gateway as one process per core behind
 * one port (node:cluster; the primary hands out connections round-robin). Not in gateway/: on the
 * benchmark machine (2 cores shared with six subgraphs and PostgreSQL) it did not help; see
 * BENCHMARKS.md, "Making it fast". The bench measures the CPU and memory of the primary only.
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

if (cluster.isPrimary) {
  const workers = Number(process.env.HUB_GATEWAY_PROCESSES ?? availableParallelism());
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} else {
  await import("../../gateway/src/index.ts");
}
