import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Caller } from "@hub/kit/caller";
import { CONTEXT_HEADER, encodeCaller, signEncodedCall } from "@hub/kit/service-auth";
import { callDurationHistogram, createServiceMetrics } from "@hub/kit/metrics";
import { Counter, type Histogram } from "prom-client";
import { portInUseMessage, SUBGRAPHS, subgraphUrlOf } from "@hub/kit/subgraphs";
import { AuthenticationError, bearerToken, VerifiedTokens, verifyToken } from "./auth.ts";
import { costLimitPlugin } from "./cost-limit.ts";
import { TokenBuckets } from "./rate-limit.ts";
import { publicCallerFor } from "./public-operations.ts";
import { TrustedDocuments, trustedDocumentsMiddleware, type Refuse } from "./trusted-documents.ts";
import { gatewaySettings, type GatewaySettings } from "./settings.ts";
import { undiciFetcher, type SubgraphClient } from "./subgraph-client.ts";
import { CONSOLE_DIR, consoleRouter, devIdentitiesFromEnv, devIdentitiesRouter, type DevIdentity } from "./console.ts";

export const SUPERGRAPH_PATH = fileURLToPath(new URL("../../schema/supergraph.graphql", import.meta.url));

/** What the gateway knows about the caller of one request. */
export interface GatewayContext {
  caller: Caller;
  /** The caller as it travels to the subgraphs (encoded once per request, signed per call). */
  encodedCaller: string;
}

/**
 * Sends each subgraph call with the caller's signed context: the caller goes into a header here,
 * and the fetcher signs it with a timestamp and the body exactly as sent. A call that takes
 * longer than the timeout is abandoned, and the gateway answers with what the others returned.
 */
class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** What sends the signed request (see subgraph-client.ts). */
  transport: Fetcher;

  constructor(url: string, name: string, timeoutMs: number, client: SubgraphClient, calls: Histogram<string>) {
    super({ url });
    this.transport = client === "undici" ? undiciFetcher() : client === "fetch" ? (fetch as unknown as Fetcher) : this.fetcher;
    this.fetcher = async (target, init) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      const context = headers[CONTEXT_HEADER];
      if (!context) throw new Error(`no caller to send to ${name}`);
      const { pathname, search } = new URL(target);
      const body = typeof init?.body === "string" ? init.body : "";
      Object.assign(headers, signEncodedCall(context, init?.method ?? "POST", pathname + search, body));
      const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
      const stopTimer = calls.startTimer({ subgraph: name });
      try {
        // make-fetch-happen also takes a timeout in milliseconds, which covers reading the body.
        const response = await this.transport(target, { ...init, headers, signal, ...(timeoutMs > 0 ? { timeout: timeoutMs } : {}) } as typeof init);
        stopTimer({ outcome: String(response.status) });
        return response;
      } catch (error) {
        // Named after the channel, so the caller knows which part of the answer is missing.
        const timedOut = signal?.aborted || (error as { type?: string }).type === "request-timeout";
        stopTimer({ outcome: timedOut ? "timeout" : "unreachable" });
        throw new GraphQLError(timedOut ? `${name} did not answer within ${timeoutMs} ms` : `${name} could not be reached: ${(error as Error).message}`, {
          extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: name, messageZh: `${channelZh(name)}暂时无法访问，结果不含该部门的数据` },
        });
      }
    };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.encodedCaller) request.http?.headers.set(CONTEXT_HEADER, context.encodedCaller);
  }

  /**
   * A subgraph answers 400 when an argument fails its scalar (a malformed ID number, say). The
   * stock data source reports that as an opaque "400: Bad Request"; the caller needs the
   * subgraph's own message and code instead. A 401 means the gateway's own signature was refused:
   * a configuration fault (HUB_SERVICE_SECRET differs, clocks apart), never the caller's.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined)?.body;
    const first = body?.errors?.[0];
    if (response.status === 401) {
      console.error(`[gateway] ${this.url} refused the gateway's signature: ${first?.message ?? response.statusText}`);
      return new GraphQLError("A subgraph refused the gateway's signature: the gateway and the subgraphs must share HUB_SERVICE_SECRET and keep their clocks in step", {
        extensions: { code: "INTERNAL_SERVER_ERROR", messageZh: INTERNAL_ZH },
      });
    }
    if (!first?.message) return error;
    return new GraphQLError(first.message, {
      extensions: { ...first.extensions },
    });
  }
}

const INTERNAL_ZH = "系统内部错误，请稍后重试；运维人员可在日志中查看详情";

/** A subgraph as a clerk knows it: the Chinese head of its title ("警调对接: ..." → 警调对接). */
function channelZh(service: string): string {
  return SUBGRAPHS.find((s) => s.name === service)?.title.split(":")[0] ?? service;
}

// graphql-js reports a literal argument of the wrong value (an unknown enum value, a string where
// a number belongs) as a validation failure; for the caller it is bad input like any other.
const BAD_LITERAL = /^(Value ".*" does not exist in ".*" enum|Expected value of type|Enum ".*" cannot represent)/;

// Codes whose messages are written for the caller; anything else may carry internals.
const CALLER_CODES = new Set([
  "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "UNAUTHENTICATED", "FORBIDDEN", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Subgraph errors keep their codes (BAD_USER_INPUT, NOT_FOUND, CONFLICT); stack traces never
 * leave. In production every other message (a subgraph's address, a network error, whatever
 * went wrong inside) is replaced; the code and the subgraph's name stay, so callers can act.
 */
function errorFormatter(production: boolean) {
  return function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const { stacktrace: _drop, exception: _alsoDrop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (extensions.code === "GRAPHQL_VALIDATION_FAILED" && BAD_LITERAL.test(formatted.message)) {
      extensions.code = "BAD_USER_INPUT";
      extensions.messageZh = "所填的值不是可选的值，请重新选择";
    }
    if (!production || CALLER_CODES.has(String(extensions.code))) return { ...formatted, extensions };
    console.error("[gateway]", error);
    const service = typeof extensions.serviceName === "string" ? extensions.serviceName : null;
    const message = service
      ? `The ${service} service could not answer this part of the request; the rest of the answer is complete`
      : "Internal error; the hub's operators have the details in its log";
    return {
      message,
      path: formatted.path,
      extensions: { code: extensions.code ?? "INTERNAL_SERVER_ERROR", ...(service ? { serviceName: service } : {}), messageZh: service ? `${channelZh(service)}暂时无法答复，结果不含该部门的数据` : INTERNAL_ZH },
    };
  };
}

export interface GatewayServer {
  app: express.Express;
  httpServer: http.Server;
  settings: GatewaySettings;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** The composed supergraph; the gateway never introspects subgraphs. */
  supergraphSdl?: string;
  /** Where each subgraph is; defaults to COURT_MEDIATION_URL etc. or the local default ports. */
  subgraphUrl?: (name: string) => string;
  /** Overrides of the settings read from the environment (tests start gateways with small limits). */
  settings?: Partial<GatewaySettings>;
  /** The built console to serve at /; defaults to HUB_CONSOLE_DIR or console/dist. */
  consoleDir?: string;
  /** Demo identities for the console's development sign-in; defaults to HUB_DEV_IDENTITIES. Ignored in production. */
  devIdentities?: DevIdentity[];
}


/** x-hub-purpose, URI-encoded by the client since headers carry only Latin-1; at most 500 characters. */
function purposeOf(req: express.Request): string | null {
  const raw = req.headers["x-hub-purpose"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not URI-encoded: take it as sent.
  }
  // Control characters would end up in the audit log; they belong to no purpose.
  const purpose = decoded.replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, 500);
  return purpose || null;
}

export async function createGateway(options: GatewayOptions = {}): Promise<GatewayServer> {
  // The keys are checked where the process starts (index.ts): tests build production-mode gateways here.
  const settings: GatewaySettings = { ...gatewaySettings(), ...options.settings };
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, "utf8");
  const urlOf = options.subgraphUrl ?? ((name: string) => subgraphUrlOf(name));
  const metrics = createServiceMetrics("gateway");
  const subgraphCalls = callDurationHistogram(
    metrics.registry,
    "hub_subgraph_request_duration_seconds",
    "The gateway's calls to each subgraph, by subgraph and outcome (HTTP status, timeout or unreachable)",
    ["subgraph", "outcome"],
  );
  const refusals = new Counter({
    name: "hub_gateway_refused_total",
    help: "Requests refused before GraphQL ran (no or bad token, rate limit, body too large), by code",
    labelNames: ["code"] as const,
    registers: [metrics.registry],
  });
  // A refusal before GraphQL runs, in the shape GraphQL clients read, counted by its code.
  const refuse: Refuse = (res, status, code, message, zh) => {
    refusals.inc({ code });
    res.status(status).json({ errors: [{ message, extensions: { code, messageZh: zh } }] });
  };
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new HubDataSource(urlOf(name), name, settings.subgraphTimeoutMs, settings.subgraphClient, subgraphCalls),
  });
  const app = express();
  app.set("trust proxy", settings.trustProxy);
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const { limits } = settings;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // Costed once the variables are known (cost-limit.ts), so `first: $n` weighs what `first: 100` does.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    // Armor's token limit throws from a hook, which Apollo Server 5 reports as "Validation
    // aborted."; graphql-js counts tokens itself while parsing (parseOptions below).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // "Did you mean …?" maps the schema for whoever probes it; off where introspection is off.
    blockFieldSuggestion: { enabled: settings.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: errorFormatter(settings.production),
    includeStacktraceInErrorResponses: false,
    introspection: !settings.production,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      costLimitPlugin(limits.maxCost),
      metrics.plugin as ApolloServerPlugin<GatewayContext>,
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get("/metrics", metrics.handler);
  // Read by the console before sign-in: no token, and nothing secret in it.
  app.get("/console/config.json", (_req, res) => {
    res.json({ signIn: settings.consoleSignIn });
  });

  const trustedDocuments = settings.trustedDocuments === "off" ? TrustedDocuments.empty() : TrustedDocuments.load(settings.trustedDocumentsFile);
  const buckets = new TokenBuckets(settings.rateLimit);
  const verified = new VerifiedTokens(settings.tokenCacheSize);
  // Who calls: the verified token's caller, or why there is none (refused after the rate limit,
  // so that guessing tokens is rate-limited by address too).
  const authenticate: express.RequestHandler = async (req, res, next) => {
    try {
      res.locals.caller = await verifyToken(bearerToken(req.headers.authorization), settings.jwt, purposeOf(req), verified);
    } catch (error) {
      res.locals.authError = error instanceof AuthenticationError ? error : new AuthenticationError("The access token could not be verified", "登录凭证无法校验，请重新登录");
    }
    next();
  };
  const rateLimit: express.RequestHandler = (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    const key = caller ? `caller:${caller.agencyId}/${caller.subject}` : `address:${req.ip}`;
    const admission = buckets.take(key);
    if (!admission.admitted) {
      res.setHeader("retry-after", String(admission.retryAfterSeconds));
      const who = caller ? `${caller.agencyId}/${caller.subject}` : `address ${req.ip}`;
      const { perSecond, burst } = settings.rateLimit;
      return refuse(
        res,
        429,
        "RATE_LIMITED",
        `Too many requests from ${who}: the limit is ${perSecond} per second (bursts of ${burst}); retry after ${admission.retryAfterSeconds} s`,
        `请求过于频繁，请 ${admission.retryAfterSeconds} 秒后重试`,
      );
    }
    next();
  };
  const requireCaller: express.RequestHandler = (req, res, next) => {
    const error = res.locals.authError as AuthenticationError | undefined;
    if (!error) return next();
    // No token at all: a party's public operations (群众端) go on as the anonymous caller.
    if (!req.headers.authorization) {
      const anonymous = publicCallerFor(req.body, req.ip);
      if (anonymous) {
        res.locals.caller = anonymous;
        return next();
      }
    }
    if (error.status === 401) res.setHeader("www-authenticate", `Bearer realm="mediation-hub", error="invalid_token"`);
    refuse(res, error.status, error.status === 401 ? "UNAUTHENTICATED" : "SERVICE_UNAVAILABLE", error.message, error.zh);
  };
  app.use(
    "/graphql",
    authenticate,
    rateLimit,
    express.json({ limit: settings.maxBodyBytes }),
    trustedDocumentsMiddleware(trustedDocuments, settings.trustedDocuments, refuse),
    // After the body is read: whether a request without a token may go on depends on its operation.
    requireCaller,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const caller = res.locals.caller as Caller;
        return { caller, encodedCaller: encodeCaller(caller) };
      },
    }),
  );
  // Development sign-in mints tokens with the development key: it must not exist in production.
  if (!settings.production) app.use(devIdentitiesRouter(options.devIdentities ?? devIdentitiesFromEnv()));
  app.use(consoleRouter(options.consoleDir ?? process.env.HUB_CONSOLE_DIR ?? CONSOLE_DIR));
  // A body over the limit (413) or one that is not JSON (400), answered as GraphQL clients read errors.
  app.use((error: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.too.large") {
      return refuse(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${settings.maxBodyBytes} bytes; send a smaller operation (variables included)`, "请求内容过大，请减少一次提交的内容");
    }
    if (error.status && error.status < 500) return refuse(res, error.status, "BAD_REQUEST", `The request body could not be read: ${error.message ?? "malformed"}`, "请求内容无法读取，请刷新页面后重试");
    console.error("[gateway]", error);
    refuse(res, 500, "INTERNAL_SERVER_ERROR", "Internal error; the hub's operators have the details in its log", INTERNAL_ZH);
  });

  return {
    app,
    httpServer,
    settings,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", (error: NodeJS.ErrnoException) =>
          reject(error.code === "EADDRINUSE" ? new Error(portInUseMessage("the gateway", port, "GATEWAY_PORT")) : error),
        );
        httpServer.listen(port, host, () => resolve(`http://${host}:${(httpServer.address() as AddressInfo).port}/graphql`));
      });
    },
    async stop() {
      await apollo.stop();
    },
  };
}
