import { defineSubgraph, loadById, type HubContext } from "@hub/kit";
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
  referenceResolvers: {
    ArbitrationCase: { __resolveReference: (ref: { id: string }, ctx: HubContext) => loadById(ctx, ArbitrationCase, ref.id) },
  },
});
