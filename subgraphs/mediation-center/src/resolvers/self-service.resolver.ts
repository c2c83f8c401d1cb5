import {
  Access, actorOf, AFTER_ARG, audit, AuditAction, badInput, CaseParty, channelOfSubgraph, chinaDateString, checkCreditCode, conflict, connectionType, findForWriter,
  FIRST_ARG, forbidden, isJointMeeting, keysetPage, loadManyBy, mintPartyToken, normaliseCreditCode, normaliseResidentId, ownChannel, partyKeyOf, PartyKind, refusal,
  requirePartyGrant, requireText, residentIdProblem, scopeCondition, workingDaysDue, writeInTransaction,
  type HubContext, type ListOrder, type ListPage, type PartyGrant, type PartyInput,
} from "@hub/kit";
import { UniqueConstraintViolationException, type RequiredEntityData } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Dispute } from "../entities/dispute.entity.ts";
import { DisputeEvaluation, DisputeUrge, LookupAttempt } from "../entities/self-service.entity.ts";
import { DisputeSource } from "../workflow/dispute.workflow.ts";
import { SELF_SERVICE_RULES, Satisfaction } from "../workflow/self-service.rules.ts";
import { disputeProgress } from "./dispute-progress.ts";
import { registerDisputeIntake } from "./intake.ts";
import { loadCasesOfDispute, loadDisputeByNumber } from "./loaders.ts";
import {
  ApplicantPartyInput, ApplyForMediationInput, DisputeLookup, DisputeProgress, EvaluateDisputeInput, MediationApplication,
} from "./types/self-service.types.ts";

// 群众端 (issue 13): what a member of the public does without an agency account. The gateway lets
// a request without a token through only for these operations (gateway/src/public-operations.ts).
// Its messages were Chinese from the start; messageZh repeats them, but for the identifier
// problem, which the kit words in each language.

/** Plain text of a party's form field: trimmed, required, at most `max` characters; messages in Chinese, naming the field. */
function formText(field: string, label: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `请填写${label}`, `请填写${label}`);
  if (text.length > max) throw badInput(field, `${label}最多 ${max} 个字，现有 ${text.length} 个字`, `${label}最多 ${max} 个字，现有 ${text.length} 个字`);
  return text;
}

/**
 * A party of the form as the intake takes it. Identifiers are checked here rather than by the
 * ResidentId / CreditCode scalars, so that a person typing on a phone gets a Chinese message
 * naming the field instead of a variable-coercion error.
 */
function applicantParty(input: ApplicantPartyInput, at: string): PartyInput {
  const idNumber = input.idNumber?.trim() || null;
  const creditCode = input.creditCode?.trim() || null;
  if (input.kind === PartyKind.PERSON) {
    if (!idNumber) throw badInput(`${at}.idNumber`, "请填写当事人的居民身份证号码", "请填写当事人的居民身份证号码");
    const problem = residentIdProblem(idNumber);
    if (problem) throw badInput(`${at}.idNumber`, `居民身份证号码有误（${problem.en}），请核对后重新填写`, `居民身份证号码有误（${problem.zh}），请核对后重新填写`);
    if (creditCode) throw badInput(`${at}.creditCode`, "自然人不填写统一社会信用代码", "自然人不填写统一社会信用代码");
    return { role: input.role, kind: input.kind, name: input.name, idNumber: normaliseResidentId(idNumber), creditCode: null, phone: input.phone ?? null };
  }
  if (!creditCode) throw badInput(`${at}.creditCode`, "请填写单位的统一社会信用代码", "请填写单位的统一社会信用代码");
  const { problem } = checkCreditCode(creditCode);
  if (problem) throw badInput(`${at}.creditCode`, `统一社会信用代码有误（${problem.en}），请核对后重新填写`, `统一社会信用代码有误（${problem.zh}），请核对后重新填写`);
  if (idNumber) throw badInput(`${at}.idNumber`, "单位不填写居民身份证号码", "单位不填写居民身份证号码");
  return { role: input.role, kind: input.kind, name: input.name, idNumber: null, creditCode: normaliseCreditCode(creditCode), phone: input.phone ?? null };
}

// The same answer for an unknown number and for an ID number that is none of its parties', so
// that a lookup tells a guesser nothing about which numbers exist.
const NO_MATCH = () =>
  refusal("NOT_FOUND", "No dispute with this unified number has a party with this identifier; check both and try again",
    "没有找到与该编号和证件号码相符的纠纷，请核对统一纠纷编号和本人证件号码后重试");

/** The party key of what a person typed as their identifier: a resident ID number or a credit code. */
function identifierKey(raw: string): string {
  const typed = raw.trim().toUpperCase();
  if (!typed) throw badInput("identifier", "enter your resident ID number or your organisation's credit code", "请填写本人居民身份证号码或单位统一社会信用代码");
  if (!residentIdProblem(typed)) return partyKeyOf("RESIDENT_ID", normaliseResidentId(typed));
  if (!checkCreditCode(typed).problem) return partyKeyOf("CREDIT_CODE", normaliseCreditCode(typed));
  throw badInput("identifier", "neither a valid resident ID number (GB 11643) nor a valid credit code (GB 32100)",
    "证件号码有误：请填写 18 位居民身份证号码或 18 位统一社会信用代码");
}

/** Misses from this address or on this number within the window: at the limit, lookups are refused for the window. */
async function refuseWhileLockedOut(ctx: HubContext, address: string, unifiedNumber: string): Promise<void> {
  const { missesPerNumber, missesPerAddress, windowMinutes } = SELF_SERVICE_RULES.lookupLockout;
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const [row] = await ctx.em.execute<{ by_address: number; by_number: number }[]>(
    `select count(*) filter (where address = ?)::int as by_address, count(*) filter (where unified_number = ?)::int as by_number
     from lookup_attempt where not matched and at > ? and (address = ? or unified_number = ?)`,
    [address, unifiedNumber, since, address, unifiedNumber],
  );
  if (row!.by_address >= missesPerAddress || row!.by_number >= missesPerNumber) {
    throw refusal("RATE_LIMITED", `Too many lookups that matched nothing: try again in ${windowMinutes} minutes`,
      `查询未匹配次数过多，为保护当事人信息，请 ${windowMinutes} 分钟后再试`);
  }
}

/** The dispute a party token is for and the party it speaks for; a token for a dispute or party since removed is refused. */
async function grantedDispute(ctx: HubContext, grant: PartyGrant): Promise<{ dispute: Dispute; party: CaseParty }> {
  const dispute = await loadDisputeByNumber(ctx, grant.unifiedNumber);
  const party = dispute ? await ctx.em.findOne(CaseParty, { id: grant.partyId, caseType: "Dispute", caseId: dispute.id }) : null;
  if (!dispute || !party) throw NO_MATCH();
  return { dispute, party };
}

const today = () => chinaDateString(new Date());

const ALREADY_URGED = () => conflict("You already hurried this dispute up today: once a day at most", "您今天已催办过该纠纷，每天限催办一次，请明天再试");
const ALREADY_EVALUATED = () => conflict("You have already evaluated this dispute", "您已评价过该纠纷，每位当事人限评价一次");

/**
 * Writes a row a unique key allows once (an urge a day, an evaluation per party): two taps that
 * both passed the check before it get `refusal` for the one the database turned away.
 */
async function createOnce<T extends object>(ctx: HubContext, entity: new () => T, data: RequiredEntityData<T>, refused: () => GraphQLError): Promise<T> {
  try {
    return await writeInTransaction(ctx, async (tx) => tx.em.create(entity, data));
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw refused();
    throw error;
  }
}

@Resolver()
export class SelfServiceResolver {
  @Authorized(Access.PUBLIC)
  @Mutation(() => MediationApplication, {
    description:
      "Applies for people's mediation online (在线申请调解), without an agency account: registers the dispute at the centre's unified intake (统一受理) as source ONLINE, with its parties, and answers its unified dispute number. Bad input is refused with BAD_USER_INPUT and a Chinese message naming the field; nothing is written then.",
  })
  async applyForMediation(
    @Arg("input", () => ApplyForMediationInput, { description: "The application: parties, dispute type, place, what happened and what is asked for." }) input: ApplyForMediationInput,
    @Ctx() ctx: HubContext,
  ): Promise<MediationApplication> {
    const { minParties, maxParties, maxFactsLength, maxRequestLength } = SELF_SERVICE_RULES;
    if (input.parties.length < minParties) throw badInput("input.parties", "请至少填写一名当事人（申请人本人）", "请至少填写一名当事人（申请人本人）");
    if (input.parties.length > maxParties) throw badInput("input.parties", `当事人最多 ${maxParties} 名`, `当事人最多 ${maxParties} 名`);
    const parties = input.parties.map((p, i) => applicantParty(p, `input.parties[${i}]`));
    const facts = formText("input.facts", "事实经过", input.facts, maxFactsLength);
    const request = formText("input.request", "申请事项", input.request, maxRequestLength);
    const { dispute } = await writeInTransaction(ctx, (tx) =>
      registerDisputeIntake(tx, {
        disputeType: input.disputeType,
        divisionCode: input.divisionCode,
        description: `事实经过：${facts}\n申请事项：${request}`,
        source: DisputeSource.ONLINE,
        parties,
        note: "当事人网上申请",
      }),
    );
    return {
      unifiedNumber: dispute.unifiedNumber,
      registeredAt: dispute.registeredAt,
      nextStep: "调解中心将在受理后指派人民调解委员会；请凭统一纠纷编号和本人身份证号码查询进度",
    };
  }

  @Authorized(Access.PUBLIC)
  @Mutation(() => DisputeLookup, {
    description:
      "Looks a dispute up (群众端进度查询) by its unified number and the caller's own ID number (or credit code) as one of its parties, without an agency account. Answers the dispute's progress and a party token for it (30 minutes). An unknown number and an identifier that is none of its parties' get the same NOT_FOUND; after repeated misses from one address or on one number, lookups are refused with RATE_LIMITED for a while. Every lookup is audited.",
  })
  async lookUpDispute(
    @Arg("unifiedNumber", () => String, { description: "Unified dispute number (统一纠纷编号), e.g. 530402-2026-000123." }) unifiedNumber: string,
    @Arg("identifier", () => String, { description: "The caller's own resident ID number (居民身份证号码) or, for an organisation, its unified social credit code." }) identifier: string,
    @Ctx() ctx: HubContext,
  ): Promise<DisputeLookup> {
    const number = unifiedNumber.trim();
    if (!number) throw badInput("unifiedNumber", "enter the unified dispute number", "请填写统一纠纷编号");
    if (number.length > 32) throw NO_MATCH();
    const key = identifierKey(identifier);
    const address = actorOf(ctx.caller);
    await refuseWhileLockedOut(ctx, address, number);
    const dispute = await loadDisputeByNumber(ctx, number);
    const party = dispute ? await ctx.em.findOne(CaseParty, { caseType: "Dispute", caseId: dispute.id, partyKey: key }) : null;
    // The attempt commits on its own, so that a miss counts even though the lookup is then refused.
    await writeInTransaction(ctx, async (tx) => {
      tx.em.create(LookupAttempt, { address, unifiedNumber: number, matched: !!party });
    });
    await audit(ctx, { action: AuditAction.LOOKUP, entityType: "Dispute", entityId: number, partyKey: party ? key : null, divisionCode: dispute?.divisionCode ?? null });
    if (!dispute || !party) throw NO_MATCH();
    const grant = { unifiedNumber: dispute.unifiedNumber, partyId: party.id };
    const { token, expiresAt } = await mintPartyToken(grant, SELF_SERVICE_RULES.partyTokenMinutes * 60);
    return { token, expiresAt, progress: await disputeProgress(ctx, dispute, party, grant, today()) };
  }

  @Authorized(Access.PARTY)
  @Query(() => DisputeProgress, { description: "The progress of the dispute the party token is for, as that party sees it (群众端进度查询)." })
  async myDispute(@Ctx() ctx: HubContext): Promise<DisputeProgress> {
    const grant = requirePartyGrant(ctx);
    const { dispute, party } = await grantedDispute(ctx, grant);
    return disputeProgress(ctx, dispute, party, grant, today());
  }

  @Authorized(Access.PARTY)
  @Mutation(() => DisputeUrge, {
    description:
      "Hurries the agency holding the party's dispute up (催办): at most once a day per party and dispute; recorded with the agency and a reply clock (答复时限, working days). CONFLICT once the dispute has concluded or when the party already urged today.",
  })
  async urgeDispute(
    @Arg("note", () => String, { nullable: true, description: "What the party wants to say with it, up to 500 characters." }) note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<DisputeUrge> {
    const grant = requirePartyGrant(ctx);
    const text = note?.trim() || null;
    if (text && text.length > SELF_SERVICE_RULES.maxUrgeNoteLength) {
      throw badInput("note", `at most ${SELF_SERVICE_RULES.maxUrgeNoteLength} characters`, `催办说明最多 ${SELF_SERVICE_RULES.maxUrgeNoteLength} 个字，现有 ${text.length} 个字`);
    }
    const { dispute, party } = await grantedDispute(ctx, grant);
    const progress = await disputeProgress(ctx, dispute, party, grant, today());
    if (progress.concluded || !progress.current) {
      throw conflict("The dispute has concluded: there is nobody to hurry up; evaluate it instead", "该纠纷已办结，无需催办；您可以对办理情况进行评价");
    }
    if (!progress.mayUrge) throw ALREADY_URGED();
    const now = new Date();
    const current = progress.current;
    const urge = await createOnce(ctx, DisputeUrge, {
      unifiedNumber: dispute.unifiedNumber, partyId: party.id, chinaDay: chinaDateString(now), note: text,
      holderChannel: current.channel, holderAgency: current.agency, holderCaseType: current.caseType,
      divisionCode: dispute.divisionCode, urgedAt: now, replyDueAt: workingDaysDue(now, SELF_SERVICE_RULES.urgeReplyWorkingDays),
    }, ALREADY_URGED);
    await audit(ctx, { action: AuditAction.URGE, entityType: "Dispute", entityId: dispute.unifiedNumber, partyKey: party.partyKey, divisionCode: dispute.divisionCode });
    return urge;
  }

  @Authorized(Access.PARTY)
  @Mutation(() => DisputeEvaluation, {
    description:
      "The party's evaluation once every case of their dispute has concluded (评价): 满意, 基本满意 or 不满意 and a text; 不满意 opens a callback (回访) for the committee that mediated. Once per party; CONFLICT before the dispute has concluded or for a second one.",
  })
  async evaluateDispute(
    @Arg("input", () => EvaluateDisputeInput, { description: "The evaluation." }) input: EvaluateDisputeInput,
    @Ctx() ctx: HubContext,
  ): Promise<DisputeEvaluation> {
    const grant = requirePartyGrant(ctx);
    const comment = input.comment?.trim() || null;
    const max = SELF_SERVICE_RULES.maxEvaluationCommentLength;
    if (comment && comment.length > max) throw badInput("input.comment", `at most ${max} characters`, `评价内容最多 ${max} 个字，现有 ${comment.length} 个字`);
    const { dispute, party } = await grantedDispute(ctx, grant);
    const progress = await disputeProgress(ctx, dispute, party, grant, today());
    if (!progress.concluded) throw conflict("The dispute has not concluded yet: evaluate it once it has", "该纠纷尚未办结，办结后才能评价");
    if (progress.evaluation) throw ALREADY_EVALUATED();
    const now = new Date();
    const unsatisfied = input.satisfaction === Satisfaction.UNSATISFIED;
    const committeeId = (await loadCasesOfDispute(ctx, dispute.unifiedNumber)).at(-1)?.committeeId ?? null;
    const evaluation = await createOnce(ctx, DisputeEvaluation, {
      unifiedNumber: dispute.unifiedNumber, partyId: party.id, satisfaction: input.satisfaction, comment, divisionCode: dispute.divisionCode,
      committeeId, evaluatedAt: now, callbackDueAt: unsatisfied ? workingDaysDue(now, SELF_SERVICE_RULES.callbackWorkingDays) : null,
    }, ALREADY_EVALUATED);
    await audit(ctx, { action: AuditAction.EVALUATE, entityType: "Dispute", entityId: dispute.unifiedNumber, partyKey: party.partyKey, divisionCode: dispute.divisionCode });
    return evaluation;
  }

  @Authorized(Access.WRITE)
  @Mutation(() => DisputeEvaluation, { description: "Records the callback (回访) an unsatisfied evaluation opened: what the committee found. The centre, within its scope; CONFLICT when there is no open callback." })
  async recordCallback(
    @Arg("evaluationId", () => ID, { description: "Id of the evaluation." }) evaluationId: string,
    @Arg("note", () => String, { description: "What the callback found (回访情况), 1 to 1000 characters." }) note: string,
    @Ctx() ctx: HubContext,
  ): Promise<DisputeEvaluation> {
    const text = note.trim();
        return writeInTransaction(ctx, async (tx) => {
      const evaluation = await findForWriter(tx, DisputeEvaluation, evaluationId, { lock: true });
      if (!evaluation.callbackDueAt || evaluation.callbackAt) {
        throw conflict(`Evaluation ${evaluationId} has no open callback`, "该评价没有待办的回访");
      }
      evaluation.callbackAt = new Date();
      evaluation.callbackNote = text;
      evaluation.callbackBy = actorOf(tx.caller);
      return evaluation;
    });
  }
}

const URGE_ORDER: ListOrder = { list: "disputeUrges", keys: [{ field: "urgedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const DisputeUrgeConnection = connectionType(DisputeUrge, { name: "DisputeUrge", item: "party's hurry-up (催办)", order: "newest first" });

@Resolver(() => DisputeUrge)
export class DisputeUrgeResolver {
  @Authorized(Access.READ)
  @Query(() => DisputeUrgeConnection, {
    description:
      "Parties' hurry-ups (催办) addressed to the caller's agency: those made while a case of its channel held the dispute, within its division scope; joint-meeting staff see every channel's within theirs. Newest first, a page at a time; the 工作台 shows them with their reply clocks.",
  })
  async disputeUrges(
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<DisputeUrge>> {
    // An agency answers the urges of the disputes it held, whichever subgraph it writes to.
    const own = ownChannel(ctx.caller);
    const channel = own ? channelOfSubgraph(own) : null;
    if (!channel && !isJointMeeting(ctx.caller)) throw forbidden(
        `Hurry-ups are listed for the agency they are addressed to and joint-meeting staff; you are agency kind ${ctx.caller.agencyKind}`,
        "当事人催办只有被催办的承办单位和联席会议工作人员可以查看",
      );
    const where: Record<string, unknown> = channel ? { holderChannel: channel } : {};
    const scope = scopeCondition(ctx.caller);
    return keysetPage(ctx, DisputeUrge, scope ? { $and: [where, scope] } : where, URGE_ORDER, { first, after, filter: { channel } });
  }
}

@Resolver(() => Dispute)
export class DisputeSelfServiceResolver {
  @FieldResolver(() => [DisputeUrge], { description: "The parties' hurry-ups (催办) of this dispute, oldest first." })
  async urges(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<DisputeUrge[]> {
    // Batched across a page of disputes (one query for all of them), then in time order.
    const urges = await loadManyBy(ctx, DisputeUrge, "unifiedNumber", dispute.unifiedNumber);
    return [...urges].sort((a, b) => a.urgedAt.getTime() - b.urgedAt.getTime());
  }

  @FieldResolver(() => [DisputeEvaluation], { description: "The parties' evaluations (当事人评价) of this dispute, with their callbacks (回访)." })
  async evaluations(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<DisputeEvaluation[]> {
    const evaluations = await loadManyBy(ctx, DisputeEvaluation, "unifiedNumber", dispute.unifiedNumber);
    return [...evaluations].sort((a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime());
  }
}
