import { defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { JudicialConfirmation } from "./entities/confirmation.entity.ts";
import { entities } from "./entities/index.ts";
import { courtHandoffs } from "./handoffs/index.ts";
import { CourtFiling } from "./entities/filing.entity.ts";
import { CourtReferral } from "./entities/referral.entity.ts";
import { migrations } from "./migrations/index.ts";
import { JudicialConfirmationResolver } from "./resolvers/confirmation.resolver.ts";
import { CourtFilingResolver } from "./resolvers/filing.resolver.ts";
import { DisputeCourtResolver, PartyCourtResolver } from "./resolvers/party.resolver.ts";
import { CourtReferralResolver } from "./resolvers/referral.resolver.ts";
import { courtIndexers } from "./case-index.ts";

/** 诉调对接: court referrals to mediation, judicial confirmation of mediation agreements, and filing requests from other agencies. */
export const courtMediation = defineSubgraph({
  name: "court-mediation",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  handoffs: courtHandoffs,
  indexers: courtIndexers,
  resolvers: [CourtReferralResolver, JudicialConfirmationResolver, CourtFilingResolver, PartyCourtResolver, DisputeCourtResolver],
  // The gateway resolves references for other subgraphs' fields: the same read rules, unreadable ones left out.
  referenceResolvers: {
    CourtReferral: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "CourtReferral", await loadById(ctx, CourtReferral, ref.id)) },
    JudicialConfirmation: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "JudicialConfirmation", await loadById(ctx, JudicialConfirmation, ref.id)) },
    CourtFiling: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "CourtFiling", await loadById(ctx, CourtFiling, ref.id)) },
  },
});
