import { checkedId, defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { entities } from "./entities/index.ts";
import { PoliceIncident } from "./entities/incident.entity.ts";
import { policeHandoffs } from "./handoffs/police-referral.ts";
import { migrations } from "./migrations/index.ts";
import { PoliceIncidentResolver, PoliceMediationSessionResolver } from "./resolvers/incident.resolver.ts";
import { DisputePoliceResolver, PartyPoliceResolver } from "./resolvers/party.resolver.ts";
import { policeIndexers } from "./case-index.ts";

/**
 * A reference whose id is not a UUID cannot exist; answering null for it keeps one bad
 * representation from failing the whole batch with a database cast error.
 */
async function incidentReference(ref: { id: string }, ctx: HubContext): Promise<PoliceIncident | null> {
  try {
    checkedId("PoliceIncident", ref.id);
  } catch {
    return null;
  }
  // The same read rules as a query: an incident the caller may not read is left out.
  return readable(ctx, "PoliceIncident", await loadById(ctx, PoliceIncident, ref.id));
}

/** 警调对接: 110 incidents arising from civil disputes, police mediation (治安调解) and handoff to the mediation centre. */
export const policeMediation = defineSubgraph({
  name: "police-mediation",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  handoffs: policeHandoffs,
  indexers: policeIndexers,
  resolvers: [PoliceIncidentResolver, PoliceMediationSessionResolver, PartyPoliceResolver, DisputePoliceResolver],
  referenceResolvers: {
    PoliceIncident: { __resolveReference: incidentReference },
  },
});
