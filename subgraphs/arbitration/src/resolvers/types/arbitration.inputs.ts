import { DisputeType, DivisionCodeScalar, DivisionPrefixScalar, MoneyScalar, PartyInput } from "@hub/kit";
import { Field, InputType } from "type-graphql";
import { ArbitrationKind, ArbitrationStatus } from "../../workflow/arbitration.workflow.ts";

@InputType({ description: "One claim of an arbitration application (仲裁请求)." })
export class ArbitrationClaimInput {
  @Field(() => String, { description: "What is claimed, up to 500 characters, e.g. 支付2025年10月至12月拖欠工资." })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount claimed, yuan; omit for a claim not for money (e.g. 确认劳动关系)." })
  amount?: string | null;
}

@InputType({ description: "An application for arbitration (仲裁申请)." })
export class ArbitrationApplicationInput {
  @Field(() => ArbitrationKind, { description: "Labour (劳动人事争议) or commercial (商事) arbitration." })
  kind!: ArbitrationKind;

  @Field(() => String, { description: "Arbitration commission applied to, up to 200 characters." })
  commission!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the commission's seat." })
  divisionCode!: string;

  @Field(() => DisputeType, { description: "Dispute type; a labour application must be LABOUR or MIGRANT_WORKER_WAGES." })
  disputeType!: DisputeType;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute came through the mediation centre (e.g. after failed labour mediation)." })
  unifiedNumber?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the dispute arose (争议发生之日: when the applicant knew or should have known of the infringement). Required for labour arbitration, which must be applied for within one year of it.",
  })
  disputeAroseAt?: Date | null;

  @Field(() => [ArbitrationClaimInput], { description: "The claims (仲裁请求), 1 to 20." })
  claims!: ArbitrationClaimInput[];

  @Field(() => [PartyInput], { description: "The parties: at least one applicant (申请人) and one respondent (被申请人)." })
  parties!: PartyInput[];

  @Field(() => Date, { nullable: true, description: "When the application reached the commission; defaults to now. Must not be in the future." })
  appliedAt?: Date | null;
}

@InputType({ description: "Filters for listing arbitration cases." })
export class ArbitrationFilter {
  @Field(() => ArbitrationStatus, { nullable: true, description: "Only cases in this status." })
  status?: ArbitrationStatus | null;

  @Field(() => ArbitrationKind, { nullable: true, description: "Only labour or only commercial cases." })
  kind?: ArbitrationKind | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only commissions inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only open cases past their due date (督办)." })
  overdueOnly?: boolean | null;
}
