/** What each kind of agency works on: its channel in the case index, its case types, and whether it receives handoffs. */
import type { Channel } from "../../gql/graphql.ts";

export interface AgencyChannel {
  channel: Channel;
  caseTypes: string[];
  /** Receives handoffs (acceptHandoffAt…/rejectHandoffAt…) under this name in the inbox query. */
  inbox: "mc" | "court" | "notary" | "arbitration" | null;
}

export const AGENCY_CHANNELS: Record<string, AgencyChannel> = {
  "mediation-center": { channel: "MEDIATION_CENTER", caseTypes: ["MediationCase"], inbox: "mc" },
  court: { channel: "COURT", caseTypes: ["CourtReferral", "JudicialConfirmation", "CourtFiling"], inbox: "court" },
  petition: { channel: "PETITION", caseTypes: ["Petition"], inbox: null },
  police: { channel: "POLICE", caseTypes: ["PoliceIncident"], inbox: null },
  arbitration: { channel: "ARBITRATION", caseTypes: ["ArbitrationCase"], inbox: "arbitration" },
  notary: { channel: "NOTARY", caseTypes: ["NotarisationApplication"], inbox: "notary" },
};

/** The end of the third working day from now, China time (weekends skipped, as the hub's calendar does). */
export function threeWorkingDaysFrom(now: Date, zoneDay: (d: Date) => number): Date {
  const day = 24 * 60 * 60 * 1000;
  let at = new Date(now);
  let left = 3;
  while (left > 0) {
    at = new Date(at.getTime() + day);
    const weekday = zoneDay(at);
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return at;
}
