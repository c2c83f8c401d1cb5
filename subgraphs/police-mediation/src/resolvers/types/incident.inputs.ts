import { DisputeType, DivisionCodeScalar, DivisionPrefixScalar, PartyInput } from "@hub/kit";
import { Field, ID, InputType } from "type-graphql";
import { IncidentCategory, PoliceIncidentStatus } from "../../workflow/incident.workflow.ts";

@InputType({ description: "A 110 incident arising from a civil dispute, as the police system records it." })
export class ReportPoliceIncidentInput {
  @Field(() => String, { description: "The 110 incident number (警情编号) as given by the police system: 1 to 40 letters, digits or hyphens; unique." })
  incidentNumber!: string;

  @Field(() => String, { description: "Police station handling the incident (派出所), up to 200 characters." })
  station!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the station's area." })
  divisionCode!: string;

  @Field(() => IncidentCategory, { description: "Category of the incident (警情类别)." })
  category!: IncidentCategory;

  @Field(() => Boolean, { nullable: true, description: "Whether a party has violated public-order law repeatedly (多次违反治安管理); default false." })
  repeatOffender?: boolean | null;

  @Field(() => DisputeType, { description: "Type of the underlying civil dispute." })
  disputeType!: DisputeType;

  @Field(() => String, { description: "Brief account of the incident (警情简要), up to 4000 characters." })
  narrative!: string;

  @Field(() => Date, { nullable: true, description: "When the 110 call was received; defaults to now. Must not be in the future." })
  reportedAt?: Date | null;

  @Field(() => [PartyInput], { description: "The parties: the caller (APPLICANT) and the other side; at least one." })
  parties!: PartyInput[];

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute is already registered at the mediation centre." })
  unifiedNumber?: string | null;
}

@InputType({ description: "A police mediation session that was held on an incident." })
export class RecordIncidentSessionInput {
  @Field(() => ID, { description: "Id of the incident mediated." })
  incidentId!: string;

  @Field(() => Date, { description: "When the session was held; not before the report or an earlier session, not in the future." })
  heldAt!: Date;

  @Field(() => String, { description: "Police officer who mediated (主持调解民警), up to 100 characters." })
  officer!: string;

  @Field(() => Boolean, { description: "Whether the parties reached an agreement. If not, a first session leads to a second one and a second session to failure." })
  agreementReached!: boolean;

  @Field(() => String, { description: "Outcome: the terms agreed, or why no agreement was reached; up to 2000 characters." })
  notes!: string;
}

@InputType({ description: "Filters for listing 110 incidents." })
export class PoliceIncidentFilter {
  @Field(() => PoliceIncidentStatus, { nullable: true, description: "Only incidents in this status." })
  status?: PoliceIncidentStatus | null;

  @Field(() => String, { nullable: true, description: "Only incidents of this police station (exact name)." })
  station?: string | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only stations inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only incidents whose mediation session is past its legal deadline (督办)." })
  overdueOnly?: boolean | null;
}
