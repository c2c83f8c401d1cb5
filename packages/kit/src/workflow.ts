import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, getMetadataStorage, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import type { HubContext } from "./context.ts";
import { conflict, RECORD_NAMES_ZH } from "./errors.ts";
import { groupByKey } from "./context.ts";

/** One entry of a case's timeline: who moved it from which status to which, and when. */
@ObjectType({ description: "One state change of a case (办理记录): who did what, when." })
@Directive("@shareable")
export class StatusChange {
  declare [OptionalProps]?: "id" | "at";

  @Field(() => ID, { description: "Id of this timeline entry." })
  id!: string;

  /** Entity name of the case, e.g. CourtReferral. */
  caseType!: string;

  /** Id of the case within its channel. */
  caseId!: string;

  @Field(() => String, { description: "The workflow action taken, e.g. accept, recordAgreement." })
  action!: string;

  @Field(() => String, { nullable: true, description: "Status before the action; null for the registration that created the case." })
  fromStatus?: string | null;

  @Field(() => String, { description: "Status after the action." })
  toStatus!: string;

  @Field(() => String, { description: "Who acted (agency user or service), as the gateway identified the caller." })
  actor!: string;

  @Field(() => Date, { description: "When the action was recorded." })
  at!: Date;

  @Field(() => String, { nullable: true, description: "Reason or remark given with the action." })
  note?: string | null;
}

export const StatusChangeSchema = defineEntity({
  class: StatusChange,
  tableName: "status_change",
  indexes: [{ properties: ["caseType", "caseId"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    caseType: p.string().length(64),
    caseId: p.string().length(64),
    action: p.string().length(64),
    fromStatus: p.string().length(64).nullable(),
    toStatus: p.string().length(64),
    actor: p.string().length(200),
    at: p.datetime().onCreate(() => new Date()),
    note: p.text().nullable(),
  },
});

export interface TransitionRule<S extends string> {
  from: readonly S[];
  /** The status after the action; absent for a step that is recorded but keeps the status (an extension, a callback). */
  to?: S;
}

/**
 * A channel's state machine: which action moves a case from which statuses to which one.
 * Anything not listed is refused with CONFLICT, so a case can never skip a legal step.
 */
export interface Workflow<S extends string, A extends string> {
  caseType: string;
  initial: S;
  transitions: Record<A, TransitionRule<S>>;
}

export function defineWorkflow<S extends string, A extends string>(workflow: Workflow<S, A>): Workflow<S, A> {
  return workflow;
}

/**
 * A channel's workflow actions as a GraphQL enum (`<Type>Action`), each value described as the
 * agency names the step ("受理: …"), so `availableActions` is typed and the console labels its
 * buttons from the schema. The values are the action names themselves (accept, reply), the same
 * strings the timeline records, so code keeps writing `"accept"`.
 */
export function defineActions<A extends string>(name: string, description: string, values: Record<A, string>): { readonly [K in A]: K } {
  const actions = Object.fromEntries(Object.keys(values).map((action) => [action, action])) as { [K in A]: K };
  registerEnumType(actions, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries<string>(values).map(([action, text]) => [action, { description: text }])) as Record<A, { description: string }>,
  });
  return actions;
}

export interface WorkflowCase<S extends string> {
  id: string;
  status: S;
}

/** Records the case's creation as the first timeline entry. */
export function recordCreation<S extends string>(ctx: HubContext, workflow: Workflow<S, string>, entity: WorkflowCase<S>, note?: string): void {
  ctx.em.create(StatusChange, {
    caseType: workflow.caseType,
    caseId: entity.id,
    action: "register",
    fromStatus: null,
    toStatus: entity.status,
    actor: ctx.actor,
    note: note ?? null,
  });
}

type RegisteredEnum = ReturnType<typeof getMetadataStorage>["enums"][number];

/** The Chinese head of a value's description ("已受理: ..." → 已受理), as the console's labels take it. */
function labelOf(registered: RegisteredEnum | undefined, value: string): string {
  // valuesConfig is keyed by the enum's member names, which need not be its values.
  const member = registered && Object.keys(registered.enumObj).find((key) => (registered.enumObj as Record<string, unknown>)[key] === value);
  const description = member ? (registered.valuesConfig as Record<string, { description?: string }> | undefined)?.[member]?.description : undefined;
  return description ? description.split(/[:,]/)[0]!.trim() : value;
}

/** The Chinese name of a value of an enum registered with type-graphql (a handoff status, a kind). */
export function enumLabelZh(enumObj: object, value: string): string {
  return labelOf(getMetadataStorage().enums.find((e) => e.enumObj === enumObj), value);
}

/** A workflow names its statuses but not their enum: that is the registered enum holding all of them. */
function statusLabelZh(workflow: Workflow<string, string>, status: string): string {
  const rules = Object.values<TransitionRule<string>>(workflow.transitions);
  const values = [workflow.initial, ...rules.flatMap((r) => [...r.from, ...(r.to ? [r.to] : [])])];
  return labelOf(getMetadataStorage().enums.find((e) => values.every((v) => Object.values(e.enumObj).includes(v))), status);
}

/**
 * Moves a case along its workflow and records the step. The caller flushes inside a transaction;
 * the entity's version column turns a concurrent change into an OptimisticLockError (CONFLICT).
 */
export function applyTransition<S extends string, A extends string>(
  ctx: HubContext,
  workflow: Workflow<S, A>,
  entity: WorkflowCase<S>,
  action: A,
  note?: string | null,
): void {
  const rule = workflow.transitions[action];
  if (!rule.from.includes(entity.status)) {
    throw conflict(
      `${workflow.caseType} ${entity.id} is ${entity.status}; "${action}" is allowed only from ${rule.from.join(" or ")}`,
      `该${RECORD_NAMES_ZH[workflow.caseType] ?? "案件"}当前为“${statusLabelZh(workflow, entity.status)}”，此操作只能在“${rule.from.map((s) => statusLabelZh(workflow, s)).join("”或“")}”时办理`,
      { caseType: workflow.caseType, caseId: entity.id, status: entity.status, action },
    );
  }
  const fromStatus = entity.status;
  entity.status = rule.to ?? fromStatus;
  ctx.em.create(StatusChange, {
    caseType: workflow.caseType,
    caseId: entity.id,
    action,
    fromStatus,
    toStatus: entity.status,
    actor: ctx.actor,
    note: note ?? null,
  });
}

/** Timeline of a case, oldest first, batched across every case in the response. */
export function loadTimeline(ctx: HubContext, caseType: string, caseId: string): Promise<StatusChange[]> {
  return ctx
    .loader<string, StatusChange[]>(`timeline:${caseType}`, async (ids) => {
      const rows = await ctx.em.find(StatusChange, { caseType, caseId: { $in: [...ids] } }, { orderBy: { at: "asc", id: "asc" } });
      return groupByKey(ids, rows, (row) => row.caseId);
    })
    .load(caseId);
}
