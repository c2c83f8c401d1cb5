import { DisputeType, DivisionCodeScalar } from "@hub/kit";
import { Field, ID, InputType } from "type-graphql";
import { MediationCommitteeKind, MediatorEmployment, MediatorGrade } from "../../workflow/committee.workflow.ts";

@InputType({ description: "A people's mediation committee to register with the centre." })
export class CreateMediationCommitteeInput {
  @Field(() => String, { description: "Name, up to 200 characters; unique within its division." })
  name!: string;

  @Field(() => MediationCommitteeKind, { description: "Village, township/street or industry committee." })
  kind!: MediationCommitteeKind;

  @Field(() => String, { nullable: true, description: "Industry or field, up to 100 characters: required for an INDUSTRY committee, not allowed for the others." })
  industry?: string | null;

  @Field(() => DivisionCodeScalar, { description: "Division the committee serves." })
  divisionCode!: string;
}

@InputType({ description: "A people's mediator to appoint to a committee." })
export class AppointMediatorInput {
  @Field(() => ID, { description: "Committee the mediator joins." })
  committeeId!: string;

  @Field(() => String, { description: "Name, 1 to 100 characters." })
  name!: string;

  @Field(() => MediatorEmployment, { description: "Full-time or part-time." })
  employment!: MediatorEmployment;

  @Field(() => MediatorGrade, { description: "Grade." })
  grade!: MediatorGrade;

  @Field(() => [DisputeType], { nullable: true, description: "Dispute types the mediator specialises in; duplicates are ignored." })
  specialties?: DisputeType[] | null;
}
