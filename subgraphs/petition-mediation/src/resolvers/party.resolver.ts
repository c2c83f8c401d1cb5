import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Petition } from "../entities/petition.entity.ts";

/** What the petition-mediation channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyPetitionResolver {
  @FieldResolver(() => [Petition], {
    nullable: true,
    description: "Petitions (信访件) in which this party is a petitioner or is named (访调对接). Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async petitions(@Root() party: Party, @Ctx() ctx: HubContext): Promise<Petition[]> {
    return readableAll(ctx, "Petition", await loadCasesOfParty(ctx, Petition, "Petition", party.partyKey));
  }
}

/** What the petition-mediation channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputePetitionResolver {
  @FieldResolver(() => [Petition], {
    nullable: true,
    description: "Petitions under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async petitions(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<Petition[]> {
    return readableAll(ctx, "Petition", await loadManyBy(ctx, Petition, "unifiedNumber", dispute.unifiedNumber));
  }
}
