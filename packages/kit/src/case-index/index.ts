export * from "./catalog.ts";
export * from "./publish.ts";
