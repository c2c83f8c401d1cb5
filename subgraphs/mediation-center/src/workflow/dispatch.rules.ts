import { DisputeType } from "@hub/kit";
import { DisputeSource } from "./dispute.workflow.ts";

/**
 * The one routing table of the mediation centre (派单规则). A dispute goes to the industry committee
 * of its type where the type has one and the county has that committee; otherwise by territory:
 * the village/community committee of the parties' division, else the township's, else the county
 * centre (兜底). Changing who gets what is a change to this file.
 */

/** Industry fields (行业性专业性调委会), matched against `MediationCommittee.industry`. */
export const INDUSTRY_FIELDS = {
  LABOUR: "劳动争议",
  TRAFFIC: "道路交通事故",
  PROPERTY: "物业纠纷",
  MEDICAL: "医疗纠纷",
  CONSUMER: "消费纠纷",
  WOMEN_CHILDREN: "妇女儿童权益",
} as const;
export type IndustryField = keyof typeof INDUSTRY_FIELDS;

/**
 * Every dispute type names its route: an industry field, or TERRITORY for the village → township →
 * county ladder. A type missing here stops the subgraph at start-up (checkRoutingTable).
 */
export const TYPE_ROUTES: Record<DisputeType, IndustryField | "TERRITORY"> = {
  MARRIAGE_FAMILY: "WOMEN_CHILDREN",
  NEIGHBOURHOOD: "TERRITORY",
  HOUSING_HOMESTEAD: "TERRITORY",
  CONTRACT: "TERRITORY",
  PRODUCTION_BUSINESS: "TERRITORY",
  DAMAGES: "TERRITORY",
  FOREST_LAND: "TERRITORY",
  LAND_ACQUISITION_DEMOLITION: "TERRITORY",
  ENVIRONMENTAL_POLLUTION: "TERRITORY",
  LABOUR: "LABOUR",
  CONSUMER: "CONSUMER",
  MEDICAL: "MEDICAL",
  ROAD_TRAFFIC_ACCIDENT: "TRAFFIC",
  PROPERTY_MANAGEMENT: "PROPERTY",
  MIGRANT_WORKER_WAGES: "LABOUR",
  TOURISM: "CONSUMER",
  E_COMMERCE: "CONSUMER",
  OTHER: "TERRITORY",
};

/**
 * Working days the assigned committee has to sign for a dispute (签收时限), per door it came in by.
 * Handoffs from other agencies already waited in their queue, so they get the default day too.
 */
export const SIGN_FOR_WORKING_DAYS: Record<DisputeSource, number> = {
  WALK_IN: 1,
  HOTLINE_12345: 1,
  POLICE: 1,
  PETITION: 1,
  COURT: 1,
  ONLINE: 2,
  OTHER: 1,
};

/** Working days a supervision item (督办) gives the level above before it escalates again. */
export const SUPERVISION_WORKING_DAYS = 1;

/** The names each routing records as the rule that chose it. */
export const ROUTING_RULES = {
  INDUSTRY: "按类型: 行业性专业性调委会",
  VILLAGE: "按属地: 村(居)调委会",
  TOWNSHIP: "按属地: 乡镇(街道)调委会",
  COUNTY: "兜底: 县(区)矛调中心",
  DESK: "窗口指定调委会",
  ESCALATION: "逾期未签收: 上提一级",
  RETURN: "退回后重新派单",
} as const;
export type RoutingRule = keyof typeof ROUTING_RULES;

/**
 * Refuses to start with a table that leaves a dispute type or a source without a route: a dispute
 * of that type would otherwise sit at the desk with nobody told.
 */
export function checkRoutingTable(routes: Record<string, string> = TYPE_ROUTES, sla: Record<string, number> = SIGN_FOR_WORKING_DAYS): void {
  const missing = Object.values(DisputeType).filter((type) => !(type in routes));
  if (missing.length > 0) throw new Error(`dispatch.rules.ts: TYPE_ROUTES has no route for dispute type(s) ${missing.join(", ")}; add TERRITORY or an industry field`);
  const unknown = Object.entries(routes).filter(([, route]) => route !== "TERRITORY" && !(route in INDUSTRY_FIELDS));
  if (unknown.length > 0) throw new Error(`dispatch.rules.ts: TYPE_ROUTES names unknown industry field(s) ${unknown.map(([t, r]) => `${t} → ${r}`).join(", ")}`);
  const noSla = Object.values(DisputeSource).filter((source) => !(Number(sla[source]) >= 1));
  if (noSla.length > 0) throw new Error(`dispatch.rules.ts: SIGN_FOR_WORKING_DAYS has no sign-for limit for source(s) ${noSla.join(", ")}`);
}
