import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ArbitrationCase } from "../entities/arbitration-case.entity.ts";

/** What the arbitration channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyArbitrationResolver {
  @FieldResolver(() => [ArbitrationCase], {
    nullable: true,
    description: "Labour and commercial arbitration cases in which this party appears (仲裁). Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async arbitrationCases(@Root() party: Party, @Ctx() ctx: HubContext): Promise<ArbitrationCase[]> {
    return readableAll(ctx, "ArbitrationCase", await loadCasesOfParty(ctx, ArbitrationCase, "ArbitrationCase", party.partyKey));
  }
}

/** What the arbitration channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputeArbitrationResolver {
  @FieldResolver(() => [ArbitrationCase], {
    nullable: true,
    description: "Arbitration cases under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async arbitrationCases(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<ArbitrationCase[]> {
    return readableAll(ctx, "ArbitrationCase", await loadManyBy(ctx, ArbitrationCase, "unifiedNumber", dispute.unifiedNumber));
  }
}
