/**
 * The console's build (console/dist), made when missing or older than its sources, so that
 * `npm start` and the browser tests always serve what is in the work tree.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSearchPageBudget } from "../../console/scripts/bundle-budget.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CONSOLE = join(ROOT, "console");
const BUILT = join(CONSOLE, "dist", "index.html");

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

/** Why the build must be made again, or null when console/dist is up to date. */
export function consoleBuildStaleness(): string | null {
  if (!existsSync(BUILT)) return "console/dist is missing";
  const built = statSync(BUILT).mtimeMs;
  const sources = ["src", "index.html", "vite.config.ts", "package.json"].map((p) => join(CONSOLE, p));
  const newest = Math.max(...sources.map(newestIn));
  return newest > built ? "console sources changed since the last build" : null;
}

/** Runs `vite build` in console/ (what `npm run build -w console` does before its budget check); rejects with its output. */
export function buildConsole(): Promise<void> {
  const vite = join(ROOT, "node_modules", "vite", "bin", "vite.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, "build"], { cwd: CONSOLE, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`building the console failed (vite exited ${code}):\n${output.slice(-4000)}`))));
  });
}

/** Builds the console when stale; returns what was done, for the start-up log. */
export async function ensureConsoleBuilt(): Promise<string> {
  const why = consoleBuildStaleness();
  if (!why) return "console: build is up to date";
  await buildConsole();
  return `console: built (${why}); ${checkSearchPageBudget()}`;
}
