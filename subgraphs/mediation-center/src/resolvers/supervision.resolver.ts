import {
  enumLabelZh,
  Access, AFTER_ARG, badInput, conflict, connectionType, FIRST_ARG, forbidden, type HubContext, keysetPage, type ListOrder, type ListPage, loadById, readList, requireText,
  requireWriteScope, scopedWhere, writeInTransaction,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispatch } from "../entities/dispatch.entity.ts";
import { SupervisionItem } from "../entities/supervision.entity.ts";
import { callerCommitteeId } from "../workflow/dispatch.ts";
import { SupervisionStatus } from "../workflow/dispatch.workflow.ts";

const CASE_TYPE = "SupervisionItem";
const ORDER: ListOrder = { list: "supervisionItems", keys: [{ field: "dueAt", direction: "asc", kind: "date" }, { field: "id", direction: "asc", kind: "uuid" }] };
const SupervisionItemConnection = connectionType(SupervisionItem, { name: "SupervisionItem", item: "supervision item (督办事项)", order: "soonest due first" });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function openItem(tx: HubContext, id: string): Promise<SupervisionItem> {
  if (!UUID.test(id)) throw badInput("id", `${id} is not a supervision item id`, "督办事项编号无效");
  const item = await tx.em.findOne(SupervisionItem, { id });
  if (!item) throw badInput("id", `督办事项 ${id} does not exist`, `督办事项 ${id} 不存在`);
  requireWriteScope(tx, `SupervisionItem ${id}`, item.divisionCode);
  // Only the supervising agency (督办单位) or the county centre acts on an item: the committee that
  // missed the clock must not comment away or close the item about itself.
  const mine = callerCommitteeId(tx);
  if (mine !== null && mine !== (item.supervisorCommitteeId ?? null)) {
    throw forbidden(
      `督办事项 ${id} is supervised by ${item.supervisingAgency} (督办单位); only its staff or the county centre may comment on or close it; you act for committee ${mine}`,
      `该督办事项由${item.supervisingAgency}督办，只有督办单位或县级调解中心可以批注或办结`,
    );
  }
  if (item.status !== SupervisionStatus.OPEN) throw conflict(
      `督办事项 ${id} is ${item.status}; only an OPEN item takes comments or is closed`,
      `该督办事项当前为“${enumLabelZh(SupervisionStatus, item.status)}”，只有督办中的事项可以批注或办结`,
      { id, status: item.status },
    );
  return item;
}

@Resolver(() => SupervisionItem)
export class SupervisionItemResolver {
  @Authorized(Access.READ)
  @Query(() => SupervisionItemConnection, { description: "Supervision items (督办事项) within the caller's scope, soonest due first, a page at a time; the 工作台 shows the open ones." })
  async supervisionItems(
    @Arg("status", () => SupervisionStatus, { nullable: true, description: "Only items in this status (e.g. OPEN)." }) status: SupervisionStatus | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<SupervisionItem>> {
    const where: Record<string, unknown> = status ? { status } : {};
    return keysetPage(ctx, SupervisionItem, scopedWhere(ctx, "Supervision items", where), ORDER, { first, after, filter: { status } }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => SupervisionItem, { description: "A supervisor comments on an open item (督办意见): the supervising agency's staff or the county centre's; the committee that missed the clock may not (FORBIDDEN)." })
  async commentSupervisionItem(
    @Arg("id", () => ID, { description: "Id of the item." }) id: string,
    @Arg("text", () => String, { description: "The comment." }) text: string,
    @Ctx() ctx: HubContext,
  ): Promise<SupervisionItem> {
    const comment = requireText("text", text, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const item = await openItem(tx, id);
      item.comments = [...item.comments, { author: tx.actor, text: comment, at: new Date() }];
      return item;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => SupervisionItem, { description: "A supervisor closes an item (办结) with a note saying how it was resolved: the supervising agency's staff or the county centre's only." })
  async closeSupervisionItem(
    @Arg("id", () => ID, { description: "Id of the item." }) id: string,
    @Arg("note", () => String, { nullable: true, description: "How it was resolved (办结说明); required." }) note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SupervisionItem> {
    const closingNote = requireText("note", note, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const item = await openItem(tx, id);
      item.status = SupervisionStatus.CLOSED;
      item.closedAt = new Date();
      item.closingNote = closingNote;
      return item;
    });
  }

  @FieldResolver(() => Dispatch, { description: "The routing whose clock ran out." })
  dispatch(@Root() item: SupervisionItem, @Ctx() ctx: HubContext): Promise<Dispatch | null> {
    return loadById(ctx, Dispatch, item.dispatchId);
  }

  @FieldResolver(() => MediationCommittee, { nullable: true, description: "Committee that missed the clock (责任单位); null for the county centre." })
  responsibleCommittee(@Root() item: SupervisionItem, @Ctx() ctx: HubContext): Promise<MediationCommittee | null> | null {
    return item.responsibleCommitteeId ? loadById(ctx, MediationCommittee, item.responsibleCommitteeId) : null;
  }

  @FieldResolver(() => MediationCommittee, { nullable: true, description: "Committee that supervises (督办单位); null for the county centre." })
  supervisorCommittee(@Root() item: SupervisionItem, @Ctx() ctx: HubContext): Promise<MediationCommittee | null> | null {
    return item.supervisorCommitteeId ? loadById(ctx, MediationCommittee, item.supervisorCommitteeId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the item is still open past its limit (超期)." })
  overdue(@Root() item: SupervisionItem): boolean {
    return item.status === SupervisionStatus.OPEN && item.dueAt.getTime() < Date.now();
  }
}
