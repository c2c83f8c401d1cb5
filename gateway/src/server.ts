import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { subgraphUrlOf } from "@hub/kit";

export const SUPERGRAPH_PATH = fileURLToPath(new URL("../../schema/supergraph.graphql", import.meta.url));

/** What the gateway knows about the caller of one request. */
export interface GatewayContext {
  actor: string;
}

/**
 * Passes the caller on to every subgraph call, URI-encoded because HTTP headers carry only
 * Latin-1 and agency user names are Chinese.
 */
class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
  ) {
    super({ url });
  }

  /**
   * A subgraph that cannot be reached (stopped, restarting, a network fault) costs only its own
   * part of the answer: the gateway still returns the other channels' data, with an error that
   * names the missing channel so the caller knows the answer is incomplete.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      const reason = error instanceof Error ? ((error as { cause?: { code?: string } }).cause?.code ?? error.message) : String(error);
      throw new GraphQLError(`The ${this.subgraph} subgraph could not be reached (${reason}); its part of this answer is missing.`, {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: this.subgraph },
      });
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set("x-hub-actor", encodeURIComponent(context?.actor ?? "anonymous"));
  }

  /**
   * A subgraph answers 400 when an argument fails its scalar (a malformed ID number, say). The
   * stock data source reports that as an opaque "400: Bad Request"; the caller needs the
   * subgraph's own message and code instead.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined)?.body;
    const first = body?.errors?.[0];
    if (!first?.message) return error;
    return new GraphQLError(first.message, {
      extensions: { ...first.extensions },
    });
  }
}

// graphql-js reports a literal argument of the wrong value (an unknown enum value, a string where
// a number belongs) as a validation failure; for the caller it is bad input like any other.
const BAD_LITERAL = /^(Value ".*" does not exist in ".*" enum|Expected value of type|Enum ".*" cannot represent)/;

/** Subgraph errors keep their codes (BAD_USER_INPUT, NOT_FOUND, CONFLICT); stack traces never leave. */
function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _drop, exception: _alsoDrop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (extensions.code === "GRAPHQL_VALIDATION_FAILED" && BAD_LITERAL.test(formatted.message)) extensions.code = "BAD_USER_INPUT";
  return { ...formatted, extensions };
}

export interface GatewayServer {
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** The composed supergraph; the gateway never introspects subgraphs. */
  supergraphSdl?: string;
  /** Where each subgraph is; defaults to COURT_MEDIATION_URL etc. or the local default ports. */
  subgraphUrl?: (name: string) => string;
}

export async function createGateway(options: GatewayOptions = {}): Promise<GatewayServer> {
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, "utf8");
  const urlOf = options.subgraphUrl ?? ((name: string) => subgraphUrlOf(name));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new HubDataSource(name, urlOf(name)),
  });
  const app = express();
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers["x-hub-actor"];
        const raw = Array.isArray(header) ? header[0] : header;
        let actor = "anonymous";
        if (raw) {
          try {
            actor = decodeURIComponent(raw);
          } catch {
            actor = raw;
          }
        }
        return { actor: actor.slice(0, 200) };
      },
    }),
  );

  return {
    app,
    httpServer,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => resolve(`http://${host}:${(httpServer.address() as AddressInfo).port}/graphql`));
      });
    },
    async stop() {
      await apollo.stop();
    },
  };
}
