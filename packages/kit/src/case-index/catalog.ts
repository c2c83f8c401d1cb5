import { registerEnumType } from "type-graphql";

/** The agencies' channels, as partners name them in searches. */
export enum Channel {
  MEDIATION_CENTER = "MEDIATION_CENTER",
  COURT = "COURT",
  PETITION = "PETITION",
  POLICE = "POLICE",
  ARBITRATION = "ARBITRATION",
  NOTARY = "NOTARY",
}
registerEnumType(Channel, {
  name: "Channel",
  description: "An agency channel of the hub (对接渠道).",
  valuesConfig: {
    MEDIATION_CENTER: { description: "人民调解 / 矛盾纠纷调处化解中心: intake and people's mediation" },
    COURT: { description: "诉调对接: courts" },
    PETITION: { description: "访调对接: letters and visits bureaus" },
    POLICE: { description: "警调对接: public security" },
    ARBITRATION: { description: "仲调对接: arbitration commissions" },
    NOTARY: { description: "公证: notary offices" },
  },
});

/** The subgraph that owns each channel. */
export const CHANNEL_SUBGRAPH: Record<Channel, string> = {
  [Channel.MEDIATION_CENTER]: "mediation-center",
  [Channel.COURT]: "court-mediation",
  [Channel.PETITION]: "petition-mediation",
  [Channel.POLICE]: "police-mediation",
  [Channel.ARBITRATION]: "arbitration",
  [Channel.NOTARY]: "notary",
};

export function channelOfSubgraph(subgraph: string): Channel {
  const entry = Object.entries(CHANNEL_SUBGRAPH).find(([, name]) => name === subgraph);
  if (!entry) throw new Error(`no channel is served by subgraph ${subgraph}`);
  return entry[0] as Channel;
}

export interface IndexedCaseType {
  /** The GraphQL type (and timeline caseType) of the case in its owning subgraph. */
  caseType: string;
  channel: Channel;
  /** What agencies call it. */
  label: string;
  /** Every status of its workflow (a unit test keeps this in step with the subgraph's enum). */
  statuses: readonly string[];
}

/**
 * The kinds of case the cross-agency index holds. Search results point at these types, and the
 * gateway resolves each one in its owning subgraph; a new channel adds its case types here.
 */
export const INDEXED_CASE_TYPES: readonly IndexedCaseType[] = [
  { caseType: "Dispute", channel: Channel.MEDIATION_CENTER, label: "纠纷登记 (intake)", statuses: ["REGISTERED"] },
  {
    caseType: "MediationCase",
    channel: Channel.MEDIATION_CENTER,
    label: "人民调解案件",
    statuses: ["REGISTERED", "ACCEPTED", "MEDIATING", "AGREEMENT_REACHED", "FAILED", "TERMINATED"],
  },
  { caseType: "CourtReferral", channel: Channel.COURT, label: "委派/委托调解", statuses: ["REFERRED", "IN_MEDIATION", "SUCCEEDED", "FAILED", "WITHDRAWN"] },
  { caseType: "JudicialConfirmation", channel: Channel.COURT, label: "司法确认", statuses: ["APPLIED", "ACCEPTED", "NOT_ACCEPTED", "CONFIRMED", "REJECTED"] },
  { caseType: "CourtFiling", channel: Channel.COURT, label: "立案申请", statuses: ["RECEIVED", "FILED", "NOT_FILED"] },
  {
    caseType: "Petition",
    channel: Channel.PETITION,
    label: "信访件",
    statuses: ["REGISTERED", "ACCEPTED", "NOT_ACCEPTED", "DIVERTED", "REPLIED", "REVIEW_REQUESTED", "REVIEWED", "REREVIEW_REQUESTED", "REREVIEWED", "CLOSED"],
  },
  {
    caseType: "PoliceIncident",
    channel: Channel.POLICE,
    label: "警情",
    statuses: [
      "REPORTED", "MEDIATION_SCHEDULED", "SECOND_SESSION_SCHEDULED", "AGREEMENT_REACHED", "PERFORMED", "FAILED", "PENALISED",
      "REFERRED_TO_MEDIATION_CENTER",
    ],
  },
  {
    caseType: "ArbitrationCase",
    channel: Channel.ARBITRATION,
    label: "仲裁案件",
    statuses: ["APPLIED", "PRE_MEDIATION", "ACCEPTED", "NOT_ACCEPTED", "HEARING", "CLOSED", "WITHDRAWN"],
  },
  {
    caseType: "NotarisationApplication",
    channel: Channel.NOTARY,
    label: "赋强公证申请",
    statuses: ["APPLIED", "REVIEWING", "ISSUED", "REFUSED", "ENFORCEMENT_CERTIFICATE_ISSUED"],
  },
];

export const INDEXED_CASE_TYPE_NAMES = new Set(INDEXED_CASE_TYPES.map((t) => t.caseType));
export const ALL_CASE_STATUSES = new Set(INDEXED_CASE_TYPES.flatMap((t) => t.statuses));
