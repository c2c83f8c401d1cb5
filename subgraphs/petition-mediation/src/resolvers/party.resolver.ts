import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Petition } from "../entities/petition.entity.ts";

/** What the petition-mediation channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyPetitionResolver {
  @FieldResolver(() => [Petition], { description: "Petitions (信访件) in which this party is a petitioner or is named (访调对接)." })
  async petitions(@Root() party: Party, @Ctx() ctx: HubContext): Promise<Petition[]> {
    return readableAll(ctx, "Petition", await loadCasesOfParty(ctx, Petition, "Petition", party.partyKey));
  }
}

/** What the petition-mediation channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputePetitionResolver {
  @FieldResolver(() => [Petition], { description: "Petitions under this unified dispute number." })
  async petitions(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<Petition[]> {
    return readableAll(ctx, "Petition", await loadManyBy(ctx, Petition, "unifiedNumber", dispute.unifiedNumber));
  }
}
