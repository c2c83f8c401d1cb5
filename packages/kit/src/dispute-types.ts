import { registerEnumType } from "type-graphql";

/**
 * There is no national code list of dispute types; this is the hub's own, versioned list,
 * built from the categories that local mediation statistics use. Add codes, never reuse one.
 */
export const DISPUTE_TYPE_LIST_VERSION = "2026.1";

export enum DisputeType {
  MARRIAGE_FAMILY = "MARRIAGE_FAMILY",
  NEIGHBOURHOOD = "NEIGHBOURHOOD",
  HOUSING_HOMESTEAD = "HOUSING_HOMESTEAD",
  CONTRACT = "CONTRACT",
  PRODUCTION_BUSINESS = "PRODUCTION_BUSINESS",
  DAMAGES = "DAMAGES",
  FOREST_LAND = "FOREST_LAND",
  LAND_ACQUISITION_DEMOLITION = "LAND_ACQUISITION_DEMOLITION",
  ENVIRONMENTAL_POLLUTION = "ENVIRONMENTAL_POLLUTION",
  LABOUR = "LABOUR",
  CONSUMER = "CONSUMER",
  MEDICAL = "MEDICAL",
  ROAD_TRAFFIC_ACCIDENT = "ROAD_TRAFFIC_ACCIDENT",
  PROPERTY_MANAGEMENT = "PROPERTY_MANAGEMENT",
  MIGRANT_WORKER_WAGES = "MIGRANT_WORKER_WAGES",
  TOURISM = "TOURISM",
  E_COMMERCE = "E_COMMERCE",
  OTHER = "OTHER",
}

export const DISPUTE_TYPE_LABELS: Record<DisputeType, string> = {
  MARRIAGE_FAMILY: "婚姻家庭",
  NEIGHBOURHOOD: "邻里",
  HOUSING_HOMESTEAD: "房屋宅基地",
  CONTRACT: "合同",
  PRODUCTION_BUSINESS: "生产经营",
  DAMAGES: "损害赔偿",
  FOREST_LAND: "山林土地",
  LAND_ACQUISITION_DEMOLITION: "征地拆迁",
  ENVIRONMENTAL_POLLUTION: "环境污染",
  LABOUR: "劳动争议",
  CONSUMER: "消费",
  MEDICAL: "医疗",
  ROAD_TRAFFIC_ACCIDENT: "道路交通事故",
  PROPERTY_MANAGEMENT: "物业",
  MIGRANT_WORKER_WAGES: "拖欠农民工工资",
  TOURISM: "旅游",
  E_COMMERCE: "电子商务",
  OTHER: "其他",
};

registerEnumType(DisputeType, {
  name: "DisputeType",
  description: `Dispute type (纠纷类型), hub code list version ${DISPUTE_TYPE_LIST_VERSION}.`,
  valuesConfig: Object.fromEntries(
    Object.entries(DISPUTE_TYPE_LABELS).map(([code, label]) => [code, { description: label }]),
  ) as Record<DisputeType, { description: string }>,
});
