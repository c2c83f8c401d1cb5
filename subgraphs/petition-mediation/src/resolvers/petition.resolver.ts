import {
  addParties, applyTransition, badInput, CaseParty, checkedId, conflict, DisputeReference, earlierOffer, HandoffKind, HandoffRecord, type HubContext,
  idempotently, loadById, loadHandoffsOf, loadParties, loadTimeline, optionalUnifiedNumber, pastDate, PartyRole, recordCreation, requireText,
  StatusChange, writeInTransaction, chinaYear, Access, availableActions, findForWriter, readList, requireReadable, requireWriteScope, scopedWhere, requireLister,
  AFTER_ARG, connectionType, emptyPage, FIRST_ARG, keysetPage, type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Petition } from "../entities/petition.entity.ts";
import { offerPetitionDiversion } from "../handoffs/petition-diversion.ts";
import {
  acceptanceDueAt, AGENCY_OPEN_STATUSES, divertedMediationDueAt, formatPetitionNumber, handlingDueAt, PETITION_NUMBER_PATTERN,
  PetitionAction, PetitionSatisfaction, PetitionStatus, petitionStepRefusal, petitionWorkflow, reReviewAnswerDueAt, reReviewRequestDueAt,
  reviewAnswerDueAt, reviewRequestDueAt,
} from "../workflow/petition.workflow.ts";
import { PetitionFilter, RegisterPetitionInput } from "./types/petition.inputs.ts";

const CASE_TYPE = petitionWorkflow.caseType;

const ORDER: ListOrder = { list: "petitions", keys: [{ field: "registeredAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const PetitionConnection = connectionType(Petition, { name: "Petition", item: "petition (信访事项)", order: "newest registration first" });

/**
 * Mints the next petition number of the registration year. The upsert increments the year's
 * counter row inside the registering transaction: concurrent registrations queue on that row,
 * and a registration that is rolled back takes its serial back with it.
 */
async function mintPetitionNumber(tx: HubContext, registeredAt: Date): Promise<string> {
  const year = chinaYear(registeredAt);
  const row = await tx.em.execute<{ last_serial: number }>(
    `insert into "petition_number_counter" ("year", "last_serial") values (?, 1)
     on conflict ("year") do update set "last_serial" = "petition_number_counter"."last_serial" + 1
     returning "last_serial"`,
    [year],
    "get",
  );
  return formatPetitionNumber(year, Number(row.last_serial));
}

@Resolver(() => Petition)
export class PetitionResolver {
  @Authorized(Access.READ)
  @Query(() => Petition, { nullable: true, description: "One petition by id." })
  async petition(@Arg("id", () => ID, { description: "Id of the petition." }) id: string, @Ctx() ctx: HubContext): Promise<Petition | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, Petition, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => Petition, { nullable: true, description: "One petition by its petition number, e.g. XF-2026-000001 (the number the petitioner is given)." })
  async petitionByNumber(
    @Arg("number", () => String, { description: "Petition number, e.g. XF-2026-000001." }) number: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition | null> {
    const normalised = number.trim().toUpperCase();
    if (!PETITION_NUMBER_PATTERN.test(normalised)) throw badInput("number", "must look like XF-2026-000001 (XF, year, serial)", "信访件编号格式应如 XF-2026-000001（XF-年份-序号）");
    return requireReadable(ctx, CASE_TYPE, await ctx.em.findOne(Petition, { petitionNumber: normalised }));
  }

  @Authorized(Access.READ)
  @Query(() => PetitionConnection, { description: "Petitions (信访事项), newest registration first, with filters, a page at a time." })
  async petitions(
    @Arg("filter", () => PetitionFilter, { nullable: true, description: "Which petitions to list." }) filter: PetitionFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<Petition>> {
    requireLister(ctx, "Petitions");
    const args = { first, after, filter };
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.form) where.form = filter.form;
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    if (filter?.overdueOnly) {
      const open = filter.status ? AGENCY_OPEN_STATUSES.filter((s) => s === filter.status) : AGENCY_OPEN_STATUSES;
      if (open.length === 0) return emptyPage(ORDER, args);
      where.status = { $in: open };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, Petition, scopedWhere(ctx, "Petitions", where), ORDER, args, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The letters-and-visits bureau registers a petition (登记) and gives it a petition number; the acceptance decision is due within 15 days." })
  async registerPetition(
    @Arg("input", () => RegisterPetitionInput, { description: "The petition." }) input: RegisterPetitionInput,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    requireWriteScope(ctx, `A petition of division ${input.divisionCode}`, input.divisionCode);
    const registeredAt = pastDate("input.registeredAt", input.registeredAt);
    const content = requireText("input.content", input.content, 4000);
    const unifiedNumber = optionalUnifiedNumber("input.unifiedNumber", input.unifiedNumber);
    if (!input.petitioners.some((p) => p.role === PartyRole.APPLICANT)) {
      throw badInput("input.petitioners", "name at least one petitioner (信访人) with role APPLICANT", "请至少填写一名信访人");
    }
    return writeInTransaction(ctx, async (tx) => {
      const petitionNumber = await mintPetitionNumber(tx, registeredAt);
      const petition = tx.em.create(Petition, {
        petitionNumber,
        form: input.form,
        divisionCode: input.divisionCode,
        disputeType: input.disputeType,
        content,
        registeredAt,
        unifiedNumber,
        dueAt: acceptanceDueAt(registeredAt),
      });
      addParties(tx, CASE_TYPE, petition.id, input.petitioners, "input.petitioners");
      recordCreation(tx, petitionWorkflow, petition, petitionNumber);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The bureau accepts the petition (受理); the written reply is due within 60 days." })
  async acceptPetition(@Arg("id", () => ID, { description: "Id of the petition." }) id: string, @Ctx() ctx: HubContext): Promise<Petition> {
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "accept");
      petition.acceptedAt = petition.decidedAt = new Date();
      petition.dueAt = handlingDueAt(petition.acceptedAt, false);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The bureau does not accept the petition (不予受理) and tells the petitioner why." })
  async declinePetition(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("reason", () => String, { description: "Why it is not accepted, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "decline", text);
      petition.declineReason = text;
      petition.decidedAt = new Date();
      petition.dueAt = null;
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, {
    description:
      "The bureau diverts a civil dispute to mediation (访调对接): in the same transaction a PETITION_DIVERSION handoff carries the petition's content and petitioners to the mediation centre. The mediation is due within a month; the centre's unified number comes back when it accepts and its result (mediationOutcome, mediationResult) when its case ends, after which the satisfaction callback follows. The same idempotencyKey returns the same result and never diverts the petition twice.",
  })
  async divertPetitionToMediation(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("mediationOrganisation", () => String, { description: "Mediation organisation taking the dispute, e.g. 红塔区人民调解中心; up to 200 characters." }) organisation: string,
    @Arg("unifiedNumber", () => String, { nullable: true, description: "Unified dispute number, when the mediation centre has registered the dispute." }) unifiedNumber: string | null,
    @Arg("idempotencyKey", () => String, { description: "A key the caller generates once per intended diversion (a UUID; 8 to 200 characters). Repeating the call with it returns the same result." }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const name = requireText("mediationOrganisation", organisation, 200);
    const number = optionalUnifiedNumber("unifiedNumber", unifiedNumber);
    return idempotently(() =>
      writeInTransaction(ctx, async (tx) => {
        const petition = await findForWriter(tx, Petition, id, { lock: true });
        if (await earlierOffer(tx, HandoffKind.PETITION_DIVERSION, petition.id, idempotencyKey)) return petition;
        applyTransition(tx, petitionWorkflow, petition, "divert", number ? `${name} (${number})` : name);
        if (number && petition.unifiedNumber && petition.unifiedNumber !== number) {
          throw badInput("unifiedNumber", `the petition already carries unified dispute number ${petition.unifiedNumber}`, `该信访件已有统一纠纷编号 ${petition.unifiedNumber}，不能改填其他编号`);
        }
        if (number) petition.unifiedNumber = number;
        petition.mediationOrganisation = name;
        petition.divertedAt = petition.decidedAt = new Date();
        petition.dueAt = divertedMediationDueAt(petition.divertedAt);
        await offerPetitionDiversion(tx, petition, idempotencyKey);
        return petition;
      }),
    );
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The handling period is extended by 30 days (延期办理), once, with the reason." })
  async extendPetitionHandling(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("reason", () => String, { description: "Why more time is needed, up to 500 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("reason", reason, 500);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      const refusal = petition.status === PetitionStatus.ACCEPTED ? petitionStepRefusal("extendHandling", petition) : null;
      if (refusal) throw conflict(`Petition ${petition.id}: ${refusal.en}`, refusal.zh, { caseType: CASE_TYPE, caseId: petition.id, status: petition.status, action: "extendHandling" });
      applyTransition(tx, petitionWorkflow, petition, "extendHandling", text);
      petition.handlingExtended = true;
      petition.handlingExtensionReason = text;
      petition.dueAt = handlingDueAt(petition.acceptedAt!, true);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The bureau gives its written reply (书面答复); the petitioner may request a review within 30 days." })
  async replyToPetition(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("reply", () => String, { description: "The written reply, up to 4000 characters." }) reply: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("reply", reply, 4000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "reply", text);
      petition.reply = text;
      petition.repliedAt = new Date();
      petition.dueAt = reviewRequestDueAt(petition.repliedAt);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The petitioner asks for a review (复查) within 30 days of the reply; the review answer is due within 30 days." })
  async requestPetitionReview(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("reason", () => String, { description: "Why the petitioner disagrees with the reply, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "requestReview", text);
      const now = new Date();
      const refusal = petitionStepRefusal("requestReview", petition, now);
      if (refusal) throw badInput("id", refusal.en, refusal.zh);
      petition.reviewRequestReason = text;
      petition.reviewRequestedAt = now;
      petition.dueAt = reviewAnswerDueAt(now);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The reviewing authority gives its review opinion (复查意见); the petitioner may request a re-review within 30 days." })
  async answerPetitionReview(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("answer", () => String, { description: "The review opinion, up to 4000 characters." }) answer: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("answer", answer, 4000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "answerReview", text);
      petition.reviewAnswer = text;
      petition.reviewedAt = new Date();
      petition.dueAt = reReviewRequestDueAt(petition.reviewedAt);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The petitioner asks for a re-review (复核) within 30 days of the review opinion; the answer is due within 30 days." })
  async requestPetitionReReview(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("reason", () => String, { description: "Why the petitioner disagrees with the review opinion, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "requestReReview", text);
      const now = new Date();
      const refusal = petitionStepRefusal("requestReReview", petition, now);
      if (refusal) throw badInput("id", refusal.en, refusal.zh);
      petition.reReviewRequestReason = text;
      petition.reReviewRequestedAt = now;
      petition.dueAt = reReviewAnswerDueAt(now);
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The re-reviewing authority gives its re-review opinion (复核意见), which is final." })
  async answerPetitionReReview(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("answer", () => String, { description: "The re-review opinion, up to 4000 characters." }) answer: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("answer", answer, 4000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "answerReReview", text);
      petition.reReviewAnswer = text;
      petition.reReviewedAt = new Date();
      // The re-review opinion is final: no further request window, and no legal limit on closing.
      petition.dueAt = null;
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, { description: "The petition is closed (办结) after the reply, the review or the re-review." })
  async closePetition(@Arg("id", () => ID, { description: "Id of the petition." }) id: string, @Ctx() ctx: HubContext): Promise<Petition> {
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "close");
      petition.closedAt = new Date();
      petition.dueAt = null;
      return petition;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Petition, {
    description:
      "Records the petitioner's answer to the satisfaction callback (回访), once the petition has a written reply or was diverted to mediation. A later callback replaces the stored answer; every callback stays in the timeline. For a diverted petition it ends the mediation clock.",
  })
  async recordPetitionSatisfaction(
    @Arg("id", () => ID, { description: "Id of the petition." }) id: string,
    @Arg("satisfaction", () => PetitionSatisfaction, { description: "满意, 基本满意 or 不满意." }) satisfaction: PetitionSatisfaction,
    @Arg("note", () => String, { description: "What the petitioner said, up to 1000 characters." }) note: string,
    @Ctx() ctx: HubContext,
  ): Promise<Petition> {
    const text = requireText("note", note, 1000);
    return writeInTransaction(ctx, async (tx) => {
      const petition = await findForWriter(tx, Petition, id);
      applyTransition(tx, petitionWorkflow, petition, "recordSatisfaction", `${satisfaction}: ${text}`);
      petition.satisfaction = satisfaction;
      petition.satisfactionNote = text;
      petition.callbackAt = new Date();
      if (petition.status === PetitionStatus.DIVERTED) petition.dueAt = null;
      return petition;
    });
  }

  @FieldResolver(() => [PetitionAction], {
    description:
      "The workflow steps the signed-in agency may take on this petition now: only the letters-and-visits bureau, in its division scope, from the current status, leaving out what the record already rules out (a second extension, a review asked for after its 30-day window); empty for everyone else.",
  })
  availableActions(@Root() petition: Petition, @Ctx() ctx: HubContext): PetitionAction[] {
    const now = new Date();
    return availableActions(ctx, petitionWorkflow, petition, (action) => petitionStepRefusal(action, petition, now) !== null);
  }

  @FieldResolver(() => [CaseParty], { description: "The petitioners (信访人) and any party the petition is about, identifiers masked." })
  petitioners(@Root() petition: Petition, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, petition.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every step of the petition, oldest first, with who took it." })
  timeline(@Root() petition: Petition, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, petition.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "Handoffs of this petition to the mediation centre (访调对接), oldest first, with where each stands." })
  handoffs(@Root() petition: Petition, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, petition.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when the petition has a unified number." })
  dispute(@Root() petition: Petition): DisputeReference | null {
    return petition.unifiedNumber ? { unifiedNumber: petition.unifiedNumber } : null;
  }
}
