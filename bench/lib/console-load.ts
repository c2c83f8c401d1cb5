/**
 * The console's first load, as a person on a fresh browser sees it: Debian's Chromium (through
 * Playwright) opens a shared search link with an empty cache, signed in already, and we count
 * what crossed the wire and how long it took until the first result row showed. Each run gets a
 * new browser context, so nothing is cached between runs; a second load in the same context
 * shows what the immutable asset caching saves on the next visit.
 */
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import type { CallerClaims } from "../../gateway/src/tokens.ts";

export interface ConsoleLoadRun {
  /** Milliseconds from navigation start until the first result row was in the page. */
  msToResults: number;
  /** Bytes on the wire (compressed), by resource type. */
  bytes: { script: number; stylesheet: number; document: number; graphql: number; other: number; total: number };
  requests: number;
}

export interface ConsoleLoadResult {
  url: string;
  browser: string;
  cold: ConsoleLoadRun[];
  /** The same link opened again in the same context: scripts come from the cache. */
  warm: ConsoleLoadRun[];
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Records the encoded (on-the-wire) size of every response the page receives. */
async function recordTransfers(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on("Network.responseReceived", (event) => {
    types.set(event.requestId, event.response.url.endsWith("/graphql") ? "graphql" : String(event.type).toLowerCase());
  });
  cdp.on("Network.loadingFinished", (event) => sizes.set(event.requestId, event.encodedDataLength));
  return () => {
    const bytes = { script: 0, stylesheet: 0, document: 0, graphql: 0, other: 0, total: 0 };
    for (const [id, size] of sizes) {
      const type = types.get(id) ?? "other";
      const key = (type in bytes ? type : "other") as keyof typeof bytes;
      bytes[key] += size;
      bytes.total += size;
    }
    return { bytes, requests: sizes.size };
  };
}

async function loadOnce(context: BrowserContext, url: string): Promise<ConsoleLoadRun> {
  const page = await context.newPage();
  const transfers = await recordTransfers(context, page);
  await page.goto(url, { waitUntil: "commit" });
  // performance.now() in the page counts from its navigation start.
  const handle = await page.waitForFunction(() => (document.querySelector("tr.ant-table-row") ? performance.now() : 0), null, { timeout: 60_000, polling: "raf" });
  const msToResults = (await handle.jsonValue()) as number;
  // Let late responses (fonts, prefetches) finish so that their bytes are counted too.
  await page.waitForLoadState("networkidle");
  const { bytes, requests } = transfers();
  await page.close();
  return { msToResults, bytes, requests };
}

/**
 * Opens `origin/search?query` `runs` times as `caller`. The session is put in sessionStorage the
 * way the sign-in page leaves it, so the measurement is of the search page, not of signing in.
 */
export async function measureConsoleLoad(options: { origin: string; query: URLSearchParams; caller: CallerClaims; token: string; label: string; runs: number }): Promise<ConsoleLoadResult> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const url = `${options.origin}/search?${options.query}`;
  const session = {
    token: options.token,
    expiresAt: Date.now() + 3600_000,
    identity: { label: options.label, subject: options.caller.subject, agencyId: options.caller.agencyId, agencyKind: options.caller.agencyKind, roles: options.caller.roles, divisionScope: options.caller.divisionScope },
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
  const result: ConsoleLoadResult = { url, browser: `Chromium ${browser.version()}`, cold: [], warm: [] };
  try {
    for (let i = 0; i < options.runs; i++) {
      const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1440, height: 900 } });
      await context.addInitScript((value) => sessionStorage.setItem("hub.session", value), JSON.stringify(session));
      try {
        result.cold.push(await loadOnce(context, url));
        result.warm.push(await loadOnce(context, url));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Markdown lines for the report: medians of the cold and the warm loads. */
export function renderConsoleLoad(result: ConsoleLoadResult): string[] {
  const row = (name: string, runs: ConsoleLoadRun[]) => {
    const pick = (f: (r: ConsoleLoadRun) => number) => median(runs.map(f));
    return `| ${name} | ${runs.length} | ${pick((r) => r.msToResults).toFixed(0)} ms | ${kb(pick((r) => r.bytes.total))} | ${kb(pick((r) => r.bytes.script))} | ${kb(pick((r) => r.bytes.stylesheet))} | ${kb(pick((r) => r.bytes.document))} | ${kb(pick((r) => r.bytes.graphql))} | ${pick((r) => r.requests)} |`;
  };
  return [
    `Opened: \`${result.url.replace(/^https?:\/\/[^/]+/, "")}\` in ${result.browser}, 1440×900, signed in as the bench's national reviewer; medians.`,
    "",
    "| load | runs | until the first result row | transferred | JavaScript | CSS | HTML | /graphql | requests |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("first (empty cache)", result.cold),
    row("again (same browser)", result.warm),
  ];
}
