import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { OptimisticLockError, UniqueConstraintViolationException, type MikroORM } from "@mikro-orm/postgresql";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLFormattedError } from "graphql";
import { createContext, type HubContext } from "./context.ts";
import type { Caller } from "./caller.ts";
import { precheckSignedCall, verifySignedCall } from "./service-auth.ts";
import { portInUseMessage, subgraphPortVariable, SUBGRAPHS } from "./subgraphs.ts";
import type { SubgraphSchema } from "./schema.ts";
import { runCountingSql, sqlCountEnabled, sqlStatementsSoFar } from "./sql-count.ts";
import type { Runner } from "graphile-worker";
import type { HandoffConfig } from "./handoff/protocol.ts";
import { HANDOFF_ROUTES_PATH, handoffRoutes } from "./handoff/routes.ts";
import { type ScheduledTask, startHandoffWorker } from "./handoff/worker.ts";
import { publishCaseTask, PUBLISH_TASK, type CaseIndexer } from "./case-index/publish.ts";
import { createServiceMetrics, scrapedGauge, type ServiceMetrics } from "./metrics.ts";

export interface SubgraphServer {
  name: string;
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  orm: MikroORM;
  metrics: ServiceMetrics;
  /** Starts listening (port 0 picks a free one) and resolves with the URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  /** Starts the job worker that delivers this subgraph's handoffs and answers (needs migrations applied). */
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * graphql-js words a refused variable as `Variable "$input" got invalid value <the raw value> at
 * "input.parties[0].idNumber"; <the scalar's message>`. The raw value may be an ID number, which
 * must not be echoed back (the scalar's own message shows it masked); the path is what the caller
 * needs. So the message becomes `input.parties[0].idNumber: <the scalar's message>`.
 */
function withFieldPath(message: string, scalar: unknown): string {
  if (!message.startsWith("Variable \"$") || typeof scalar !== "string") return message;
  const cut = message.indexOf(`; ${scalar} `);
  if (cut < 0) return message;
  const head = message.slice(0, cut);
  const path = / at "([^"]+)"$/.exec(head)?.[1] ?? /^Variable "\$(\w+)"/.exec(head)?.[1] ?? "input";
  return `${path}: ${message.slice(cut + 2)}`;
}

/**
 * Keeps the error codes partner systems act on and hides everything else. A database
 * exception must never reach a caller with its SQL; it is logged here and reported as internal.
 */
export function formatHubError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown>; originalError?: unknown } | undefined;
  // A scalar rejecting a literal surfaces as a validation failure; its own code is the useful one.
  const inner = (original?.originalError ?? undefined) as { extensions?: Record<string, unknown> } | undefined;
  if (inner?.extensions?.code === "BAD_USER_INPUT") {
    return { ...formatted, message: withFieldPath(formatted.message, inner.extensions.scalar), extensions: { ...formatted.extensions, ...inner.extensions, code: "BAD_USER_INPUT" } };
  }
  if (original instanceof OptimisticLockError) {
    return { message: "The record was changed by someone else at the same time; reload it and try again", path: formatted.path, extensions: { code: "CONFLICT", messageZh: "该记录刚被他人同时修改，请刷新后重试" } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { message: "A record with the same identifying values already exists", path: formatted.path, extensions: { code: "CONFLICT", messageZh: "已有相同编号的记录，请勿重复登记" } };
  }
  const code = formatted.extensions?.code;
  if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
    console.error(error);
    return { message: "Internal error; the hub's operators have the details in its log", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR", messageZh: "系统内部错误，请稍后重试；运维人员可在日志中查看详情" } };
  }
  const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Returns non-fatal warnings (e.g. a pilot credit code) to callers that talk to the subgraph. */
const warningsPlugin: ApolloServerPlugin<HubContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        if (contextValue.warnings.length > 0) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warnings: contextValue.warnings };
        }
        const statements = sqlStatementsSoFar();
        if (statements !== undefined) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
        }
      },
    };
  },
};

/** A refusal in the shape GraphQL clients read: an error with extensions.code. */
function refuse(res: express.Response, status: number, code: string, message: string, zh: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, messageZh: zh } }] });
}

const KNOWN_SERVICES = SUBGRAPHS.map((s) => s.name);
// Only the gateway and other subgraphs call a subgraph; the English message says what was wrong.
const SIGNATURE_REFUSED_ZH = "调用方未通过联动平台内部签名校验，请通过联动平台网关访问";

/**
 * No bypass: a GraphQL request is served only with a valid, fresh signature from the gateway (or
 * another subgraph), made over the caller, a timestamp and this very body. The headers are
 * checked before the body is read; the HMAC once it is.
 */
const requireSignatureHeaders: express.RequestHandler = (req, res, next) => {
  const problem = precheckSignedCall(req.headers);
  if (problem) return refuse(res, 401, "UNAUTHENTICATED", problem, SIGNATURE_REFUSED_ZH);
  next();
};

const requireSignature: express.RequestHandler = (req, res, next) => {
  const raw = (req as RawBodyRequest).rawBody ?? Buffer.alloc(0);
  const verdict = verifySignedCall(req.headers, req.method, req.originalUrl, raw, { knownServices: KNOWN_SERVICES });
  if ("refused" in verdict) return refuse(res, 401, "UNAUTHENTICATED", verdict.refused, SIGNATURE_REFUSED_ZH);
  res.locals.caller = verdict.caller;
  next();
};

type RawBodyRequest = http.IncomingMessage & { rawBody?: Buffer };

export interface SubgraphServerOptions {
  handoffs: HandoffConfig;
  /** How this channel's cases are described to the cross-agency case index. */
  indexers: readonly CaseIndexer[];
  /** Extra internal endpoints (the mediation centre's case-index intake). */
  routes?: (orm: MikroORM) => express.Router;
  /** The subgraph's own database, where graphile-worker keeps its jobs. */
  databaseUrl: string;
  /** Periodic jobs on the same queue (the mediation centre's 督办 check). */
  scheduled?: readonly ScheduledTask[];
}

/**
 * A subgraph's metrics: its GraphQL requests, and, read from its own database at each scrape, the
 * outbox (jobs waiting per task, the oldest undelivered handoff), the case-index lag (the oldest
 * case change not yet published) and its connection pool.
 */
function subgraphMetrics(name: string, orm: MikroORM): ServiceMetrics {
  const metrics = createServiceMetrics(name);
  const { registry } = metrics;
  const sql = <T>(query: string) => orm.em.getConnection().execute<T[]>(query);
  // One query per scrape for both job gauges: Prometheus collects them one after the other, so
  // the second reuses the first's answer if it is less than a second old.
  let recentJobs: { at: number; rows: Promise<{ task: string; jobs: number; oldest: number }[]> } | undefined;
  const jobs = () => {
    if (!recentJobs || Date.now() - recentJobs.at > 1000) {
      const rows = sql<{ task: string; jobs: number; oldest: number }>(
        `select t.identifier as task, count(*)::int as jobs, coalesce(extract(epoch from now() - min(j.created_at)), 0)::float as oldest
           from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id group by t.identifier`,
      );
      recentJobs = { at: Date.now(), rows };
      rows.catch(() => (recentJobs = undefined));
    }
    return recentJobs.rows;
  };
  scrapedGauge(registry, "hub_outbox_jobs", "Jobs waiting in this subgraph's durable queue, by task (deliver_handoff, answer_handoff, publish_case, …)", ["task"], async () =>
    (await jobs()).map((row) => ({ labels: { task: row.task }, value: row.jobs })),
  );
  scrapedGauge(registry, "hub_case_index_lag_seconds", "Age of the oldest case change not yet published to the case index (0 when none waits)", [], async () => {
    const publish = (await jobs()).find((row) => row.task === PUBLISH_TASK);
    return [{ value: publish?.oldest ?? 0 }];
  });
  scrapedGauge(registry, "hub_handoff_undelivered_oldest_seconds", "Age of the oldest outgoing handoff not yet delivered to its receiver (0 when none waits)", [], async () => {
    const [row] = await sql<{ age: number }>(
      `select coalesce(extract(epoch from now() - min(offered_at)), 0)::float as age from handoff where direction = 'OUTGOING' and status = 'OFFERED'`,
    );
    return [{ value: row?.age ?? 0 }];
  });
  scrapedGauge(registry, "hub_db_pool_connections", "This process's PostgreSQL connections for requests, by state (total, idle, waiting callers)", ["state"], async () => {
    const pool = (await orm.em.getConnection().getNativeClient()) as { totalCount: number; idleCount: number; waitingCount: number };
    return [
      { labels: { state: "total" }, value: pool.totalCount },
      { labels: { state: "idle" }, value: pool.idleCount },
      { labels: { state: "waiting" }, value: pool.waitingCount },
    ];
  });
  return metrics;
}

export async function createSubgraphServer(name: string, built: SubgraphSchema, orm: MikroORM, options: SubgraphServerOptions): Promise<SubgraphServer> {
  const app = express();
  const httpServer = http.createServer(app);
  // The gateway and other subgraphs keep connections alive; Node's 5 s default closes them under
  // a caller about to reuse one ("socket hang up"). Outlive the callers' idle timeouts instead.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const metrics = subgraphMetrics(name, orm);
  const apollo = new ApolloServer<HubContext>({
    schema: built.schema,
    formatError: formatHubError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), warningsPlugin, metrics.plugin as ApolloServerPlugin<HubContext>],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await orm.em.getConnection().execute("select 1");
      res.json({ status: "ok", subgraph: name });
    } catch {
      res.status(503).json({ status: "database unavailable", subgraph: name });
    }
  });
  app.get("/metrics", metrics.handler);
  app.use(
    "/graphql",
    requireSignatureHeaders,
    // The signature covers the bytes as sent, so keep them beside the parsed body.
    express.json({ limit: "1mb", verify: (req, _res, buf) => ((req as RawBodyRequest).rawBody = buf) }),
    requireSignature,
    // After body parsing: the parser resumes in the socket's async context, not the request's.
    (_req, _res, next) => (sqlCountEnabled ? runCountingSql(next) : next()),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(orm.em.fork(), res.locals.caller as Caller, name),
    }),
  );
  app.use(HANDOFF_ROUTES_PATH, handoffRoutes(orm, name, options.handoffs));
  if (options.routes) app.use(options.routes(orm));
  let worker: Runner | undefined;
  let stopping = false;
  const startWorker = async (): Promise<void> => {
    if (worker || stopping) return;
    const runner = await startHandoffWorker(orm, name, options.handoffs, options.databaseUrl, {
      [PUBLISH_TASK]: publishCaseTask(orm, name, options.indexers),
    }, options.scheduled ?? []);
    worker = runner;
    // graphile-worker caches a failed start-up lookup, after which every fetch of a job fails
    // even once the database is back; a run of failures means this runner must be replaced.
    let failures = 0;
    runner.events.on("worker:getJob:error", () => {
      if (++failures < 10 || worker !== runner || stopping) return;
      console.error(`[${name}] worker cannot fetch jobs; replacing it in 5 s`);
      worker = undefined;
      void runner.stop().catch(() => {});
      retryWorkerLater();
    });
    runner.events.on("worker:getJob:empty", () => (failures = 0));
    runner.events.on("job:success", () => (failures = 0));
    // graphile-worker gives up when its database refuses it (too many connections, a restart);
    // the jobs are safe in their table, so start a new worker a little later instead of dying.
    // A runner that ended by itself is never stopped again: graphile-worker throws "Runner is
    // already stopped" at the second stop.
    const ended = (why: string) => {
      if (worker !== runner) return;
      worker = undefined;
      if (stopping) return;
      console.error(`[${name}] worker stopped (${why}); restarting in 5 s`);
      retryWorkerLater();
    };
    runner.promise.then(
      () => ended("it ended by itself"),
      (error: Error) => ended(error.message.split("\n")[0]!),
    );
  };
  const retryWorkerLater = () => {
    setTimeout(() => {
      startWorker().catch((error: Error) => {
        console.error(`[${name}] worker restart failed (${error.message.split("\n")[0]}); trying again in 5 s`);
        retryWorkerLater();
      });
    }, 5_000).unref();
  };

  return {
    name,
    app,
    httpServer,
    apollo,
    orm,
    metrics,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", (error: NodeJS.ErrnoException) =>
          reject(error.code === "EADDRINUSE" ? new Error(portInUseMessage(`subgraph ${name}`, port, subgraphPortVariable(name))) : error),
        );
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${address.port}/graphql`);
        });
      });
    },
    startWorker,
    async stop() {
      stopping = true;
      await worker?.stop();
      await apollo.stop();
      await orm.close();
    },
  };
}
