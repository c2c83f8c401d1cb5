/**
 * The HTTP client that carries the gateway's calls to the subgraphs.
 *
 * @apollo/gateway's default, make-fetch-happen (npm's HTTP client: minipass streams, @npmcli/agent,
 * agent-base, node-fetch), was about 12% of the gateway's CPU samples under the cross-agency
 * history benchmark, most of it machinery a call to a subgraph on the same network does not need
 * (caching, retries, proxy detection; agent-base builds an Error stack trace per request to tell
 * http from https). undici's `Agent.request` sends the same request over keep-alive connections
 * (a pool per subgraph) and hands back the body as one string, with none of the WHATWG stream
 * objects that Node's own fetch builds on top of it. BENCHMARKS.md ("Making it fast") has the numbers.
 */
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import { STATUS_CODES } from "node:http";
import { Agent } from "undici";

/** Which client sends the subgraph calls: undici (the default), Node's fetch, or @apollo/gateway's own. */
export type SubgraphClient = "undici" | "fetch" | "make-fetch-happen";

export const SUBGRAPH_CLIENTS: readonly SubgraphClient[] = ["undici", "fetch", "make-fetch-happen"];

/** Response headers as @apollo/gateway reads them (it asks only for Content-Type and Cache-Control). */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
    }
  }

  append(name: string, value: string): void {
    const existing = this.map.get(name.toLowerCase());
    this.map.set(name.toLowerCase(), existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A subgraph's answer, read completely before the gateway sees it (answers are small JSON documents). */
class BufferedResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: FetcherHeaders,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? "";
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body;
  }
  async json(): Promise<unknown> {
    this.bodyUsed = true;
    return JSON.parse(this.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.body, "utf8");
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.headers, this.body);
  }
}

/**
 * A Fetcher over undici: one keep-alive pool per subgraph origin. `signal` (the gateway's
 * per-call timeout) aborts the call, the body included.
 */
export function undiciFetcher(): Fetcher {
  // undici keeps connections open as long as the subgraph's Keep-Alive header allows, and
  // opens as many per subgraph as there are calls in flight.
  const agent = new Agent();
  return async (url: string, init?: FetcherRequestInit) => {
    const target = new URL(url);
    const { statusCode, headers, body } = await agent.request({
      origin: target.origin,
      path: target.pathname + target.search,
      method: (init?.method ?? "POST") as "POST",
      headers: init?.headers,
      body: init?.body,
      signal: init?.signal,
    });
    return new BufferedResponse(url, statusCode, new ResponseHeaders(headers), await body.text());
  };
}
