import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { JudicialConfirmation } from "../entities/confirmation.entity.ts";
import { CourtFiling } from "../entities/filing.entity.ts";
import { CourtReferral } from "../entities/referral.entity.ts";

/** What the court-mediation channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyCourtResolver {
  @FieldResolver(() => [CourtReferral], { description: "Court referrals to mediation in which this party appears (诉调对接)." })
  async courtReferrals(@Root() party: Party, @Ctx() ctx: HubContext): Promise<CourtReferral[]> {
    return readableAll(ctx, "CourtReferral", await loadCasesOfParty(ctx, CourtReferral, "CourtReferral", party.partyKey));
  }

  @FieldResolver(() => [JudicialConfirmation], { description: "Judicial-confirmation applications of this party (司法确认)." })
  async judicialConfirmations(@Root() party: Party, @Ctx() ctx: HubContext): Promise<JudicialConfirmation[]> {
    return readableAll(ctx, "JudicialConfirmation", await loadCasesOfParty(ctx, JudicialConfirmation, "JudicialConfirmation", party.partyKey));
  }

  @FieldResolver(() => [CourtFiling], { description: "Filing requests (立案申请) from other agencies in which this party appears." })
  async courtFilings(@Root() party: Party, @Ctx() ctx: HubContext): Promise<CourtFiling[]> {
    return readableAll(ctx, "CourtFiling", await loadCasesOfParty(ctx, CourtFiling, "CourtFiling", party.partyKey));
  }
}

/** What the court-mediation channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputeCourtResolver {
  @FieldResolver(() => [CourtReferral], { description: "Court referrals under this unified dispute number." })
  async courtReferrals(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<CourtReferral[]> {
    return readableAll(ctx, "CourtReferral", await loadManyBy(ctx, CourtReferral, "unifiedNumber", dispute.unifiedNumber));
  }

  @FieldResolver(() => [JudicialConfirmation], { description: "Judicial-confirmation applications under this unified dispute number." })
  async judicialConfirmations(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<JudicialConfirmation[]> {
    return readableAll(ctx, "JudicialConfirmation", await loadManyBy(ctx, JudicialConfirmation, "unifiedNumber", dispute.unifiedNumber));
  }

  @FieldResolver(() => [CourtFiling], { description: "Filing requests (立案申请) under this unified dispute number." })
  async courtFilings(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<CourtFiling[]> {
    return readableAll(ctx, "CourtFiling", await loadManyBy(ctx, CourtFiling, "unifiedNumber", dispute.unifiedNumber));
  }
}
