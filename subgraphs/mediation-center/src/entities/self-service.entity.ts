import { Channel } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Satisfaction } from "../workflow/self-service.rules.ts";

/**
 * One attempt to look a dispute up (群众端查询), matched or not. Misses are counted per client
 * address and per unified number to lock guessing out (SELF_SERVICE_RULES.lookupLockout); kept
 * in the database so that every instance of the subgraph counts the same misses.
 */
export class LookupAttempt {
  declare [OptionalProps]?: "id" | "at";
  id!: string;
  address!: string;
  unifiedNumber!: string;
  matched!: boolean;
  at!: Date;
}

export const LookupAttemptSchema = defineEntity({
  class: LookupAttempt,
  tableName: "lookup_attempt",
  indexes: [{ properties: ["address", "at"] }, { properties: ["unifiedNumber", "at"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    address: p.string().length(200),
    unifiedNumber: p.string().length(64),
    matched: p.boolean(),
    at: p.datetime().onCreate(() => new Date()),
  },
});

@ObjectType({ description: "A party's hurry-up (催办): it lands at the agency holding the dispute, with a clock for its reply." })
export class DisputeUrge {
  declare [OptionalProps]?: "id" | "urgedAt";

  @Field(() => ID, { description: "Id of the hurry-up." })
  id!: string;

  @Field(() => String, { description: "Unified dispute number (统一编号)." })
  unifiedNumber!: string;

  /** The party who urged: their row on the dispute (case_party id). */
  partyId!: string;

  /** China's calendar day it was made on (YYYY-MM-DD): at most one per party, dispute and working day. */
  chinaDay!: string;

  @Field(() => String, { nullable: true, description: "What the party wrote with it." })
  note?: string | null;

  @Field(() => Channel, { description: "Channel of the agency that held the dispute when it was urged." })
  holderChannel!: string;

  @Field(() => String, { description: "Agency that held the dispute (承办单位) and must reply." })
  holderAgency!: string;

  /** Case type of the case that held it, e.g. MediationCase, CourtReferral. */
  holderCaseType!: string;

  @Field(() => String, { description: "Division of the dispute; decides whose scope sees the hurry-up." })
  divisionCode!: string;

  @Field(() => Date, { description: "When the party urged." })
  urgedAt!: Date;

  @Field(() => Date, { description: "When the agency's reply is due (答复时限), in China's working days." })
  replyDueAt!: Date;
}

export const DisputeUrgeSchema = defineEntity({
  class: DisputeUrge,
  tableName: "dispute_urge",
  // The database keeps it to one a day even when two taps race.
  uniques: [{ name: "dispute_urge_once_a_day", properties: ["unifiedNumber", "partyId", "chinaDay"] }],
  indexes: [{ properties: ["holderChannel", "replyDueAt"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    unifiedNumber: p.string().length(32),
    partyId: p.uuid(),
    chinaDay: p.string().length(10),
    note: p.text().nullable(),
    holderChannel: p.string().length(32),
    holderAgency: p.string().length(200),
    holderCaseType: p.string().length(64),
    divisionCode: p.string().length(12),
    urgedAt: p.datetime().onCreate(() => new Date()),
    replyDueAt: p.datetime(),
  },
});

@ObjectType({ description: "A party's evaluation of how their dispute was handled (当事人评价). 不满意 opens a callback (回访) for the committee." })
export class DisputeEvaluation {
  declare [OptionalProps]?: "id" | "evaluatedAt" | "callbackDueAt" | "callbackAt" | "callbackNote" | "callbackBy" | "committeeId" | "comment";

  @Field(() => ID, { description: "Id of the evaluation." })
  id!: string;

  @Field(() => String, { description: "Unified dispute number (统一编号)." })
  unifiedNumber!: string;

  /** The party who evaluated: their row on the dispute (case_party id). One evaluation per party. */
  partyId!: string;

  @Field(() => Satisfaction, { description: "满意, 基本满意 or 不满意." })
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: "What the party wrote." })
  comment?: string | null;

  @Field(() => String, { description: "Division of the dispute; decides whose scope sees the evaluation." })
  divisionCode!: string;

  /** The committee that mediated (foreign key by id), whose callback it is; null when none did. */
  committeeId?: string | null;

  @Field(() => Date, { description: "When the party evaluated." })
  evaluatedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the callback (回访) is due; set only for 不满意." })
  callbackDueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the callback was recorded as done." })
  callbackAt?: Date | null;

  @Field(() => String, { nullable: true, description: "What the callback found (回访情况)." })
  callbackNote?: string | null;

  @Field(() => String, { nullable: true, description: "Who made the callback: agencyId/subject." })
  callbackBy?: string | null;
}

export const DisputeEvaluationSchema = defineEntity({
  class: DisputeEvaluation,
  tableName: "dispute_evaluation",
  uniques: [{ name: "dispute_evaluation_once", properties: ["unifiedNumber", "partyId"] }],
  indexes: [{ expression: `create index "dispute_evaluation_callback_idx" on "dispute_evaluation" ("callback_due_at") where "callback_at" is null and "callback_due_at" is not null`, name: "dispute_evaluation_callback_idx" }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    unifiedNumber: p.string().length(32),
    partyId: p.uuid(),
    satisfaction: p.enum(() => Satisfaction),
    comment: p.text().nullable(),
    divisionCode: p.string().length(12),
    committeeId: p.uuid().nullable(),
    evaluatedAt: p.datetime().onCreate(() => new Date()),
    callbackDueAt: p.datetime().nullable(),
    callbackAt: p.datetime().nullable(),
    callbackNote: p.text().nullable(),
    callbackBy: p.string().length(200).nullable(),
  },
});
