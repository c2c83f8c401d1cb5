import { defineSubgraph, loadById, readable, type HubContext } from "@hub/kit";
import { fileURLToPath } from "node:url";
import { MediationAgreement } from "./entities/agreement.entity.ts";
import { MediationCommittee } from "./entities/committee.entity.ts";
import { entities } from "./entities/index.ts";
import { MediationCase } from "./entities/mediation-case.entity.ts";
import { Mediator } from "./entities/mediator.entity.ts";
import { migrations } from "./migrations/index.ts";
import { MediationAgreementResolver } from "./resolvers/agreement.resolver.ts";
import { MediationCommitteeResolver, MediatorResolver } from "./resolvers/committee.resolver.ts";
import { DisputeResolver } from "./resolvers/dispute.resolver.ts";
import { MediationAgreementHandoffsResolver, MediationCaseHandoffsResolver, MediationHandoffResolver } from "./resolvers/handoff.resolver.ts";
import { mediationCenterHandoffs } from "./resolvers/handoffs.ts";
import { disputePartners, loadDisputeByNumber } from "./resolvers/loaders.ts";
import { MediationCaseResolver } from "./resolvers/mediation-case.resolver.ts";
import { PartyMediationResolver } from "./resolvers/party.resolver.ts";
import { CaseSearchResolver, DisputeHistoryResolver, IndexedCaseResolver } from "./resolvers/search.resolver.ts";
import { DisputeSelfServiceResolver, DisputeUrgeResolver, SelfServiceResolver } from "./resolvers/self-service.resolver.ts";
import { StatisticsResolver } from "./resolvers/statistics.resolver.ts";
import { centreIndexers } from "./case-index/indexers.ts";
import { DispatchResolver, DisputeDispatchResolver } from "./resolvers/dispatch.resolver.ts";
import { SupervisionItemResolver } from "./resolvers/supervision.resolver.ts";
import { checkRoutingTable } from "./workflow/dispatch.rules.ts";
import { runSupervisionCheck, SUPERVISION_TASK } from "./workflow/supervision.ts";

// A dispute type without a route would wait at the desk with nobody told: refuse to start instead.
checkRoutingTable();
import { caseIndexRoutes } from "./case-index/routes.ts";

/**
 * 人民调解中心: unified intake (统一受理) of every dispute and the owner of `Dispute`, the people's
 * mediation committees and mediators, people's mediation cases and their agreements.
 */
export const mediationCenter = defineSubgraph({
  name: "mediation-center",
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL("./migrations", import.meta.url)),
  resolvers: [
    DisputeResolver, MediationCommitteeResolver, MediatorResolver, MediationCaseResolver, MediationAgreementResolver, PartyMediationResolver,
    MediationHandoffResolver, MediationCaseHandoffsResolver, MediationAgreementHandoffsResolver,
    CaseSearchResolver, IndexedCaseResolver, DisputeHistoryResolver, StatisticsResolver,
    DispatchResolver, DisputeDispatchResolver, SupervisionItemResolver,
    SelfServiceResolver,
    DisputeSelfServiceResolver,
    DisputeUrgeResolver,
  ],
  // 督办: sign-for clocks are checked every minute.
  scheduled: [{ name: SUPERVISION_TASK, cron: "* * * * *", run: (ctx) => runSupervisionCheck(ctx) }],
  handoffs: mediationCenterHandoffs,
  indexers: centreIndexers,
  // The cross-agency case index lives here: every channel posts its cases to this endpoint.
  routes: caseIndexRoutes,
  // The gateway resolves references for other subgraphs' fields: the same read rules, unreadable ones left out.
  referenceResolvers: {
    Dispute: {
      __resolveReference: async (ref: { unifiedNumber: string }, ctx: HubContext) =>
        readable(ctx, "Dispute", await loadDisputeByNumber(ctx, ref.unifiedNumber), disputePartners),
    },
    MediationCase: { __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "MediationCase", await loadById(ctx, MediationCase, ref.id)) },
    MediationAgreement: {
      __resolveReference: async (ref: { id: string }, ctx: HubContext) => readable(ctx, "MediationAgreement", await loadById(ctx, MediationAgreement, ref.id)),
    },
    MediationCommittee: { __resolveReference: (ref: { id: string }, ctx: HubContext) => loadById(ctx, MediationCommittee, ref.id) },
    Mediator: { __resolveReference: (ref: { id: string }, ctx: HubContext) => loadById(ctx, Mediator, ref.id) },
  },
});
