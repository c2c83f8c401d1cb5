import { DivisionCodeScalar } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { DispatchLevel, SupervisionClock, SupervisionStatus } from "../workflow/dispatch.workflow.ts";
import { MediationCommitteeSchema } from "./committee.entity.ts";
import { DispatchSchema } from "./dispatch.entity.ts";

@ObjectType({ description: "A comment on a supervision item (督办意见)." })
export class SupervisionComment {
  @Field(() => String, { description: "Who wrote it: agencyId/subject." })
  author!: string;

  @Field(() => String, { description: "The comment." })
  text!: string;

  @Field(() => Date, { description: "When it was written." })
  at!: Date;
}

@ObjectType({ description: "A supervision item (督办事项) opened at the level above when a clock ran out." })
export class SupervisionItem {
  declare [OptionalProps]?: "id" | "version" | "status" | "openedAt" | "comments" | "remindedAt" | "closedAt" | "closingNote" | "escalatedFromId" | "responsiblePerson";

  @Field(() => ID, { description: "Id of the item." })
  id!: string;

  @Field(() => SupervisionClock, { description: "Which clock ran out (签收, …)." })
  clock!: SupervisionClock;

  /** The routing whose clock ran out (foreign key). */
  dispatchId!: string;

  @Field(() => String, { description: "Unified dispute number (统一编号) of the dispute." })
  unifiedNumber!: string;

  @Field(() => DivisionCodeScalar, { description: "The dispute's division; decides whose scope sees the item." })
  divisionCode!: string;

  @Field(() => Date, { description: "When the missed clock ran out." })
  missedDueAt!: Date;

  /** Committee that missed the clock (责任单位, foreign key); null for the county centre itself. */
  responsibleCommitteeId?: string | null;

  @Field(() => String, { description: "Name of the responsible agency (责任单位)." })
  responsibleAgency!: string;

  @Field(() => String, { nullable: true, description: "Person responsible (责任人), when known." })
  responsiblePerson?: string | null;

  @Field(() => DispatchLevel, { description: "Level that supervises (督办层级): the one above the responsible agency." })
  supervisingLevel!: DispatchLevel;

  /** Committee that supervises (foreign key); null for the county centre. */
  supervisorCommitteeId?: string | null;

  @Field(() => String, { description: "Name of the supervising agency (督办单位)." })
  supervisingAgency!: string;

  @Field(() => Date, { description: "When the supervisor must act before the item escalates again (督办时限)." })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the reminder one working day before dueAt was recorded (到期提醒)." })
  remindedAt?: Date | null;

  @Field(() => SupervisionStatus, { description: "督办中, 已办结 or 已升级." })
  status!: SupervisionStatus;

  @Field(() => [SupervisionComment], { description: "Supervisors' comments (督办意见), oldest first." })
  comments!: SupervisionComment[];

  /** The item this one escalated from (foreign key). */
  escalatedFromId?: string | null;

  @Field(() => Date, { description: "When the item was opened." })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When a supervisor closed it." })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "How it was closed (办结说明)." })
  closingNote?: string | null;

  version!: number;
}

export const SupervisionItemSchema = defineEntity({
  class: SupervisionItem,
  tableName: "supervision_item",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["dispatchId"] }, { properties: ["openedAt"] }, { properties: ["divisionCode"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    clock: p.enum(() => SupervisionClock),
    dispatchId: p.manyToOne(DispatchSchema).mapToPk().name("dispatch_id"),
    unifiedNumber: p.string().length(32),
    divisionCode: p.string().length(12),
    missedDueAt: p.datetime(),
    responsibleCommitteeId: p.manyToOne(MediationCommitteeSchema).mapToPk().name("responsible_committee_id").nullable(),
    responsibleAgency: p.string().length(200),
    responsiblePerson: p.string().length(100).nullable(),
    supervisingLevel: p.enum(() => DispatchLevel),
    supervisorCommitteeId: p.manyToOne(MediationCommitteeSchema).mapToPk().name("supervisor_committee_id").nullable(),
    supervisingAgency: p.string().length(200),
    dueAt: p.datetime(),
    remindedAt: p.datetime().nullable(),
    status: p.enum(() => SupervisionStatus).default(SupervisionStatus.OPEN),
    comments: p.json<SupervisionComment[]>().onCreate(() => []),
    escalatedFromId: p.uuid().nullable(),
    openedAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
    closingNote: p.text().nullable(),
    version: p.integer().version(),
  },
});
