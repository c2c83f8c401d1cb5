import { defineSubgraph, loadById, type HubContext } from "@hub/kit";
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
  referenceResolvers: {
    NotarisationApplication: { __resolveReference: (ref: { id: string }, ctx: HubContext) => loadById(ctx, NotarisationApplication, ref.id) },
  },
});
