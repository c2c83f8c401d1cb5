import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { isOverdue } from "../deadlines.ts";
import { AWAITING_ANSWER, HandoffDirection, HandoffKind, HandoffOutcome, HandoffStatus } from "./kinds.ts";

/**
 * A handoff between two agencies (移交), keyed by the id the sender gave it. Each side keeps its
 * own record in its own database; `handoff(id)` through the gateway shows both.
 */
@ObjectType({ description: "A handoff of a dispute from one agency to another (移交): each side's record is a field named after that channel." })
@Directive('@key(fields: "id")')
export class Handoff {
  @Field(() => ID, { description: "Id the sender gave the handoff; the same in both agencies." })
  id!: string;
}

/** One side's record of a handoff, stored in that side's own database. */
@ObjectType({ description: "One agency's record of a handoff: what was handed over, where it stands, and its due date." })
@Directive("@shareable")
export class HandoffRecord {
  declare [OptionalProps]?: "version" | "offeredAt" | "deliveredAt" | "decidedAt" | "completedAt" | "toCaseType" | "toCaseId" | "reason" | "result" | "outcome" | "overdue" | "divisionCode";

  @Field(() => ID, { description: "Id of the handoff, the same at sender and receiver." })
  id!: string;

  @Field(() => HandoffDirection, { description: "Whether this agency sent or received it." })
  direction!: HandoffDirection;

  @Field(() => String, { nullable: true, description: "The sender's idempotency key: the same key never creates a second handoff." })
  idempotencyKey?: string | null;

  @Field(() => HandoffKind, { description: "Which linkage this is." })
  kind!: HandoffKind;

  @Field(() => String, { description: "Sending channel (subgraph name), e.g. police-mediation." })
  fromChannel!: string;

  @Field(() => String, { description: "Case type at the sender, e.g. PoliceIncident." })
  fromCaseType!: string;

  @Field(() => ID, { description: "Id of the sender's case." })
  fromCaseId!: string;

  @Field(() => String, { description: "Receiving channel (subgraph name)." })
  toChannel!: string;

  @Field(() => String, { nullable: true, description: "Case type the receiver opened, once accepted." })
  toCaseType?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the receiver's case, once accepted." })
  toCaseId?: string | null;

  @Field(() => String, { nullable: true, description: "Unified dispute number the handoff travels under." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Division code of the sender's case (where the dispute arose): agencies and joint meetings whose division scope holds it see the handoff." })
  divisionCode?: string | null;

  @Field(() => String, { description: "One line on what is handed over, for the receiving desk's list." })
  summary!: string;

  /** The full case data for the receiver (parties with their identifiers), AES-GCM encrypted. */
  payloadEncrypted!: string;

  @Field(() => HandoffStatus, { description: "Where the handoff stands." })
  status!: HandoffStatus;

  @Field(() => String, { nullable: true, description: "Why the receiver rejected it (退回理由)." })
  reason?: string | null;

  @Field(() => HandoffOutcome, { nullable: true, description: "How the receiver's case ended, once completed." })
  outcome?: HandoffOutcome | null;

  @Field(() => String, { nullable: true, description: "The receiver's result, sent back when its case ended (办理结果)." })
  result?: string | null;

  @Field(() => Date, { description: "When the receiver must accept or reject it." })
  dueAt!: Date;

  @Field(() => Date, { description: "When the sender offered it." })
  offeredAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the receiver acknowledged it." })
  deliveredAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the receiver accepted or rejected it." })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the receiver's result came back." })
  completedAt?: Date | null;

  version!: number;

  @Field(() => Boolean, { description: "Whether the receiver is past dueAt without an answer (督办)." })
  get overdue(): boolean {
    return AWAITING_ANSWER.includes(this.status) && isOverdue(this.dueAt);
  }
}

export const HandoffRecordSchema = defineEntity({
  class: HandoffRecord,
  tableName: "handoff",
  indexes: [{ properties: ["direction", "status", "dueAt"] }, { properties: ["fromCaseType", "fromCaseId"] }, { properties: ["toCaseType", "toCaseId"] }, { properties: ["unifiedNumber"] }],
  uniques: [{ properties: ["direction", "idempotencyKey"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    direction: p.enum(() => HandoffDirection),
    idempotencyKey: p.string().length(200).nullable(),
    kind: p.enum(() => HandoffKind),
    fromChannel: p.string().length(64),
    fromCaseType: p.string().length(64),
    fromCaseId: p.string().length(64),
    toChannel: p.string().length(64),
    toCaseType: p.string().length(64).nullable(),
    toCaseId: p.string().length(64).nullable(),
    unifiedNumber: p.string().length(32).nullable(),
    divisionCode: p.string().length(12).nullable(),
    summary: p.string().length(500),
    payloadEncrypted: p.text(),
    status: p.enum(() => HandoffStatus),
    reason: p.text().nullable(),
    outcome: p.enum(() => HandoffOutcome).nullable(),
    result: p.text().nullable(),
    dueAt: p.datetime(),
    offeredAt: p.datetime().onCreate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
    decidedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
