import { MoneyScalar } from "@hub/kit";
import { Field, ID, InputType } from "type-graphql";
import { MediationCaseStatus } from "../../workflow/mediation-case.workflow.ts";

@InputType({ description: "Filters for listing people's mediation cases." })
export class MediationCaseFilter {
  @Field(() => MediationCaseStatus, { nullable: true, description: "Only cases in this status." })
  status?: MediationCaseStatus | null;

  @Field(() => ID, { nullable: true, description: "Only cases of this committee." })
  committeeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only open cases past their one-month limit (督办)." })
  overdueOnly?: boolean | null;
}

@InputType({ description: "The people's mediation agreement reached (人民调解协议书)." })
export class MediationAgreementInput {
  @Field(() => String, { description: "Terms agreed, up to 4000 characters." })
  terms!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the agreement settles or obliges, yuan; required when there is a payment obligation." })
  amount?: string | null;

  @Field(() => Boolean, { description: "Whether a party owes a payment under the agreement." })
  hasPaymentObligation!: boolean;

  @Field(() => Date, { nullable: true, description: "When the parties signed and the committee stamped it (the date it takes effect); defaults to now. Not in the future, not before the case was accepted." })
  signedAt?: Date | null;
}
