import { HandoffRecord, loadManyBy, partnerChannels, type HubContext, type PartnersOf } from "@hub/kit";
import { MediationAgreement } from "../entities/agreement.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";

// Batched look-ups shared by the resolvers and the reference resolvers of this subgraph.

export async function loadDisputeByNumber(ctx: HubContext, unifiedNumber: string): Promise<Dispute | null> {
  const rows = await loadManyBy(ctx, Dispute, "unifiedNumber", unifiedNumber);
  return rows[0] ?? null;
}

/** The mediation cases of a dispute, oldest first. */
export async function loadCasesOfDispute(ctx: HubContext, unifiedNumber: string): Promise<MediationCase[]> {
  const rows = await loadManyBy(ctx, MediationCase, "unifiedNumber", unifiedNumber);
  return [...rows].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id));
}

export async function loadAgreementOfCase(ctx: HubContext, caseId: string): Promise<MediationAgreement | null> {
  const rows = await loadManyBy(ctx, MediationAgreement, "caseId", caseId);
  return rows[0] ?? null;
}


/**
 * The partner agencies of a dispute: those on the other side of any handoff under its unified
 * number (the incident, petition or referral that brought it; a confirmation, notarisation,
 * arbitration or filing it went on to).
 */
export const disputePartners: PartnersOf = async (ctx, _caseType, dispute) =>
  partnerChannels(await loadManyBy(ctx, HandoffRecord, "unifiedNumber", (dispute as Dispute).unifiedNumber));
