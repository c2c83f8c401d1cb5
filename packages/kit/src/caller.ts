/**
 * Who is calling, as every subgraph sees it: the person (or system) at a partner agency,
 * taken from the JWT the gateway verified and forwarded in a signed context, or another
 * subgraph calling as a service (handoff delivery).
 */
export type AgencyKind = "court" | "petition" | "police" | "arbitration" | "notary" | "mediation-center" | "joint-meeting" | "auditor" | "party";

/**
 * Kinds an agency's token may carry. `party` (a member of the public, 群众端) is not among them:
 * the gateway gives it only to tokenless requests for the public operations (issue 13).
 */
export const AGENCY_KINDS: readonly AgencyKind[] = ["court", "petition", "police", "arbitration", "notary", "mediation-center", "joint-meeting", "auditor"];

/** Kinds a caller forwarded from the gateway to a subgraph may have: the agencies' and `party`. */
export const CALLER_KINDS: readonly AgencyKind[] = [...AGENCY_KINDS, "party"];

export interface Caller {
  /** JWT sub: the person or system at the agency. */
  subject: string;
  /** e.g. "court-530402-hongta" (JWT claim agency_id). */
  agencyId: string;
  /** JWT claim agency_kind. */
  agencyKind: AgencyKind;
  /** JWT claim roles, e.g. ["clerk"], ["mediator"], ["reviewer","unmask"], ["auditor"]. */
  roles: string[];
  /** JWT claim division_scope: division-code prefixes ("53" province, "5304" city, "530402" district); "" = whole country. */
  divisionScope: string[];
  /** x-hub-purpose request header: stated purpose for unmasking personal data. */
  purpose: string | null;
  /** Set when another subgraph calls as a service (handoff delivery), else null. */
  service: string | null;
}

/** The channel (subgraph) an agency kind owns; joint meetings and auditors own none. */
export const CHANNEL_OF_AGENCY_KIND: Readonly<Partial<Record<AgencyKind, string>>> = {
  court: "court-mediation",
  petition: "petition-mediation",
  police: "police-mediation",
  arbitration: "arbitration",
  notary: "notary",
  "mediation-center": "mediation-center",
};

/** What the timeline records as the actor: `agencyId/subject` for people, `system:<subgraph>` for services. */
export function actorOf(caller: Caller): string {
  return caller.service ? `system:${caller.service}` : `${caller.agencyId}/${caller.subject}`;
}

/** A subgraph acting on its own (handoff delivery, answers, expiry): a service identity, no person. */
export function serviceCaller(service: string): Caller {
  return { subject: `system:${service}`, agencyId: `system:${service}`, agencyKind: "joint-meeting", roles: [], divisionScope: [], purpose: null, service };
}

/**
 * The caller a context gets when no verified caller is given (unit tests, scripts that build a
 * context by hand). It holds no roles and no division scope, so authorization lets it see nothing.
 */
export const NOBODY: Caller = Object.freeze({
  subject: "anonymous",
  agencyId: "none",
  agencyKind: "joint-meeting",
  roles: [],
  divisionScope: [],
  purpose: null,
  service: null,
}) as Caller;

/**
 * A member of the public without a token (群众端): may call only the public operations (apply for
 * mediation, look a dispute up). No roles, no division scope: authorization lets it read nothing.
 */
export const ANONYMOUS_PARTY: Caller = Object.freeze({
  subject: "anonymous",
  agencyId: "public",
  agencyKind: "party",
  roles: [],
  divisionScope: [],
  purpose: null,
  service: null,
}) as Caller;

/** Whether the caller is a member of the public rather than an agency or a service. */
export function isParty(caller: Caller): boolean {
  return caller.agencyKind === "party" && !caller.service;
}
