/**
 * Candidate change, measured by `npm run bench -- --candidates` without touching gateway/:
 * our gateway with Node's own fetch (undici, keep-alive) for its subgraph calls instead of
 * @apollo/gateway's default fetcher, make-fetch-happen (npm's HTTP client: minipass streams,
 * @npmcli/agent, agent-base, header redaction), which the CPU profile shows on the hot path.
 * Loaded before the gateway with `node --import tsx --import ./bench/variants/native-fetch.ts`;
 * in gateway/src/server.ts the change would be `this.transport = fetch` in HubDataSource (its
 * fetcher signs each call and hands it to the transport).
 */
import { RemoteGraphQLDataSource } from "@apollo/gateway";

const prototype = RemoteGraphQLDataSource.prototype as unknown as { process: (...args: unknown[]) => unknown };
const original = prototype.process;
prototype.process = function (this: { transport?: unknown }, ...args: unknown[]) {
  this.transport = fetch;
  return original.apply(this, args);
};
console.log("[variant] subgraph calls use the global fetch (undici)");
