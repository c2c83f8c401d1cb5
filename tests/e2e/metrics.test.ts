import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { mediator } from "../support/callers.ts";
import { gatewayUrl, headersFor } from "../support/client.ts";

// Prometheus scrapes /metrics on the gateway and on every subgraph (the hub's own processes, real
// requests): the text must parse, and a request just made must be counted where it went.

/** One sample: its name, labels and value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

// The exposition format, line by line: # HELP / # TYPE comments, or `name{label="value",…} number`.
// Values are Go floats, read case-insensitively: prom-client writes "Nan" for a mean of no samples yet.
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|[Nn]a[Nn]|\+Inf|-Inf))(?: \d+)?$/;
const COMMENT = /^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped))$/;

function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      expect(line, "a comment line").toMatch(COMMENT);
      continue;
    }
    const match = SAMPLE.exec(line);
    expect(match, `a sample line: ${line}`).not.toBeNull();
    const labels: Record<string, string> = {};
    for (const [, key, value] of match![2]?.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g) ?? []) labels[key!] = value!;
    samples.push({ name: match![1]!, labels, value: Number(match![3]) });
  }
  return samples;
}

async function scrape(graphqlUrl: string): Promise<Sample[]> {
  const url = new URL(graphqlUrl);
  url.pathname = "/metrics";
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await response.text());
}

function valueOf(samples: Sample[], name: string, labels: Record<string, string>): number {
  const found = samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found?.value ?? 0;
}

describe("Prometheus metrics at /metrics", () => {
  it("the gateway and the subgraph it called count a request that was just made", async () => {
    const operation = `MetricsProbe${randomUUID().replace(/-/g, "")}`;
    const centre = inject("subgraphUrls")["mediation-center"]!;
    const before = await scrape(centre);
    const callsBefore = valueOf(await scrape(gatewayUrl()), "hub_subgraph_request_duration_seconds_count", { subgraph: "mediation-center", outcome: "200" });

    const response = await fetch(gatewayUrl(), {
      method: "POST",
      headers: await headersFor(mediator()),
      body: JSON.stringify({ query: `query ${operation} { mediationCommittees(first: 1) { edges { node { id } } } }`, operationName: operation }),
    });
    expect(response.status).toBe(200);

    const gateway = await scrape(gatewayUrl());
    expect(valueOf(gateway, "hub_graphql_requests_total", { service: "gateway", operation, code: "OK" })).toBe(1);
    expect(valueOf(gateway, "hub_graphql_request_duration_seconds_count", { operation })).toBe(1);
    expect(valueOf(gateway, "hub_subgraph_request_duration_seconds_count", { subgraph: "mediation-center", outcome: "200" })).toBe(callsBefore + 1);
    // The gateway names each subgraph fetch after the operation: MetricsProbe…__mediation_center__0.
    const fetches = (samples: typeof before) =>
      samples.filter((s) => s.name === "hub_graphql_requests_total" && s.labels.operation?.startsWith(`${operation}__mediation_center__`));
    expect(fetches(before)).toEqual([]);
    expect(fetches(await scrape(centre)).map((s) => [s.labels.service, s.labels.code, s.value])).toEqual([["mediation-center", "OK", 1]]);
  });

  it("counts a refused request by its code", async () => {
    const refused = () => scrape(gatewayUrl()).then((s) => valueOf(s, "hub_gateway_refused_total", { code: "UNAUTHENTICATED" }));
    const before = await refused();
    const response = await fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(401);
    expect(await refused()).toBe(before + 1);
  });

  it("every subgraph reports its outbox, its case-index lag and its connection pool", async () => {
    for (const [name, url] of Object.entries(inject("subgraphUrls"))) {
      const samples = await scrape(url);
      expect(valueOf(samples, "hub_db_pool_connections", { service: name, state: "total" }), name).toBeGreaterThanOrEqual(1);
      const lag = samples.find((s) => s.name === "hub_case_index_lag_seconds");
      expect(lag, name).toBeDefined();
      expect(lag!.value).toBeGreaterThanOrEqual(0);
      expect(samples.some((s) => s.name === "hub_handoff_undelivered_oldest_seconds"), name).toBe(true);
      expect(samples.some((s) => s.name === "process_cpu_seconds_total"), name).toBe(true);
    }
  });
});
