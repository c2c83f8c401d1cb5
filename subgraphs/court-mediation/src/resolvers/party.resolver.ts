import { DisputeReference, type HubContext, loadCasesOfParty, loadManyBy, Party, readableAll } from "@hub/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { JudicialConfirmation } from "../entities/confirmation.entity.ts";
import { CourtFiling } from "../entities/filing.entity.ts";
import { CourtReferral } from "../entities/referral.entity.ts";

/** What the court-mediation channel adds to a party's cross-agency history. */
@Resolver(() => Party)
export class PartyCourtResolver {
  @FieldResolver(() => [CourtReferral], {
    nullable: true,
    description: "Court referrals to mediation in which this party appears (诉调对接). Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async courtReferrals(@Root() party: Party, @Ctx() ctx: HubContext): Promise<CourtReferral[]> {
    return readableAll(ctx, "CourtReferral", await loadCasesOfParty(ctx, CourtReferral, "CourtReferral", party.partyKey));
  }

  @FieldResolver(() => [JudicialConfirmation], {
    nullable: true,
    description: "Judicial-confirmation applications of this party (司法确认). Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async judicialConfirmations(@Root() party: Party, @Ctx() ctx: HubContext): Promise<JudicialConfirmation[]> {
    return readableAll(ctx, "JudicialConfirmation", await loadCasesOfParty(ctx, JudicialConfirmation, "JudicialConfirmation", party.partyKey));
  }

  @FieldResolver(() => [CourtFiling], {
    nullable: true,
    description: "Filing requests (立案申请) from other agencies in which this party appears. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async courtFilings(@Root() party: Party, @Ctx() ctx: HubContext): Promise<CourtFiling[]> {
    return readableAll(ctx, "CourtFiling", await loadCasesOfParty(ctx, CourtFiling, "CourtFiling", party.partyKey));
  }
}

/** What the court-mediation channel adds to a dispute's path across agencies. */
@Resolver(() => DisputeReference)
export class DisputeCourtResolver {
  @FieldResolver(() => [CourtReferral], {
    nullable: true,
    description: "Court referrals under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async courtReferrals(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<CourtReferral[]> {
    return readableAll(ctx, "CourtReferral", await loadManyBy(ctx, CourtReferral, "unifiedNumber", dispute.unifiedNumber));
  }

  @FieldResolver(() => [JudicialConfirmation], {
    nullable: true,
    description: "Judicial-confirmation applications under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async judicialConfirmations(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<JudicialConfirmation[]> {
    return readableAll(ctx, "JudicialConfirmation", await loadManyBy(ctx, JudicialConfirmation, "unifiedNumber", dispute.unifiedNumber));
  }

  @FieldResolver(() => [CourtFiling], {
    nullable: true,
    description: "Filing requests (立案申请) under this unified dispute number. Null when this channel could not be reached; the response then has an error naming the channel.",
  })
  async courtFilings(@Root() dispute: DisputeReference, @Ctx() ctx: HubContext): Promise<CourtFiling[]> {
    return readableAll(ctx, "CourtFiling", await loadManyBy(ctx, CourtFiling, "unifiedNumber", dispute.unifiedNumber));
  }
}
