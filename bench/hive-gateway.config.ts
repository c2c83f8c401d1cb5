/**
 * Hive Gateway's configuration in the benchmark (hive-gateway … --config-path this file): the
 * same security work as our gateway, so the comparison stays fair and the subgraphs answer.
 * Each request's bearer token is verified once (jose, the same settings as gateway/), and every
 * subgraph call carries the caller's signed context over its exact body.
 */
import { defineConfig, type GatewayPlugin } from "@graphql-hive/gateway";
import { bearerToken, jwtSettings, verifyToken } from "../gateway/src/auth.ts";
import { encodeCaller, signEncodedCall } from "../packages/kit/src/service-auth.ts";

const jwt = jwtSettings();
const contexts = new WeakMap<object, Promise<string>>();

function contextOf(request: Request): Promise<string> {
  let context = contexts.get(request);
  if (!context) {
    context = verifyToken(bearerToken(request.headers.get("authorization") ?? undefined), jwt, null).then(encodeCaller);
    contexts.set(request, context);
  }
  return context;
}

const signContext: GatewayPlugin = {
  async onFetch({ url, options, setOptions, context }) {
    const request = (context as { request?: Request }).request;
    if (!request) throw new Error("no incoming request to take the caller from");
    const body = typeof options.body === "string" ? options.body : "";
    const headers: Record<string, string> = Object.fromEntries(new Headers(options.headers as HeadersInit).entries());
    Object.assign(headers, signEncodedCall(await contextOf(request), options.method ?? "POST", new URL(url).pathname, body));
    setOptions({ ...options, headers });
  },
};

export const gatewayConfig = defineConfig({
  plugins: () => [signContext],
});
