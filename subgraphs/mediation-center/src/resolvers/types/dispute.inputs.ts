import { DisputeType, DivisionCodeScalar, DivisionPrefixScalar, MoneyScalar, PartyInput } from "@hub/kit";
import { Field, ID, InputType } from "type-graphql";
import { DisputeSource } from "../../workflow/dispute.workflow.ts";

@InputType({ description: "A dispute to register at the mediation centre (统一受理); a people's mediation case is opened for it." })
export class RegisterDisputeInput {
  @Field(() => DisputeType, { description: "Dispute type." })
  disputeType!: DisputeType;

  @Field(() => DivisionCodeScalar, { description: "Division where the dispute arose; its county code opens the unified number." })
  divisionCode!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute, yuan." })
  amount?: string | null;

  @Field(() => String, { description: "What the dispute is about, up to 4000 characters." })
  description!: string;

  @Field(() => DisputeSource, { description: "Through which door the dispute came in." })
  source!: DisputeSource;

  @Field(() => String, { nullable: true, description: "The referring agency's own number (12345 ticket, 110 incident, petition number), up to 64 characters." })
  sourceReference?: string | null;

  @Field(() => [PartyInput], { description: "The parties; at least one." })
  parties!: PartyInput[];

  @Field(() => ID, { nullable: true, description: "Committee to assign the mediation case to; it can also be set when a mediator accepts the case." })
  committeeId?: string | null;

  @Field(() => Date, { nullable: true, description: "When the dispute was registered; defaults to now. Must not be in the future." })
  registeredAt?: Date | null;
}

@InputType({ description: "Filters for listing registered disputes." })
export class DisputeFilter {
  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only disputes inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;

  @Field(() => DisputeType, { nullable: true, description: "Only disputes of this type." })
  disputeType?: DisputeType | null;
}
