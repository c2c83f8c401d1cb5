import { Access, badInput, checkedId, conflict, enumLabelZh, findOrFail, type HubContext, loadById, loadManyBy, requireWriteScope, writeInTransaction } from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispatch } from "../entities/dispatch.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { releaseCase, returnDispatch, routeDispute, signForDispatch } from "../workflow/dispatch.ts";
import { DispatchStatus } from "../workflow/dispatch.workflow.ts";
import { MediationCaseStatus } from "../workflow/mediation-case.workflow.ts";

@Resolver(() => Dispatch)
export class DispatchResolver {
  @FieldResolver(() => MediationCommittee, { nullable: true, description: "Committee assigned; null when the county centre (矛调中心) itself holds the dispute." })
  async committee(@Root() dispatch: Dispatch, @Ctx() ctx: HubContext): Promise<MediationCommittee | null> {
    return dispatch.committeeId ? loadById(ctx, MediationCommittee, dispatch.committeeId) : null;
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Dispatch, { description: "The assigned committee signs for the dispute (签收); its mediation case joins the committee. Only the committee's own staff (agency id committee-<id>) may sign." })
  async signForDispatch(@Arg("id", () => ID, { description: "Id of the routing (派单)." }) id: string, @Ctx() ctx: HubContext): Promise<Dispatch> {
    checkedId("Dispatch", id);
    return writeInTransaction(ctx, (tx) => signForDispatch(tx, id, (caseId) => findOrFail(tx, MediationCase, caseId)));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Dispatch, {
    description: "The assigned committee returns the dispute with a reason (退回); it is routed again, never to a committee that already had it (at worst to the county centre, whose staff decide). Returns the new routing.",
  })
  async returnDispatch(
    @Arg("id", () => ID, { description: "Id of the routing (派单)." }) id: string,
    @Arg("reason", () => String, { nullable: true, description: "Why the committee cannot take it (退回理由); required." }) reason: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Dispatch> {
    checkedId("Dispatch", id);
    return writeInTransaction(ctx, (tx) => returnDispatch(tx, id, reason, (disputeId) => findOrFail(tx, Dispute, disputeId)));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Dispatch, {
    description: "A person at the centre routes a dispute to a committee of their choice (人工派单), e.g. after the table ran out of committees. The committee must serve the dispute's territory; a case a committee already accepted is not dispatched again (CONFLICT).",
  })
  async dispatchDispute(
    @Arg("unifiedNumber", () => String, { description: "Unified dispute number (统一编号)." }) unifiedNumber: string,
    @Arg("committeeId", () => ID, { description: "Committee to route it to." }) committeeId: string,
    @Ctx() ctx: HubContext,
  ): Promise<Dispatch> {
    checkedId("MediationCommittee", committeeId);
    return writeInTransaction(ctx, async (tx) => {
      const dispute = await tx.em.findOne(Dispute, { unifiedNumber });
      if (!dispute) throw badInput("unifiedNumber", `dispute ${unifiedNumber} does not exist`, `统一纠纷编号 ${unifiedNumber} 的纠纷不存在，请核对编号`);
      requireWriteScope(tx, `Dispute ${unifiedNumber}`, dispute.divisionCode);
      const committee = await tx.em.findOne(MediationCommittee, { id: committeeId });
      if (!committee) throw badInput("committeeId", `committee ${committeeId} does not exist`, "所选人民调解委员会不存在");
      const theCase = await tx.em.findOne(MediationCase, { disputeId: dispute.id }, { orderBy: { registeredAt: "desc" } });
      if (!theCase) throw badInput("unifiedNumber", `dispute ${unifiedNumber} has no mediation case to route`, `纠纷 ${unifiedNumber} 尚无人民调解案件，无法派单`);
      // Once a committee accepted the case its mediator is on it: moving it is not a dispatch any more.
      if (theCase.status !== MediationCaseStatus.REGISTERED) {
        throw conflict(
          `dispute ${unifiedNumber}'s mediation case ${theCase.id} is ${theCase.status}, already with a committee; only a case not yet accepted (REGISTERED) can be dispatched again`,
          `该纠纷的人民调解案件已由调解委员会受理（当前为“${enumLabelZh(MediationCaseStatus, theCase.status)}”），不能再派单`,
          { caseId: theCase.id, status: theCase.status },
        );
      }
      const open = await tx.em.find(Dispatch, { disputeId: dispute.id, status: DispatchStatus.ASSIGNED });
      const dispatch = await routeDispute(tx, dispute, dispute.source, theCase, { committee, field: "committeeId" });
      // The person's decision replaces a routing still waiting: it is not signed for twice.
      for (const waiting of open) {
        waiting.status = DispatchStatus.RETURNED;
        waiting.returnedAt = new Date();
        waiting.returnReason = `人工改派: ${committee.name}`;
        await releaseCase(tx, waiting);
      }
      return dispatch;
    });
  }
}

@Resolver(() => Dispute)
export class DisputeDispatchResolver {
  @FieldResolver(() => [Dispatch], { description: "Every routing of the dispute (派单记录), first first, with the rule that chose each." })
  async dispatches(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<Dispatch[]> {
    // One query for every dispute in the response.
    const dispatches = await loadManyBy(ctx, Dispatch, "disputeId", dispute.id);
    return [...dispatches].sort((a, b) => a.attempt - b.attempt);
  }
}
