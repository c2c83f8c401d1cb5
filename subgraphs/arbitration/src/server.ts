import { defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { ArbitrationCase } from "./entities/arbitration-case.entity.ts";
import { entities } from "./entities/index.ts";
import { arbitrationHandoffs } from "./handoffs/index.ts";
import { migrations } from "./migrations/index.ts";
import { ArbitrationCaseResolver } from "./resolvers/arbitration.resolver.ts";
import { ArbitrationHandoffResolver } from "./resolvers/handoff.resolver.ts";
import { DisputeArbitrationResolver, PartyArbitrationResolver } from "./resolvers/party.resolver.ts";
import { arbitrationIndexers } from "./case-index.ts";

/** 仲裁: labour-dispute and commercial arbitration, with mediation first. */
export const arbitration = defineSubgraph({
  name: "arbitration",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  handoffs: arbitrationHandoffs,
  indexers: arbitrationIndexers,
  resolvers: [ArbitrationCaseResolver, ArbitrationHandoffResolver, PartyArbitrationResolver, DisputeArbitrationResolver],
  // The gateway resolves references for other subgraphs' fields: the same read rules, unreadable ones left out.
  referenceResolvers: {
    ArbitrationCase: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "ArbitrationCase", await loadById(ctx, ArbitrationCase, ref.id)) },
  },
});
