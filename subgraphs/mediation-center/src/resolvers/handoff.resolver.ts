import {
  chinaDateString, chinaDateTimeString, DISPUTE_TYPE_LABELS, enumLabelZh,
  type ArbitrationPayload, badInput, conflict, type CourtFilingPayload, DisputeType, DivisionCodeScalar, dueDate, HandoffKind, HandoffRecord,
  type HubContext, type JudicialConfirmationPayload, LEGAL_TIME_LIMITS, loadHandoffsOf, normaliseMoney, type NotarisationPayload, partyInputsOf,
  PartyRole, requireText, sendHandoff, Access, findForWriter,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { MediationAgreement } from "../entities/agreement.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { agreementWorkflow } from "../workflow/agreement.workflow.ts";
import { disputeWorkflow } from "../workflow/dispute.workflow.ts";
import { mediationCaseWorkflow, MediationCaseStatus } from "../workflow/mediation-case.workflow.ts";

// The mediation centre as a SENDER of handoffs: a signed agreement to a court for judicial
// confirmation (司法确认) or to a notary for notarisation with enforcement effect (赋强公证), and a
// failed labour mediation to a labour dispute arbitration commission (劳动仲裁), and a failed or
// terminated mediation to a court to be filed (调解不成转立案). Each payload
// carries the parties with their identifiers (partyInputsOf), so the receiver re-keys nothing.
// A repeated call (same idempotency key) returns the first call's handoff before any check, so a
// retry after the case moved on (the 30-day window closed, say) still gets its answer.

const IDEMPOTENCY_KEY = "A key the caller generates once per intended handoff (a UUID, 8 to 200 characters): repeating the call with it returns the same handoff.";

/** Labour disputes go to labour dispute arbitration (劳动争议调解仲裁法); other disputes do not. */
const LABOUR_DISPUTE_TYPES: DisputeType[] = [DisputeType.LABOUR, DisputeType.MIGRANT_WORKER_WAGES];

async function disputeOf(tx: HubContext, unifiedNumber: string): Promise<Dispute> {
  const dispute = await tx.em.findOne(Dispute, { unifiedNumber });
  if (!dispute) throw new Error(`dispute ${unifiedNumber} is missing: every case and agreement belongs to one`);
  return dispute;
}

function money(value: string | null | undefined): string | null {
  return value == null ? null : normaliseMoney(String(value));
}

@Resolver()
export class MediationHandoffResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => HandoffRecord, {
    description:
      "Applies to a court for judicial confirmation of a mediation agreement (司法确认), on behalf of all its parties: a JUDICIAL_CONFIRMATION handoff to court-mediation. Only within the time limit of JUDICIAL_CONFIRMATION_APPLICATION (30 days) after the agreement took effect (民事诉讼法 Art 205); one open application per agreement.",
  })
  applyForJudicialConfirmationOfAgreement(
    @Arg("agreementId", () => ID, { description: "Id of the mediation agreement." }) agreementId: string,
    @Arg("court", () => String, { description: "Name of the court applied to, up to 100 characters, e.g. 玉溪市红塔区人民法院." }) court: string,
    @Arg("courtDivisionCode", () => DivisionCodeScalar, { description: "Division code of the court." }) courtDivisionCode: string,
    @Arg("idempotencyKey", () => String, { description: IDEMPOTENCY_KEY }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<HandoffRecord> {
    const courtName = requireText("court", court, 100);
    return sendHandoff(ctx, HandoffKind.JUDICIAL_CONFIRMATION, agreementId, idempotencyKey, async (tx) => {
      const agreement = await findForWriter(tx, MediationAgreement, agreementId);
      const now = new Date();
      const closes = dueDate("JUDICIAL_CONFIRMATION_APPLICATION", agreement.signedAt);
      if (now > closes) {
        throw badInput(
          "agreementId",
          `agreement ${agreement.id} took effect on ${agreement.signedAt.toISOString()}; ${LEGAL_TIME_LIMITS.JUDICIAL_CONFIRMATION_APPLICATION.rule}, so the application was due by ${closes.toISOString()} and it is now ${now.toISOString()}`,
          `调解协议于 ${chinaDateString(agreement.signedAt)} 生效，应在 30 日内申请司法确认，期限已于 ${chinaDateString(closes)} 届满`,
        );
      }
      const dispute = await disputeOf(tx, agreement.unifiedNumber);
      // Both sides apply together (双方共同申请): every party of the agreement is an applicant.
      const parties = (await partyInputsOf(tx, disputeWorkflow.caseType, dispute.id)).map((p) => ({ ...p, role: PartyRole.APPLICANT }));
      const payload: JudicialConfirmationPayload = {
        unifiedNumber: agreement.unifiedNumber,
        agreementId: agreement.id,
        agreementTerms: agreement.terms,
        agreementAmount: money(agreement.amount),
        agreementEffectiveAt: agreement.signedAt.toISOString(),
        court: courtName,
        courtDivisionCode,
        parties,
      };
      return {
        fromCaseType: agreementWorkflow.caseType,
        fromCaseId: agreement.id,
        unifiedNumber: agreement.unifiedNumber,
        divisionCode: dispute.divisionCode,
        summary: `司法确认申请: 人民调解协议 ${agreement.unifiedNumber} → ${courtName}`,
        payload,
      };
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => HandoffRecord, {
    description:
      "Asks a notary office to notarise a mediation agreement with compulsory enforcement effect (赋强公证, 公证法 Art 37): an ENFORCEABLE_NOTARISATION handoff to notary. Only for an agreement with a payment obligation, and only with the debtor's consent to enforcement; one open request per agreement.",
  })
  requestEnforceableNotarisationOfAgreement(
    @Arg("agreementId", () => ID, { description: "Id of the mediation agreement." }) agreementId: string,
    @Arg("notaryOffice", () => String, { description: "Name of the notary office, up to 100 characters." }) notaryOffice: string,
    @Arg("notaryDivisionCode", () => DivisionCodeScalar, { description: "Division code of the notary office." }) notaryDivisionCode: string,
    @Arg("paymentDueAt", () => Date, { description: "When the debtor must pay under the agreement; not before the agreement took effect." }) paymentDueAt: Date,
    @Arg("debtorConsentToEnforcement", () => Boolean, { description: "The debtor consented in writing to compulsory enforcement; must be true." }) debtorConsentToEnforcement: boolean,
    @Arg("idempotencyKey", () => String, { description: IDEMPOTENCY_KEY }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<HandoffRecord> {
    const office = requireText("notaryOffice", notaryOffice, 100);
    if (Number.isNaN(paymentDueAt.getTime())) throw badInput("paymentDueAt", "is not a valid date-time", "履行期限不是有效的日期时间");
    if (debtorConsentToEnforcement !== true) {
      throw badInput(
        "debtorConsentToEnforcement",
        "must be true: notarisation with enforcement effect needs the debtor's written consent to compulsory enforcement",
        "赋强公证须有债务人愿意接受强制执行的书面承诺",
      );
    }
    return sendHandoff(ctx, HandoffKind.ENFORCEABLE_NOTARISATION, agreementId, idempotencyKey, async (tx) => {
      const agreement = await findForWriter(tx, MediationAgreement, agreementId);
      if (!agreement.hasPaymentObligation) {
        throw badInput(
          "agreementId",
          `agreement ${agreement.id} has no payment obligation; only an agreement under which a party owes a payment can be notarised with enforcement effect`,
          "该调解协议没有给付内容；只有约定一方给付金钱的协议才能办理赋强公证",
        );
      }
      if (agreement.amount == null) throw badInput("agreementId", `agreement ${agreement.id} states no amount owed`, "该调解协议未写明给付金额");
      if (paymentDueAt < agreement.signedAt) {
        throw badInput("paymentDueAt", `must not be before the agreement took effect (${agreement.signedAt.toISOString()})`, `履行期限不能早于协议生效时间（${chinaDateTimeString(agreement.signedAt)}）`);
      }
      const dispute = await disputeOf(tx, agreement.unifiedNumber);
      // Assumption: the party owed money is the one who brought the dispute (the APPLICANT) and
      // the debtor is the other side (the RESPONDENT). The agreement records no creditor of its
      // own, so the dispute's roles travel unchanged: creditor(s) APPLICANT, debtor(s) RESPONDENT.
      const parties = await partyInputsOf(tx, disputeWorkflow.caseType, dispute.id);
      if (!parties.some((p) => p.role === PartyRole.APPLICANT) || !parties.some((p) => p.role === PartyRole.RESPONDENT)) {
        throw badInput(
          "agreementId",
          `agreement ${agreement.id} needs a creditor (an APPLICANT of dispute ${dispute.unifiedNumber}) and a debtor (a RESPONDENT)`,
          `纠纷 ${dispute.unifiedNumber} 须有债权人（申请人）和债务人（被申请人）`,
        );
      }
      const payload: NotarisationPayload = {
        unifiedNumber: agreement.unifiedNumber,
        agreementId: agreement.id,
        notaryOffice: office,
        notaryDivisionCode,
        debtTerms: agreement.terms,
        paymentAmount: money(agreement.amount)!,
        paymentDueAt: paymentDueAt.toISOString(),
        debtorConsentToEnforcement: true,
        parties,
      };
      return {
        fromCaseType: agreementWorkflow.caseType,
        fromCaseId: agreement.id,
        unifiedNumber: agreement.unifiedNumber,
        divisionCode: dispute.divisionCode,
        summary: `赋强公证申请: 人民调解协议 ${agreement.unifiedNumber}, ${payload.paymentAmount} 元 → ${office}`,
        payload,
      };
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => HandoffRecord, {
    description:
      "Refers a labour dispute whose mediation failed to a labour dispute arbitration commission (劳动仲裁): a LABOUR_ARBITRATION handoff to arbitration. Only for a FAILED case of a LABOUR or MIGRANT_WORKER_WAGES dispute; one open referral per case.",
  })
  referFailedMediationToArbitration(
    @Arg("caseId", () => ID, { description: "Id of the failed mediation case." }) caseId: string,
    @Arg("commission", () => String, { description: "Name of the arbitration commission, up to 100 characters." }) commission: string,
    @Arg("commissionDivisionCode", () => DivisionCodeScalar, { description: "Division code of the commission." }) commissionDivisionCode: string,
    @Arg("idempotencyKey", () => String, { description: IDEMPOTENCY_KEY }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<HandoffRecord> {
    const commissionName = requireText("commission", commission, 100);
    return sendHandoff(ctx, HandoffKind.LABOUR_ARBITRATION, caseId, idempotencyKey, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, caseId);
      const dispute = await disputeOf(tx, mediationCase.unifiedNumber);
      if (!LABOUR_DISPUTE_TYPES.includes(dispute.disputeType)) {
        throw badInput(
          "caseId",
          `dispute ${dispute.unifiedNumber} is a ${dispute.disputeType} dispute; only ${LABOUR_DISPUTE_TYPES.join(" and ")} disputes go to labour arbitration`,
          `纠纷 ${dispute.unifiedNumber} 的类型为“${DISPUTE_TYPE_LABELS[dispute.disputeType]}”，只有${LABOUR_DISPUTE_TYPES.map((t) => `“${DISPUTE_TYPE_LABELS[t]}”`).join("和")}纠纷才能申请劳动人事争议仲裁`,
        );
      }
      if (mediationCase.status !== MediationCaseStatus.FAILED) {
        throw conflict(`MediationCase ${mediationCase.id} is ${mediationCase.status}; only a FAILED mediation (调解不成) can be referred to arbitration`, `该人民调解案件当前为“${enumLabelZh(MediationCaseStatus, mediationCase.status)}”，只有调解不成的案件才能申请仲裁`, {
          caseId: mediationCase.id,
          status: mediationCase.status,
        });
      }
      const payload: ArbitrationPayload = {
        unifiedNumber: mediationCase.unifiedNumber,
        commission: commissionName,
        commissionDivisionCode,
        disputeType: dispute.disputeType,
        disputeAroseAt: dispute.registeredAt.toISOString(),
        // A claim holds at most 500 characters at the commission; the full text stays with the dispute.
        claims: [{ description: dispute.description.length > 500 ? `${dispute.description.slice(0, 499)}…` : dispute.description, amount: money(dispute.amount) }],
        parties: await partyInputsOf(tx, disputeWorkflow.caseType, dispute.id),
      };
      return {
        fromCaseType: mediationCaseWorkflow.caseType,
        fromCaseId: mediationCase.id,
        unifiedNumber: mediationCase.unifiedNumber,
        divisionCode: dispute.divisionCode,
        summary: `劳动仲裁: 调解不成 ${mediationCase.unifiedNumber} → ${commissionName}`,
        payload,
      };
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => HandoffRecord, {
    description:
      "Sends a dispute whose mediation failed or was terminated to a court to be filed (调解不成转立案): a COURT_FILING handoff to court-mediation, which decides within COURT_FILING_DECISION (7 days) whether to file it. Only for a FAILED or TERMINATED case; one open request per case.",
  })
  referFailedMediationToCourt(
    @Arg("caseId", () => ID, { description: "Id of the failed or terminated mediation case." }) caseId: string,
    @Arg("court", () => String, { description: "Name of the court, up to 100 characters, e.g. 玉溪市红塔区人民法院." }) court: string,
    @Arg("courtDivisionCode", () => DivisionCodeScalar, { description: "Division code of the court." }) courtDivisionCode: string,
    @Arg("idempotencyKey", () => String, { description: IDEMPOTENCY_KEY }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<HandoffRecord> {
    const courtName = requireText("court", court, 100);
    return sendHandoff(ctx, HandoffKind.COURT_FILING, caseId, idempotencyKey, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, caseId);
      if (mediationCase.status !== MediationCaseStatus.FAILED && mediationCase.status !== MediationCaseStatus.TERMINATED) {
        throw conflict(
          `MediationCase ${mediationCase.id} is ${mediationCase.status}; only a FAILED (调解不成) or TERMINATED (终止调解) mediation can be sent to court for filing`,
          `该人民调解案件当前为“${enumLabelZh(MediationCaseStatus, mediationCase.status)}”，只有调解不成或终止调解的案件才能转法院立案`,
          { caseId: mediationCase.id, status: mediationCase.status },
        );
      }
      const dispute = await disputeOf(tx, mediationCase.unifiedNumber);
      const ending = mediationCase.status === MediationCaseStatus.FAILED ? "调解不成" : "终止调解";
      const payload: CourtFilingPayload = {
        unifiedNumber: mediationCase.unifiedNumber,
        court: courtName,
        courtDivisionCode,
        disputeType: dispute.disputeType,
        amount: money(dispute.amount),
        claims: dispute.description,
        reason: mediationCase.closingReason ? `${ending}: ${mediationCase.closingReason}` : ending,
        sourceReference: `${mediationCaseWorkflow.caseType} ${mediationCase.id}`,
        parties: await partyInputsOf(tx, disputeWorkflow.caseType, dispute.id),
      };
      return {
        fromCaseType: mediationCaseWorkflow.caseType,
        fromCaseId: mediationCase.id,
        unifiedNumber: mediationCase.unifiedNumber,
        divisionCode: dispute.divisionCode,
        summary: `调解不成转立案: ${mediationCase.unifiedNumber} → ${courtName}`,
        payload,
      };
    });
  }
}

@Resolver(() => MediationCase)
export class MediationCaseHandoffsResolver {
  @FieldResolver(() => [HandoffRecord], { description: "Handoffs this case took part in, oldest first: the referral that opened it, and any referral to arbitration or to court for filing." })
  handoffs(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, mediationCaseWorkflow.caseType, mediationCase.id);
  }
}

@Resolver(() => MediationAgreement)
export class MediationAgreementHandoffsResolver {
  @FieldResolver(() => [HandoffRecord], { description: "Handoffs of this agreement, oldest first: applications for judicial confirmation and notarisation." })
  handoffs(@Root() agreement: MediationAgreement, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, agreementWorkflow.caseType, agreement.id);
  }
}
