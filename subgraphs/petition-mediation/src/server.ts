import { defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { entities } from "./entities/index.ts";
import { Petition } from "./entities/petition.entity.ts";
import { petitionHandoffs } from "./handoffs/petition-diversion.ts";
import { migrations } from "./migrations/index.ts";
import { DisputePetitionResolver, PartyPetitionResolver } from "./resolvers/party.resolver.ts";
import { PetitionResolver } from "./resolvers/petition.resolver.ts";
import { petitionIndexers } from "./case-index.ts";

/** 访调对接: petitions (信访) through acceptance, reply, review and re-review, and their diversion to mediation. */
export const petitionMediation = defineSubgraph({
  name: "petition-mediation",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  handoffs: petitionHandoffs,
  indexers: petitionIndexers,
  resolvers: [PetitionResolver, PartyPetitionResolver, DisputePetitionResolver],
  referenceResolvers: {
    // The gateway resolves references for other subgraphs' fields: the same read rules, unreadable ones left out.
    Petition: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "Petition", await loadById(ctx, Petition, ref.id)) },
  },
});
