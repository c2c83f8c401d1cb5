import { Channel, type CaseParty, type HubContext, type PartyGrant } from "@hub/kit";
import { INTAKE_AGENCY } from "../case-index/indexers.ts";
import { disputeSteps } from "../case-index/search.ts";
import { MediationCommittee } from "../entities/committee.entity.ts";
import type { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { Mediator } from "../entities/mediator.entity.ts";
import { DisputeEvaluation, DisputeUrge } from "../entities/self-service.entity.ts";
import { CONCLUDED_MEDIATION_CASE_STATUSES } from "../workflow/mediation-case.workflow.ts";
import { loadCasesOfDispute } from "./loaders.ts";
import type { DisputeProgress, ProgressCase } from "./types/self-service.types.ts";

interface IndexedCaseFacts {
  channel: string;
  case_type: string;
  agency: string;
  status: string;
  opened_at: Date;
  due_at: Date | null;
  concluded_at: Date | null;
}

/** The dispute's cases in the other agencies, as the case index last heard of them. */
async function otherChannelsCases(ctx: HubContext, unifiedNumber: string): Promise<ProgressCase[]> {
  const rows = await ctx.em.execute<IndexedCaseFacts[]>(
    `select channel, case_type, agency, status, opened_at, due_at, concluded_at from indexed_case
     where unified_number = ? and channel <> ? order by opened_at, case_id`,
    [unifiedNumber, Channel.MEDIATION_CENTER],
  );
  return rows.map((r) => ({
    channel: r.channel, caseType: r.case_type, agency: r.agency, status: r.status,
    openedAt: new Date(r.opened_at), dueAt: r.due_at ? new Date(r.due_at) : null, concludedAt: r.concluded_at ? new Date(r.concluded_at) : null,
  }));
}

/** The names of the committees on the centre's cases, by id. */
async function committeeNames(ctx: HubContext, cases: MediationCase[]): Promise<Map<string, string>> {
  const committeeIds = [...new Set(cases.map((c) => c.committeeId).filter((id): id is string => !!id))];
  return new Map((committeeIds.length ? await ctx.em.find(MediationCommittee, { id: { $in: committeeIds } }) : []).map((c) => [c.id, c.name]));
}

/** The centre's own cases, read from their table rather than the index, so that a dispute just applied for shows at once. */
function centreCases(cases: MediationCase[], committees: Map<string, string>): ProgressCase[] {
  return cases.map((c) => ({
    channel: Channel.MEDIATION_CENTER,
    caseType: "MediationCase",
    agency: (c.committeeId && committees.get(c.committeeId)) || INTAKE_AGENCY,
    status: c.status,
    openedAt: c.registeredAt,
    dueAt: c.dueAt ?? null,
    concludedAt: CONCLUDED_MEDIATION_CASE_STATUSES.includes(c.status) ? (c.closedAt ?? c.registeredAt) : null,
  }));
}

/**
 * What a party of a dispute sees of it (群众端): where it is, with whom, by when, and the steps so
 * far. Built for the party, field by field, instead of handing them agency types, so that nothing
 * an agency keeps to itself (notes, actors, other parties' identifiers, petition content, police
 * narratives) can reach a phone by a later change to those types.
 */
export async function disputeProgress(ctx: HubContext, dispute: Dispute, party: CaseParty, grant: PartyGrant, today: string): Promise<DisputeProgress> {
  const mediationCases = await loadCasesOfDispute(ctx, dispute.unifiedNumber);
  const [committees, others, steps, lastUrge, evaluation] = await Promise.all([
    committeeNames(ctx, mediationCases),
    otherChannelsCases(ctx, dispute.unifiedNumber),
    disputeSteps(ctx.em, dispute.unifiedNumber),
    ctx.em.findOne(DisputeUrge, { unifiedNumber: grant.unifiedNumber, partyId: grant.partyId }, { orderBy: { urgedAt: "desc" } }),
    ctx.em.findOne(DisputeEvaluation, { unifiedNumber: grant.unifiedNumber, partyId: grant.partyId }),
  ]);
  const cases = [...centreCases(mediationCases, committees), ...others].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  const open = cases.filter((c) => !c.concludedAt);
  const concluded = cases.length > 0 && open.length === 0;
  const latestCentreCase = mediationCases.at(-1);
  const mediator = latestCentreCase?.mediatorId ? await ctx.em.findOne(Mediator, { id: latestCentreCase.mediatorId }) : null;
  return {
    unifiedNumber: dispute.unifiedNumber,
    disputeType: dispute.disputeType,
    divisionName: dispute.divisionName,
    registeredAt: dispute.registeredAt,
    yourName: party.name,
    yourRole: party.role,
    current: open.at(-1) ?? null,
    cases,
    committee: (latestCentreCase?.committeeId && committees.get(latestCentreCase.committeeId)) || null,
    mediator: mediator?.name ?? null,
    steps: steps.map((s) => ({ at: new Date(s.at), channel: s.channel, caseType: s.case_type, action: s.action, toStatus: s.to_status })),
    concluded,
    lastUrgedAt: lastUrge?.urgedAt ?? null,
    mayUrge: !concluded && open.length > 0 && lastUrge?.chinaDay !== today,
    evaluation: evaluation ?? null,
  };
}
