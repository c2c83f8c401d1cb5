import { DivisionCodeScalar, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { DispatchLevel, DispatchStatus } from "../workflow/dispatch.workflow.ts";
import { DisputeSource } from "../workflow/dispute.workflow.ts";
import { MediationCommitteeSchema } from "./committee.entity.ts";
import { DisputeSchema } from "./dispute.entity.ts";
import { MediationCaseSchema } from "./mediation-case.entity.ts";

@ObjectType({ description: "One routing of a dispute to a committee (派单), with the rule that chose it and its sign-for clock (签收时限)." })
export class Dispatch {
  declare [OptionalProps]?: "id" | "version" | "status" | "createdAt" | "overdue" | "remindedAt" | "signedAt" | "returnedAt" | "returnReason" | "escalatedAt";

  @Field(() => ID, { description: "Id of the routing." })
  id!: string;

  /** The dispute routed (foreign key). */
  disputeId!: string;

  /** The people's mediation case the committee takes on when it signs (foreign key). */
  mediationCaseId!: string;

  @Field(() => String, { description: "Unified dispute number (统一编号) of the dispute routed." })
  unifiedNumber!: string;

  @Field(() => DivisionCodeScalar, { description: "The dispute's division; decides whose scope sees the routing." })
  divisionCode!: string;

  @Field(() => DisputeSource, { description: "Door the dispute came in by (纠纷来源); decides the sign-for limit." })
  source!: DisputeSource;

  /** Committee assigned (foreign key); null when the county centre (矛调中心) itself holds it. */
  committeeId?: string | null;

  @Field(() => DispatchLevel, { description: "Level of the assignee: 村居, 乡镇街道, 县区 or 行业." })
  level!: DispatchLevel;

  @Field(() => String, { description: "Key of the rule in dispatch.rules.ts that chose the assignee, e.g. VILLAGE." })
  rule!: string;

  @Field(() => String, { description: "What the rule says, e.g. 按属地: 村(居)调委会." })
  ruleText!: string;

  @Field(() => Int, { description: "1 for the first routing of the dispute, 2 for the next, …" })
  attempt!: number;

  @Field(() => DispatchStatus, { description: "待签收, 已签收, 已退回 or 逾期上提." })
  status!: DispatchStatus;

  @Field(() => Date, { description: "When the committee must sign for it (签收时限), in China's working days." })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the reminder one working day before the limit was recorded (提醒)." })
  remindedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the committee signed for it (签收)." })
  signedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the committee returned it (退回)." })
  returnedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why the committee returned it (退回理由)." })
  returnReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the missed clock sent it a level up (逾期上提)." })
  escalatedAt?: Date | null;

  @Field(() => Date, { description: "When the dispute was routed here." })
  createdAt!: Date;

  version!: number;

  @Field(() => Boolean, { description: "Whether it still waits for signing past its limit (逾期未签收)." })
  get overdue(): boolean {
    return this.status === DispatchStatus.ASSIGNED && isOverdue(this.dueAt);
  }
}

export const DispatchSchema = defineEntity({
  class: Dispatch,
  tableName: "dispatch",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["disputeId"] }, { properties: ["committeeId"] }, { properties: ["unifiedNumber"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    disputeId: p.manyToOne(DisputeSchema).mapToPk().name("dispute_id"),
    mediationCaseId: p.manyToOne(MediationCaseSchema).mapToPk().name("mediation_case_id"),
    unifiedNumber: p.string().length(32),
    divisionCode: p.string().length(12),
    source: p.enum(() => DisputeSource),
    committeeId: p.manyToOne(MediationCommitteeSchema).mapToPk().name("committee_id").nullable(),
    level: p.enum(() => DispatchLevel),
    rule: p.string().length(32),
    ruleText: p.string().length(100),
    attempt: p.integer(),
    status: p.enum(() => DispatchStatus).default(DispatchStatus.ASSIGNED),
    dueAt: p.datetime(),
    remindedAt: p.datetime().nullable(),
    signedAt: p.datetime().nullable(),
    returnedAt: p.datetime().nullable(),
    returnReason: p.text().nullable(),
    escalatedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
