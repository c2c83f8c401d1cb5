import {
  addMoney, conflict, type CourtFilingPayload, DivisionCodeScalar, HandoffKind, HandoffRecord, type HubContext, partyInputsOf, requireText,
  sendHandoff, Access, findForWriter, chinaDateString,
} from "@hub/kit";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { ArbitrationCase } from "../entities/arbitration-case.entity.ts";
import { ArbitrationClaim } from "../entities/arbitration-claim.entity.ts";
import { ArbitrationOutcome, ArbitrationStatus, arbitrationWorkflow } from "../workflow/arbitration.workflow.ts";

// Arbitration as a SENDER of handoffs: a party who does not accept an award sues in court
// (不服仲裁裁决起诉): an AWARD_CHALLENGE handoff to court-mediation, whose filing decision comes
// back as the handoff's result. The payload carries the parties with their identifiers
// (partyInputsOf), so the court re-keys nothing. A repeated call (same idempotency key) returns
// the first call's handoff before any check.

const IDEMPOTENCY_KEY = "A key the caller generates once per intended handoff (a UUID, 8 to 200 characters): repeating the call with it returns the same handoff.";

/** Text bounded like the court's own fields (4000 characters). */
function bounded(text: string, max = 4000): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

@Resolver()
export class ArbitrationHandoffResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => HandoffRecord, {
    description:
      "A party does not accept the award and sues in court (不服仲裁裁决起诉): an AWARD_CHALLENGE handoff to court-mediation, which decides within COURT_FILING_DECISION (7 days) whether to file the case. Only for a CLOSED case whose outcome is AWARD; one open challenge per case.",
  })
  challengeArbitrationAwardInCourt(
    @Arg("id", () => ID, { description: "Id of the arbitration case whose award is challenged." }) id: string,
    @Arg("court", () => String, { description: "Name of the court, up to 100 characters, e.g. 玉溪市红塔区人民法院." }) court: string,
    @Arg("courtDivisionCode", () => DivisionCodeScalar, { description: "Division code of the court." }) courtDivisionCode: string,
    @Arg("reason", () => String, { description: "Why the award is challenged, up to 2000 characters." }) reason: string,
    @Arg("idempotencyKey", () => String, { description: IDEMPOTENCY_KEY }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<HandoffRecord> {
    const courtName = requireText("court", court, 100);
    const why = requireText("reason", reason, 2000);
    return sendHandoff(ctx, HandoffKind.AWARD_CHALLENGE, id, idempotencyKey, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      if (arbitration.status !== ArbitrationStatus.CLOSED || arbitration.outcome !== ArbitrationOutcome.AWARD) {
        throw conflict(
          `ArbitrationCase ${arbitration.id} is ${arbitration.status}${arbitration.outcome ? ` (${arbitration.outcome})` : ""}; only a case CLOSED with an AWARD (裁决) can be challenged in court`,
          "只有以裁决结案的仲裁案件才能向法院起诉",
          { id: arbitration.id, status: arbitration.status, outcome: arbitration.outcome ?? null },
        );
      }
      const lastDay = arbitration.suitDueAt;
      if (lastDay && lastDay.getTime() < Date.now()) {
        throw conflict(
          `The period to sue against the award of ArbitrationCase ${arbitration.id} ended on ${chinaDateString(lastDay)} (15 days, 劳动争议调解仲裁法 Art 48): the award is legally effective and can no longer be challenged in court`,
          `不服裁决的起诉期限（15 日，劳动争议调解仲裁法第 48 条）已于 ${chinaDateString(lastDay)} 届满，裁决已发生法律效力，不能再向法院起诉`,
          { id: arbitration.id, suitDueAt: lastDay.toISOString() },
        );
      }
      const claims = await tx.em.find(ArbitrationClaim, { arbitrationCase: arbitration.id }, { orderBy: { position: "asc" } });
      const claimed = claims.filter((c) => c.amount != null);
      const reference = arbitration.caseNumber ?? `${arbitrationWorkflow.caseType} ${arbitration.id}`;
      const award = arbitration.outcomeSummary ? `裁决: ${arbitration.outcomeSummary}` : "裁决";
      const payload: CourtFilingPayload = {
        unifiedNumber: arbitration.unifiedNumber ?? null,
        court: courtName,
        courtDivisionCode,
        disputeType: arbitration.disputeType,
        amount: claimed.length > 0 ? claimed.reduce((total, c) => addMoney(total, c.amount!), "0.00") : null,
        claims: bounded(claims.map((c, i) => `${i + 1}. ${c.description}${c.amount != null ? ` (${c.amount} 元)` : ""}`).join("\n") || award),
        reason: bounded(`不服仲裁裁决 ${reference} (${arbitration.commission}): ${why}\n${award}${arbitration.awardedAmount != null ? `, ${arbitration.awardedAmount} 元` : ""}`),
        sourceReference: bounded(reference, 200),
        parties: await partyInputsOf(tx, arbitrationWorkflow.caseType, arbitration.id),
      };
      return {
        fromCaseType: arbitrationWorkflow.caseType,
        fromCaseId: arbitration.id,
        unifiedNumber: arbitration.unifiedNumber ?? null,
        divisionCode: arbitration.divisionCode,
        summary: `不服仲裁裁决起诉: ${reference} → ${courtName}`,
        payload,
      };
    });
  }
}
