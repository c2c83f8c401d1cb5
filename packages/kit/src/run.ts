import type { SubgraphServer } from "./server.ts";
import { migrate } from "./orm.ts";
import { subgraphPortOf } from "./subgraphs.ts";
import { refuseDevelopmentKeys, subgraphKeyProblems } from "./production.ts";

/**
 * What every subgraph's index.ts does: build, migrate, listen, and stop cleanly on a signal so
 * the launcher's Ctrl-C leaves no connections behind.
 */
export async function runSubgraph(name: string, create: () => Promise<SubgraphServer>): Promise<void> {
  refuseDevelopmentKeys(name, subgraphKeyProblems());
  const server = await create();
  if (process.env.HUB_MIGRATE_ON_START !== "false") {
    const applied = await migrate(server.orm);
    if (applied.length) console.log(`[${name}] applied migrations: ${applied.join(", ")}`);
  }
  await server.startWorker();
  const url = await server.listen(subgraphPortOf(name), process.env.HUB_HOST ?? "127.0.0.1");
  console.log(`[${name}] ready at ${url}`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
