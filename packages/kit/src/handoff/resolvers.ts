import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { audit, AuditAction } from "../audit.ts";
import { Access, inScope, ownChannel, readList, requireLister, requireWriteScope, scopedWhere } from "../authz.ts";
import { checkedId, groupByKey, type HubContext } from "../context.ts";
import { AFTER_ARG, connectionType, emptyPage, FIRST_ARG, keysetPage, type ListOrder, type ListPage } from "../paging.ts";
import { requireText } from "../text.ts";
import { writeInTransaction } from "../transaction.ts";
import { StatusChange } from "../workflow.ts";
import { Handoff, HandoffRecord } from "./handoff.entity.ts";
import { AWAITING_ANSWER, HandoffDirection, HandoffStatus } from "./kinds.ts";
import { acceptHandoff, rejectHandoff, type HandoffConfig } from "./protocol.ts";

/** court-mediation → courtMediation: how a channel's own fields are named in the shared schema. */
export function camel(subgraph: string): string {
  return subgraph.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

function pascal(subgraph: string): string {
  const c = camel(subgraph);
  return c[0]!.toUpperCase() + c.slice(1);
}

/**
 * Who reads one side's record of a handoff: the agencies of both channels (sender and receiver)
 * and joint-meeting staff, within their division scope. A read by anyone but this channel's own
 * agency is audited. Null (left out) otherwise.
 */
async function readableHandoff(ctx: HubContext, record: HandoffRecord | null): Promise<HandoffRecord | null> {
  if (!record) return null;
  const caller = ctx.caller;
  if (caller.agencyKind === "auditor" || !inScope(caller, record.divisionCode)) return null;
  const channel = ownChannel(caller);
  const jointMeeting = caller.agencyKind === "joint-meeting" && !caller.service;
  if (channel !== record.fromChannel && channel !== record.toChannel && !jointMeeting) return null;
  if (channel !== ctx.subgraph) {
    await audit(ctx, { action: AuditAction.READ, entityType: "Handoff", entityId: record.id, divisionCode: record.divisionCode ?? null });
  }
  return record;
}

/** The receiving agency answers a handoff only inside its division scope. */
async function requireReceiver(tx: HubContext, id: string): Promise<void> {
  const record = await tx.em.findOne(HandoffRecord, { id: checkedId("Handoff", id), direction: HandoffDirection.INCOMING });
  // An unknown id is acceptHandoff's and rejectHandoff's NOT_FOUND to give.
  if (record) requireWriteScope(tx, `Handoff ${record.id}`, record.divisionCode);
}

/**
 * The handoff part of a subgraph's schema, named after the channel so six subgraphs can each add
 * theirs: `Handoff.<channel>Record`, `Query.<channel>Handoffs`, and for receivers
 * `acceptHandoffAt<Channel>` / `rejectHandoffAt<Channel>`.
 */
export function handoffResolvers(subgraph: string, config: HandoffConfig): Function[] {
  const recordField = `${camel(subgraph)}Record`;
  const listField = `${camel(subgraph)}Handoffs`;

  @Resolver(() => Handoff)
  class HandoffSideResolver {
    @Authorized(Access.READ)
    @Query(() => Handoff, { description: "A handoff by id; each agency's record of it is a field named after that agency's channel." })
    @Directive("@shareable")
    handoff(@Arg("id", () => ID, { description: "Id of the handoff." }) id: string): Handoff {
      return { id };
    }

    @FieldResolver(() => HandoffRecord, { name: recordField, nullable: true, description: `${subgraph}'s record of this handoff, or null when it took no part in it.` })
    async record(@Root() handoff: Handoff, @Ctx() ctx: HubContext): Promise<HandoffRecord | null> {
      const record = await ctx
        .loader<string, HandoffRecord | null>("handoff-records", async (ids) => {
          const wellFormed = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
          const rows = wellFormed.length ? await ctx.em.find(HandoffRecord, { id: { $in: wellFormed } }) : [];
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        })
        .load(handoff.id);
      return readableHandoff(ctx, record);
    }
  }

  const order: ListOrder = { list: listField, keys: [{ field: "dueAt", direction: "asc", kind: "date" }, { field: "id", direction: "asc", kind: "uuid" }] };
  const HandoffConnection = connectionType(HandoffRecord, {
    name: `${pascal(subgraph)}Handoff`,
    item: `handoff (移交) ${subgraph} sent or received`,
    order: "most urgent (earliest due) first",
  });

  @Resolver(() => HandoffRecord)
  class HandoffRecordResolver {
    @Authorized(Access.READ)
    @Query(() => HandoffConnection, { name: listField, description: `Handoffs ${subgraph} sent or received (移交台账), most urgent first, a page at a time.` })
    async list(
      @Arg("direction", () => HandoffDirection, { nullable: true, description: "Only sent (OUTGOING) or only received (INCOMING)." }) direction: HandoffDirection | null,
      @Arg("status", () => HandoffStatus, { nullable: true, description: "Only handoffs in this status." }) status: HandoffStatus | null,
      @Arg("overdueOnly", () => Boolean, { nullable: true, description: "Only handoffs still unanswered past their due date (督办)." }) overdueOnly: boolean | null,
      @Arg("first", () => Int, FIRST_ARG) first: number | null,
      @Arg("after", () => String, AFTER_ARG) after: string | null,
      @Ctx() ctx: HubContext,
    ): Promise<ListPage<HandoffRecord>> {
      requireLister(ctx, `Handoffs of ${subgraph}`);
      const args = { first, after, filter: { direction, status, overdueOnly } };
      const where: Record<string, unknown> = {};
      if (direction) where.direction = direction;
      if (status) where.status = status;
      if (overdueOnly) {
        // Only unanswered handoffs can be overdue.
        if (status && !AWAITING_ANSWER.includes(status)) return emptyPage(order, args);
        where.status = status ?? { $in: AWAITING_ANSWER };
        where.dueAt = { $lt: new Date() };
      }
      return keysetPage(ctx, HandoffRecord, scopedWhere(ctx, `Handoffs of ${subgraph}`, where), order, args, (rows) => readList(ctx, "Handoff", rows));
    }

    @FieldResolver(() => [StatusChange], { description: "Every step of the handoff on this side, oldest first." })
    timeline(@Root() handoff: HandoffRecord, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
      return ctx
        .loader<string, StatusChange[]>("handoff-timeline", async (ids) => {
          const rows = await ctx.em.find(StatusChange, { caseType: "Handoff", caseId: { $in: [...ids] } }, { orderBy: { at: "asc", id: "asc" } });
          return groupByKey(ids, rows, (r) => r.caseId);
        })
        .load(handoff.id);
    }
  }

  const resolvers: Function[] = [HandoffSideResolver, HandoffRecordResolver];
  if (config.receives && Object.keys(config.receives).length > 0) {
    @Resolver()
    class HandoffReceiverResolver {
      @Authorized(Access.WRITE)
      @Mutation(() => HandoffRecord, { name: `acceptHandoffAt${pascal(subgraph)}`, description: `${subgraph} accepts a delivered handoff and opens its own case from it, with the same parties and unified number.` })
      accept(@Arg("id", () => ID, { description: "Id of the handoff." }) id: string, @Ctx() ctx: HubContext): Promise<HandoffRecord> {
        return writeInTransaction(ctx, async (tx) => {
          await requireReceiver(tx, id);
          return acceptHandoff(tx, config, id);
        });
      }

      @Authorized(Access.WRITE)
      @Mutation(() => HandoffRecord, { name: `rejectHandoffAt${pascal(subgraph)}`, description: `${subgraph} rejects a delivered handoff (退回), with the reason the sender will see.` })
      reject(
        @Arg("id", () => ID, { description: "Id of the handoff." }) id: string,
        @Arg("reason", () => String, { description: "Why it is rejected, up to 2000 characters." }) reason: string,
        @Ctx() ctx: HubContext,
      ): Promise<HandoffRecord> {
        const why = requireText("reason", reason, 2000);
        return writeInTransaction(ctx, async (tx) => {
          await requireReceiver(tx, id);
          return rejectHandoff(tx, id, why);
        });
      }
    }
    resolvers.push(HandoffReceiverResolver);
  }
  return resolvers;
}

