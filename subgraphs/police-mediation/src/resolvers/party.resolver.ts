import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PoliceIncident } from "../entities/incident.entity.ts";
import { incidentWorkflow } from "../workflow/incident.workflow.ts";

/** What the police-mediation channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyPoliceResolver {
  @FieldResolver(() => [PoliceIncident], {
    nullable: true,
    description: "110 incidents in which this party appears (警调对接). Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async policeIncidents(@Root() party: Party, @Ctx() ctx: HubContext): Promise<PoliceIncident[]> {
    return readableAll(ctx, incidentWorkflow.caseType, await loadCasesOfParty(ctx, PoliceIncident, incidentWorkflow.caseType, party.partyKey));
  }
}

/** What the police-mediation channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputePoliceResolver {
  @FieldResolver(() => [PoliceIncident], {
    nullable: true,
    description: "110 incidents under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async policeIncidents(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<PoliceIncident[]> {
    return readableAll(ctx, incidentWorkflow.caseType, await loadManyBy(ctx, PoliceIncident, "unifiedNumber", dispute.unifiedNumber));
  }
}
