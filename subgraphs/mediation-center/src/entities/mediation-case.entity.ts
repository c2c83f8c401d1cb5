import { DivisionCodeScalar, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { MediationCaseStatus, OPEN_MEDIATION_CASE_STATUSES } from "../workflow/mediation-case.workflow.ts";
import { MediationCommitteeSchema } from "./committee.entity.ts";
import { DisputeSchema } from "./dispute.entity.ts";
import { MediatorSchema } from "./mediator.entity.ts";

@ObjectType({ description: "A people's mediation case (人民调解案件) opened for a registered dispute." })
@Directive('@key(fields: "id")')
export class MediationCase {
  declare [OptionalProps]?: "id" | "version" | "status" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the case in the mediation centre." })
  id!: string;

  /** The dispute the case mediates (foreign key). */
  disputeId!: string;

  @Field(() => String, { description: "Unified dispute number of the dispute mediated." })
  unifiedNumber!: string;

  @Field(() => DivisionCodeScalar, { description: "Division where the dispute arose (the dispute's); decides whose division scope sees the case." })
  divisionCode!: string;

  /** Committee handling the case (foreign key); null until assigned. */
  committeeId?: string | null;

  /** Mediator in charge (foreign key); null until accepted. */
  mediatorId?: string | null;

  @Field(() => MediationCaseStatus, { description: "Where the case stands." })
  status!: MediationCaseStatus;

  @Field(() => Date, { description: "When the case was registered." })
  registeredAt!: Date;

  @Field(() => Date, { nullable: true, description: "When a committee accepted the case (受理)." })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When mediation began." })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When mediation should be concluded: one month from acceptance (人民调解工作若干规定 Art 33); null before acceptance." })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the case ended: agreement, failure or termination." })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why mediation failed or was terminated." })
  closingReason?: string | null;

  version!: number;
  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the case is still open past its one-month limit (超期, for 督办)." })
  get overdue(): boolean {
    return OPEN_MEDIATION_CASE_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }
}

export const MediationCaseSchema = defineEntity({
  class: MediationCase,
  tableName: "mediation_case",
  indexes: [{ properties: ["unifiedNumber"] }, { properties: ["status", "dueAt"] }, { properties: ["committeeId"] }, { properties: ["registeredAt"] }, { properties: ["divisionCode"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    disputeId: p.manyToOne(DisputeSchema).mapToPk().name("dispute_id"),
    unifiedNumber: p.string().length(32),
    divisionCode: p.string().length(12),
    committeeId: p.manyToOne(MediationCommitteeSchema).mapToPk().name("committee_id").nullable(),
    mediatorId: p.manyToOne(MediatorSchema).mapToPk().name("mediator_id").nullable(),
    status: p.enum(() => MediationCaseStatus).default(MediationCaseStatus.REGISTERED),
    registeredAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    startedAt: p.datetime().nullable(),
    dueAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    closingReason: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
