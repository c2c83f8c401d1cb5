import { DisputeType, DivisionCodeScalar, DivisionPrefixScalar, PartyInput } from "@hub/kit";
import { Field, InputType } from "type-graphql";
import { PetitionForm, PetitionStatus } from "../../workflow/petition.workflow.ts";

@InputType({ description: "A petition as the letters-and-visits bureau registers it (信访登记)." })
export class RegisterPetitionInput {
  @Field(() => PetitionForm, { description: "How the petition came in: visit, letter, online or the 12345 hotline." })
  form!: PetitionForm;

  @Field(() => DivisionCodeScalar, { description: "Division code of the registering bureau." })
  divisionCode!: string;

  @Field(() => DisputeType, { description: "Dispute type the petition is about." })
  disputeType!: DisputeType;

  @Field(() => String, { description: "What the petitioner asks for and why (信访事项), up to 4000 characters." })
  content!: string;

  @Field(() => [PartyInput], { description: "The petitioners (role APPLICANT, at least one) and any party the petition is about (RESPONDENT)." })
  petitioners!: PartyInput[];

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute is already registered at the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the petition was received; defaults to now. Must not be in the future." })
  registeredAt?: Date | null;
}

@InputType({ description: "Filters for listing petitions." })
export class PetitionFilter {
  @Field(() => PetitionStatus, { nullable: true, description: "Only petitions in this status." })
  status?: PetitionStatus | null;

  @Field(() => PetitionForm, { nullable: true, description: "Only petitions that came in this way." })
  form?: PetitionForm | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only petitions registered inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only petitions whose agency step is past its deadline (督办)." })
  overdueOnly?: boolean | null;
}
