import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics of one service (the gateway or a subgraph), served at /metrics: GraphQL
 * requests and errors by operation and code, their latency, and whatever the service adds
 * (subgraph call latency at the gateway; outbox, index lag and pool use at a subgraph).
 */
export interface ServiceMetrics {
  registry: Registry;
  /** Counts and times every GraphQL request Apollo Server answers. */
  plugin: ApolloServerPlugin;
  /** GET /metrics: the Prometheus text format; with HUB_METRICS_TOKEN, only for that bearer token. */
  handler: express.RequestHandler;
}

/** Seconds, from 5 ms to 10 s: the hub's requests live between the two. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Operation names come from callers: past this many distinct names, the rest count as "other",
 * so a caller cannot grow the metrics without bound.
 */
const MAX_OPERATION_NAMES = 200;

export function createServiceMetrics(service: string, env: NodeJS.ProcessEnv = process.env): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "hub_graphql_requests_total",
    help: "GraphQL requests answered, by operation name and outcome (OK or the first error's extensions.code)",
    labelNames: ["operation", "code"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "hub_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its answer, by operation name",
    labelNames: ["operation"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    const operation = name || "anonymous";
    if (names.has(operation)) return operation;
    if (names.size >= MAX_OPERATION_NAMES) return "other";
    names.add(operation);
    return operation;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const operation = operationLabel(operationName);
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          requests.inc({ operation, code: String(errors?.[0]?.extensions?.code ?? "OK") });
          duration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };

  const token = env.HUB_METRICS_TOKEN;
  const handler: express.RequestHandler = async (req, res) => {
    if (token && !sameText(req.headers.authorization ?? "", `Bearer ${token}`)) {
      res.status(401).type("text/plain").send("metrics need the bearer token set in HUB_METRICS_TOKEN\n");
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
  return { registry, plugin, handler };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A histogram of calls to other services (the gateway's subgraph calls), by target and outcome. */
export function callDurationHistogram(registry: Registry, name: string, help: string, labelNames: readonly string[]): Histogram<string> {
  return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [registry] });
}

/** A gauge read when Prometheus scrapes (a queue's depth, a pool's use), never kept up to date by hand. */
export function scrapedGauge(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly string[],
  read: () => Promise<{ labels?: Record<string, string>; value: number }[]>,
): Gauge<string> {
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const { labels, value } of await read()) (labels ? this.set(labels, value) : this.set(value));
      } catch {
        // The database is away: the gauge stays empty and /health says why.
      }
    },
  });
}
