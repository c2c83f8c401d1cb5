/**
 * The search page's JavaScript, gzipped, against its budget of 500 KB: the entry chunk, the
 * search page's chunk and everything they import statically (what the browser must load before
 * the search shows results). Read from Vite's manifest of the last build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const SEARCH_PAGE_BUDGET_BYTES = 500 * 1024;
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

export function searchPageJsGzipBytes(dist = DIST): number {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, Chunk>;
  const roots = Object.entries(manifest).filter(([key, c]) => c.isEntry || key === "src/pages/search/SearchPage.tsx");
  if (roots.length < 2) throw new Error("the manifest has no entry or no search page chunk");
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of roots) visit(key);
  return [...files].filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

/** Throws when the search page is over budget; returns a line for the build log. */
export function checkSearchPageBudget(dist = DIST): string {
  const bytes = searchPageJsGzipBytes(dist);
  const line = `search page JavaScript: ${(bytes / 1024).toFixed(0)} KB gzipped (budget ${SEARCH_PAGE_BUDGET_BYTES / 1024} KB)`;
  if (bytes > SEARCH_PAGE_BUDGET_BYTES) throw new Error(`${line}: over budget; load heavy libraries only on the pages that use them`);
  return line;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(checkSearchPageBudget());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
