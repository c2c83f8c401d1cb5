/**
 * The benchmark's GraphQL operations and, for the floor, the sub-queries the gateway's query
 * plan sends to each subgraph (printed with @apollo/query-planner from schema/supergraph.graphql
 * and copied here selection for selection).
 */

// ---- (a) a person's cross-agency history --------------------------------------------------------

/** What each subgraph contributes to Party in scenario (a). */
export const PARTY_FIELDS: Record<string, string> = {
  "mediation-center": "disputes { unifiedNumber disputeType registeredAt } mediationCases { id status dueAt overdue }",
  "court-mediation": "courtReferrals { id caseNumber status dueAt } judicialConfirmations { id status }",
  "petition-mediation": "petitions { id petitionNumber status dueAt }",
  "police-mediation": "policeIncidents { id incidentNumber status }",
  arbitration: "arbitrationCases { id caseNumber status dueAt }",
  notary: "notarisations { id status }",
};

export const PARTY_HISTORY = `query PartyHistory($idNumber: ResidentId!) {
  party(idNumber: $idNumber) {
    partyKey
    ${Object.values(PARTY_FIELDS).join("\n    ")}
  }
}`;

/** The gateway's first fetch of (a): the mediation centre turns the ID number into the party key. */
export const PARTY_LOOKUP = `query($idNumber: ResidentId!) { party(idNumber: $idNumber) { __typename partyKey ${PARTY_FIELDS["mediation-center"]} } }`;

export const partyEntities = (subgraph: string) =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Party { ${PARTY_FIELDS[subgraph]} } } }`;

/** Page-size variant for the SQL count: the history of every party on a page of disputes. */
export const PARTY_HISTORY_PAGE = `query PartyHistoryPage($first: Int) {
  disputes(first: $first) {
    edges { node {
      unifiedNumber
      parties { name party { partyKey ${Object.values(PARTY_FIELDS).join(" ")} } }
    } }
  }
}`;

// ---- (b) a search page ----------------------------------------------------------------------

/**
 * What each result's `case` selects, per type, and the subgraph that owns the type. The centre's
 * own types are resolved there; for the others it returns a reference ({ __typename, id }) and the
 * gateway asks the owner with one batched `_entities` call per subgraph.
 */
export const SEARCH_CASE_FIELDS: Record<string, { subgraph: string; fields: string }> = {
  // Aliases where two types' fields of one name differ in type (each channel's status enum, a
  // required or optional dueAt): GraphQL refuses such a selection on a union otherwise.
  Dispute: { subgraph: "mediation-center", fields: "unifiedNumber source registeredAt" },
  MediationCase: { subgraph: "mediation-center", fields: "id mediationStatus: status dueAt overdue" },
  CourtReferral: { subgraph: "court-mediation", fields: "id caseNumber referralStatus: status referralDueAt: dueAt overdue" },
  JudicialConfirmation: { subgraph: "court-mediation", fields: "id caseNumber confirmationStatus: status" },
  CourtFiling: { subgraph: "court-mediation", fields: "id caseNumber filingStatus: status" },
  Petition: { subgraph: "petition-mediation", fields: "id petitionNumber petitionStatus: status dueAt overdue" },
  PoliceIncident: { subgraph: "police-mediation", fields: "id incidentNumber station incidentStatus: status" },
  ArbitrationCase: { subgraph: "arbitration", fields: "id arbitrationNumber: caseNumber arbitrationStatus: status dueAt" },
  NotarisationApplication: { subgraph: "notary", fields: "id notarisationStatus: status certificateNumber" },
};

const caseSelection = (centreOnly: boolean) =>
  Object.entries(SEARCH_CASE_FIELDS)
    .map(([type, { subgraph, fields }]) => `... on ${type} { ${centreOnly && subgraph !== "mediation-center" ? "id" : fields} }`)
    .join(" ");

const searchSelection = (centreOnly: boolean) => `totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { caseType status title agency openedAt parties { name } case { ${centreOnly ? "__typename " : ""}${caseSelection(centreOnly)} } } }`;

const SEARCH_ARGS = "$division: DivisionPrefix, $disputeType: DisputeType!, $openedFrom: DateTimeISO, $openedBefore: DateTimeISO, $first: Int";
const SEARCH_CALL = "searchCases(filter: { division: $division, disputeTypes: [$disputeType], openedFrom: $openedFrom, openedBefore: $openedBefore }, first: $first)";

/** (b): one division's cases of one dispute type opened in a 30-day window, newest first, each read from its owner. */
export const SEARCH_PAGE = `query SearchCases(${SEARCH_ARGS}) {
  ${SEARCH_CALL} {
    ${searchSelection(false)}
  }
}`;

/** The gateway's first fetch of (b): the centre's index, with references for the other channels' cases. */
export const SEARCH_CENTRE = `query(${SEARCH_ARGS}) { ${SEARCH_CALL} { ${searchSelection(true)} } }`;

/** The gateway's second fetch of (b), one per owning subgraph: the cases of that subgraph's types. */
export function caseEntities(subgraph: string): string {
  const fragments = Object.entries(SEARCH_CASE_FIELDS)
    .filter(([, s]) => s.subgraph === subgraph)
    .map(([type, { fields }]) => `... on ${type} { ${fields} }`);
  return `query($representations: [_Any!]!) { _entities(representations: $representations) { ${fragments.join(" ")} } }`;
}

export const disputeEntities = (fields: string) =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute { ${fields} } } }`;

// ---- (c) one case's detail across three subgraphs -------------------------------------------

const REFERRAL_FIELDS = `id caseNumber kind status referredAt dueAt overdue summary
    parties { role name identifierMasked phoneMasked }
    timeline { action fromStatus toStatus actor at }`;
export const DETAIL_DISPUTE_FIELDS: Record<string, string> = {
  "mediation-center": "disputeType description divisionName mediationCases { status dueAt timeline { action toStatus at } }",
  "petition-mediation": "petitions { petitionNumber status dueAt petitioners { role name } }",
};

export const CASE_DETAIL = `query CaseDetail($id: ID!) {
  courtReferral(id: $id) {
    ${REFERRAL_FIELDS}
    dispute {
      unifiedNumber
      ${DETAIL_DISPUTE_FIELDS["mediation-center"]}
      ${DETAIL_DISPUTE_FIELDS["petition-mediation"]}
    }
  }
}`;

export const CASE_DETAIL_COURT = `query($id: ID!) { courtReferral(id: $id) { ${REFERRAL_FIELDS} dispute { __typename unifiedNumber } } }`;

/** Page-size variant for the SQL count: the same detail for a page of referrals. */
export const CASE_DETAIL_PAGE = `query CaseDetailPage($first: Int) {
  courtReferrals(first: $first) {
    edges { node {
      ${REFERRAL_FIELDS}
      dispute { unifiedNumber ${DETAIL_DISPUTE_FIELDS["mediation-center"]} ${DETAIL_DISPUTE_FIELDS["petition-mediation"]} }
    } }
  }
}`;

// ---- (d) handoff creation and acceptance ------------------------------------------------------

export const referIncident = (withKey: boolean) => `mutation ReferIncident($id: ID!, $organisation: String!${withKey ? ", $idempotencyKey: String!" : ""}) {
  referIncidentToMediationCenter(id: $id, mediationOrganisation: $organisation${withKey ? ", idempotencyKey: $idempotencyKey" : ""}) {
    id status mediationOrganisation${withKey ? " handoffs { id status dueAt }" : ""}
  }
}`;

export const HANDOFF_AT_CENTRE = `query HandoffAtCentre($id: ID!) { handoff(id: $id) { id mediationCenterRecord { status } } }`;

export const ACCEPT_AT_CENTRE = `mutation AcceptHandoff($id: ID!) { acceptHandoffAtMediationCenter(id: $id) { id status toCaseId } }`;

/** What the supergraph offers for scenario (d): the handoff protocol (issue 3) is being wired into the channels. */
export function handoffSupport(supergraph: string): { idempotencyKey: boolean; accept: boolean } {
  const refer = /referIncidentToMediationCenter\(([\s\S]*?)\): PoliceIncident/.exec(supergraph)?.[1] ?? "";
  return {
    idempotencyKey: /\bidempotencyKey: String!/.test(refer),
    accept: /\bacceptHandoffAtMediationCenter\(/.test(supergraph) && /handoffs: \[HandoffRecord!\]!/.test(supergraph),
  };
}
