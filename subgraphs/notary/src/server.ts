import { defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { entities } from "./entities/index.ts";
import { NotarisationApplication } from "./entities/notarisation.entity.ts";
import { notaryHandoffs } from "./handoffs/index.ts";
import { migrations } from "./migrations/index.ts";
import { NotarisationApplicationResolver } from "./resolvers/notarisation.resolver.ts";
import { DisputeNotaryResolver, PartyNotaryResolver } from "./resolvers/party.resolver.ts";
import { notaryIndexers } from "./case-index.ts";

/** 公证: compulsory-enforcement notarisation (赋强公证) of debt instruments such as mediation agreements. */
export const notary = defineSubgraph({
  name: "notary",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  handoffs: notaryHandoffs,
  indexers: notaryIndexers,
  resolvers: [NotarisationApplicationResolver, PartyNotaryResolver, DisputeNotaryResolver],
  // The gateway resolves references for other subgraphs' fields: the same read rules, unreadable ones left out.
  referenceResolvers: {
    NotarisationApplication: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "NotarisationApplication", await loadById(ctx, NotarisationApplication, ref.id)) },
  },
});
