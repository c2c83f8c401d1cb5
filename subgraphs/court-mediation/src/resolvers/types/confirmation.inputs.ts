import { DivisionCodeScalar, MoneyScalar, PartyInput } from "@hub/kit";
import { Field, InputType } from "type-graphql";
import { ConfirmationStatus } from "../../workflow/confirmation.workflow.ts";

@InputType({ description: "A joint application by the parties to confirm a mediation agreement." })
export class JudicialConfirmationInput {
  @Field(() => String, { description: "Court applied to: the inviting court, or the basic court of a party's domicile, the subject or the committee." })
  court!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of that court's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number of the mediated dispute." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the agreement in the mediation centre." })
  agreementId?: string | null;

  @Field(() => String, { description: "Terms of the agreement, up to 4000 characters." })
  agreementTerms!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the agreement obliges, yuan." })
  agreementAmount?: string | null;

  @Field(() => Date, { description: "When the agreement took effect; the application must be within 30 days of it." })
  agreementEffectiveAt!: Date;

  @Field(() => [PartyInput], { description: "Both sides: a joint application needs at least two parties." })
  parties!: PartyInput[];
}

@InputType({ description: "Filters for listing judicial-confirmation applications." })
export class ConfirmationFilter {
  @Field(() => ConfirmationStatus, { nullable: true, description: "Only applications in this status." })
  status?: ConfirmationStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only applications past the court's deadline." })
  overdueOnly?: boolean | null;
}
