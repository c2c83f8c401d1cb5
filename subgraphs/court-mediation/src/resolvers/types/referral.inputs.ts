import { CaseNumberScalar, DisputeType, DivisionCodeScalar, DivisionPrefixScalar, MoneyScalar, PartyInput } from "@hub/kit";
import { Field, InputType } from "type-graphql";
import { CourtProcedure, ReferralKind, ReferralStatus } from "../../workflow/referral.workflow.ts";

@InputType({ description: "A court's referral of a case to mediation." })
export class ReferCaseInput {
  @Field(() => ReferralKind, { description: "委派 (before filing) or 委托 (after filing)." })
  kind!: ReferralKind;

  @Field(() => CourtProcedure, { nullable: true, description: "Required for 委托: ordinary (15 days) or simplified (7 days)." })
  procedure?: CourtProcedure | null;

  @Field(() => String, { description: "Referring court, e.g. 玉溪市红塔区人民法院." })
  court!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the court's seat." })
  divisionCode!: string;

  @Field(() => CaseNumberScalar, { nullable: true, description: "Case number; required for 委托 (the case is filed)." })
  caseNumber?: string | null;

  @Field(() => String, { description: "Judge or case officer making the referral." })
  judge!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute is already registered at the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => DisputeType, { description: "Dispute type." })
  disputeType!: DisputeType;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute, yuan." })
  amount?: string | null;

  @Field(() => String, { description: "Summary of the claims, up to 2000 characters." })
  summary!: string;

  @Field(() => [PartyInput], { description: "The parties; at least one." })
  parties!: PartyInput[];

  @Field(() => Date, { nullable: true, description: "When the court referred the case; defaults to now. Must not be in the future." })
  referredAt?: Date | null;
}

@InputType({ description: "Filters for listing court referrals." })
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: "Only referrals in this status." })
  status?: ReferralStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only open referrals past their due date (督办)." })
  overdueOnly?: boolean | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only courts inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;
}

@InputType({ description: "The mediation result returned to the court." })
export class ReferralResultInput {
  @Field(() => String, { description: "Agreement terms, or why mediation failed; up to 2000 characters." })
  resultSummary!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount agreed, yuan (success only)." })
  agreedAmount?: string | null;
}

