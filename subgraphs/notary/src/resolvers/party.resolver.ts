import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotarisationApplication } from "../entities/notarisation.entity.ts";

/** What the notary channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyNotaryResolver {
  @FieldResolver(() => [NotarisationApplication], {
    nullable: true,
    description: "Compulsory-enforcement notarisations (赋强公证) in which this party is creditor or debtor. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async notarisations(@Root() party: Party, @Ctx() ctx: HubContext): Promise<NotarisationApplication[]> {
    return readableAll(ctx, "NotarisationApplication", await loadCasesOfParty(ctx, NotarisationApplication, "NotarisationApplication", party.partyKey));
  }
}

/** What the notary channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputeNotaryResolver {
  @FieldResolver(() => [NotarisationApplication], {
    nullable: true,
    description: "Notarisation applications under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async notarisations(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<NotarisationApplication[]> {
    return readableAll(ctx, "NotarisationApplication", await loadManyBy(ctx, NotarisationApplication, "unifiedNumber", dispute.unifiedNumber));
  }
}
