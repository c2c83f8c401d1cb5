/**
 * `npm run reindex`: rebuilds the cross-agency case index from every channel's own data, with a
 * progress bar. Uses DATABASE_URL (or <SUBGRAPH>_DATABASE_URL), else the embedded server that
 * `npm start` runs; the hub may keep running meanwhile.
 */
import cliProgress from "cli-progress";
import { EMBEDDED_PORT, EMBEDDED_URL } from "./lib/postgres.ts";
import { reindex } from "./lib/reindex.ts";

const env = { ...process.env };
if (!env.DATABASE_URL) {
  env.DATABASE_URL = EMBEDDED_URL;
  console.log(`DATABASE_URL is not set: using the embedded server of \`npm start\` on 127.0.0.1:${EMBEDDED_PORT}`);
}
const bar = new cliProgress.SingleBar(
  { format: "reindexing {bar} {percentage}% | {value}/{total} records | {channel} | {rate}/s | {eta_formatted} left", hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
let done = 0;
try {
  const result = await reindex(env, {
    start: (total) => bar.start(total, 0, { channel: "", rate: 0 }),
    advance: (count, channel) => {
      done += count;
      bar.update(done, { channel, rate: Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)) });
    },
  });
  bar.stop();
  console.log(
    `indexed ${result.cases.toLocaleString("en")} cases and ${result.handoffs.toLocaleString("en")} handoffs in ${result.seconds.toFixed(1)} s ` +
      `(${Math.round((result.cases + result.handoffs) / Math.max(result.seconds, 0.001)).toLocaleString("en")}/s); dropped ${result.removed} rows of cases that no longer exist`,
  );
} catch (error) {
  bar.stop();
  console.error(`reindex failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
