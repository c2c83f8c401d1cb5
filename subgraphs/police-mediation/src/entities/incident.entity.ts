import { Access, DisputeType, DivisionCodeScalar, HandoffOutcome, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Authorized, Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { mediationEligibility } from "../workflow/exclusions.ts";
import { IncidentCategory, OPEN_INCIDENT_STATUSES, PoliceIncidentStatus } from "../workflow/incident.workflow.ts";

@ObjectType({ description: "Whether the police may mediate an incident (治安调解适用条件), and why not." })
export class PoliceMediationEligibility {
  @Field(() => Boolean, { description: "True when nothing excludes the incident from police mediation." })
  eligible!: boolean;

  @Field(() => [String], { description: "Every reason the incident is excluded, in Chinese and English with the rule cited; empty when eligible." })
  reasons!: string[];
}

@ObjectType({ description: "A 110 incident (警情) arising from a civil dispute, handled by police mediation (治安调解) or passed to the mediation centre (警调对接)." })
@Directive('@key(fields: "id")')
export class PoliceIncident {
  declare [OptionalProps]?:
    | "id" | "version" | "status" | "repeatOffender" | "createdAt" | "overdue" | "mediationEligibility";

  @Field(() => ID, { description: "Id of the incident in the police-mediation channel." })
  id!: string;

  @Field(() => String, { description: "The 110 incident number (警情编号) as given by the police system: 1 to 40 letters, digits or hyphens; unique." })
  incidentNumber!: string;

  @Field(() => String, { description: "Police station handling the incident (派出所), e.g. 红塔分局玉兴派出所." })
  station!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the station's area." })
  divisionCode!: string;

  @Field(() => IncidentCategory, { description: "Category of the incident (警情类别)." })
  category!: IncidentCategory;

  @Field(() => Boolean, { description: "Whether a party has violated public-order law repeatedly (多次违反治安管理); excludes police mediation." })
  repeatOffender!: boolean;

  @Field(() => DisputeType, { description: "Type of the underlying civil dispute (纠纷类型)." })
  disputeType!: DisputeType;

  @Authorized(Access.CONTENT)
  @Field(() => String, {
    nullable: true,
    description: "Brief account of the incident (警情简要), up to 4000 characters. Personal data: read by the police and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else.",
  })
  narrative!: string;

  @Field(() => Date, { description: "When the 110 call was received (接警时间)." })
  reportedAt!: Date;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute is registered at the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => PoliceIncidentStatus, { description: "Where the incident stands." })
  status!: PoliceIncidentStatus;

  @Field(() => Date, { nullable: true, description: "Next legal deadline: the first session within 3 working days of the report, a second within 7 working days of the first; null when no session is due or the incident is excluded from police mediation." })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When police mediation was arranged." })
  mediationScheduledAt?: Date | null;

  @Field(() => String, { nullable: true, description: "What was recorded about performing the agreement (协议履行情况)." })
  performanceNote?: string | null;

  @Field(() => String, { nullable: true, description: "Penalty imposed when mediation failed or the agreement was not performed (处罚决定)." })
  penalty?: string | null;

  @Field(() => String, { nullable: true, description: "What the parties were told about suing over the civil dispute (告知可向人民法院提起民事诉讼)." })
  adviceToSue?: string | null;

  @Field(() => String, { nullable: true, description: "Mediation organisation the incident was handed to (移交的调解组织)." })
  mediationOrganisation?: string | null;

  @Field(() => HandoffOutcome, { nullable: true, description: "How the mediation centre's case on the referred dispute ended (调解结果), once it reported back." })
  mediationOutcome?: HandoffOutcome | null;

  @Field(() => String, { nullable: true, description: "The mediation centre's result on the referred dispute (调解结果反馈): agreement terms or why mediation failed." })
  mediationResult?: string | null;

  @Field(() => Date, { nullable: true, description: "When the mediation centre's result came back." })
  mediationResultAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the incident was closed in this channel: performed, penalised or referred." })
  closedAt?: Date | null;

  /** Optimistic-lock version: concurrent state changes fail with CONFLICT instead of overwriting. */
  version!: number;

  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether a mediation session is past its legal deadline (超期, for 督办)." })
  get overdue(): boolean {
    return OPEN_INCIDENT_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }

  @Field(() => PoliceMediationEligibility, { description: "Whether the police may mediate this incident, per 公通字〔2007〕81号." })
  get mediationEligibility(): PoliceMediationEligibility {
    return mediationEligibility(this.category, this.repeatOffender);
  }
}

export const PoliceIncidentSchema = defineEntity({
  class: PoliceIncident,
  tableName: "police_incident",
  indexes: [
    { properties: ["status", "dueAt"] },
    { properties: ["unifiedNumber"] },
    { properties: ["reportedAt"] },
    { properties: ["station"] },
    { properties: ["divisionCode"] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    incidentNumber: p.string().length(40).unique(),
    station: p.string().length(200),
    divisionCode: p.string().length(12),
    category: p.enum(() => IncidentCategory),
    repeatOffender: p.boolean().default(false),
    disputeType: p.enum(() => DisputeType),
    narrative: p.text(),
    reportedAt: p.datetime(),
    unifiedNumber: p.string().length(32).nullable(),
    status: p.enum(() => PoliceIncidentStatus).default(PoliceIncidentStatus.REPORTED),
    dueAt: p.datetime().nullable(),
    mediationScheduledAt: p.datetime().nullable(),
    performanceNote: p.text().nullable(),
    penalty: p.text().nullable(),
    adviceToSue: p.text().nullable(),
    mediationOrganisation: p.string().length(200).nullable(),
    mediationOutcome: p.enum(() => HandoffOutcome).nullable(),
    mediationResult: p.text().nullable(),
    mediationResultAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
