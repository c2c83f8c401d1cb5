import { defineWorkflow } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum DisputeSource {
  WALK_IN = "WALK_IN",
  HOTLINE_12345 = "HOTLINE_12345",
  POLICE = "POLICE",
  PETITION = "PETITION",
  COURT = "COURT",
  ONLINE = "ONLINE",
  OTHER = "OTHER",
}
registerEnumType(DisputeSource, {
  name: "DisputeSource",
  description: "Through which door a dispute reached the mediation centre (纠纷来源).",
  valuesConfig: {
    WALK_IN: { description: "来访: a party came to the centre in person" },
    HOTLINE_12345: { description: "12345 政务服务便民热线 ticket" },
    POLICE: { description: "110 警情: passed on by the police" },
    PETITION: { description: "信访: diverted by the letters-and-visits bureau" },
    COURT: { description: "法院: referred by a court (诉前委派 / 委托)" },
    ONLINE: { description: "网上申请: filed online" },
    OTHER: { description: "其他来源" },
  },
});

/** A dispute has no workflow of its own; its registration is the first entry of its timeline. */
export const disputeWorkflow = defineWorkflow<"REGISTERED", never>({
  caseType: "Dispute",
  initial: "REGISTERED",
  transitions: {},
});

/** 530402-2026-000123: county-level division, year, serial within that division and year. */
export function formatUnifiedNumber(division: string, year: number, serial: number): string {
  return `${division}-${year}-${String(serial).padStart(6, "0")}`;
}

export const MAX_UNIFIED_SERIAL = 999_999;
