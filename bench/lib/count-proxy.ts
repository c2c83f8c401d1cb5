/**
 * A pass-through HTTP proxy in front of each subgraph that adds up what the subgraphs report
 * in `extensions.sqlStatements` (HUB_COUNT_SQL=1): with a gateway pointed at the proxies, one
 * GraphQL request's SQL statements are the sum over the gateway's whole fan-out.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FanOutCount {
  /** Subgraph requests the gateway made. */
  fetches: number;
  statements: number;
  bySubgraph: Record<string, { fetches: number; statements: number }>;
  /** A response without extensions.sqlStatements (the count would be wrong). */
  uncounted: number;
}

export interface CountingProxies {
  urls: Record<string, string>;
  reset(): void;
  count(): FanOutCount;
  close(): Promise<void>;
}

export async function startCountingProxies(subgraphUrls: Record<string, string>): Promise<CountingProxies> {
  let current: FanOutCount = { fetches: 0, statements: 0, bySubgraph: {}, uncounted: 0 };
  const servers: http.Server[] = [];
  const urls: Record<string, string> = {};
  for (const [name, target] of Object.entries(subgraphUrls)) {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        try {
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(req.headers)) {
            if (typeof value === "string" && !["host", "connection", "content-length", "transfer-encoding"].includes(key)) headers[key] = value;
          }
          const response = await fetch(target, { method: req.method, headers, body: req.method === "GET" ? undefined : Buffer.concat(chunks) });
          const text = await response.text();
          const entry = (current.bySubgraph[name] ??= { fetches: 0, statements: 0 });
          entry.fetches++;
          current.fetches++;
          try {
            const statements = (JSON.parse(text) as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements;
            if (typeof statements === "number") {
              entry.statements += statements;
              current.statements += statements;
            } else current.uncounted++;
          } catch {
            current.uncounted++;
          }
          res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" }).end(text);
        } catch (error) {
          res.writeHead(502).end(String(error));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`;
  }
  return {
    urls,
    reset() {
      current = { fetches: 0, statements: 0, bySubgraph: {}, uncounted: 0 };
    },
    count: () => current,
    async close() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}
