export * from "./kinds.ts";
export * from "./handoff.entity.ts";
export * from "./protocol.ts";
export * from "./worker.ts";
export * from "./routes.ts";
export * from "./resolvers.ts";
export * from "./payloads.ts";
