import { registerEnumType } from "type-graphql";

export enum DispatchStatus {
  ASSIGNED = "ASSIGNED",
  SIGNED = "SIGNED",
  RETURNED = "RETURNED",
  ESCALATED = "ESCALATED",
}
registerEnumType(DispatchStatus, {
  name: "DispatchStatus",
  description: "Where one routing (派单) of a dispute stands.",
  valuesConfig: {
    ASSIGNED: { description: "已派单: waiting for the committee to sign for it (待签收)" },
    SIGNED: { description: "已签收: the committee took the dispute on" },
    RETURNED: { description: "已退回: the committee returned it with a reason; it was routed again" },
    ESCALATED: { description: "逾期未签收: the sign-for clock ran out and the dispute went up a level" },
  },
});

export enum DispatchLevel {
  VILLAGE = "VILLAGE",
  TOWNSHIP = "TOWNSHIP",
  COUNTY = "COUNTY",
  INDUSTRY = "INDUSTRY",
}
registerEnumType(DispatchLevel, {
  name: "DispatchLevel",
  description: "Level of the committee a dispute was routed to (村居 → 乡镇街道 → 县区).",
  valuesConfig: {
    VILLAGE: { description: "村(居)" },
    TOWNSHIP: { description: "乡镇(街道)" },
    COUNTY: { description: "县(区)矛调中心" },
    INDUSTRY: { description: "行业性专业性调委会 (county level)" },
  },
});

/** The level that supervises (and takes over from) a level whose clock ran out. */
export const LEVEL_ABOVE: Record<DispatchLevel, DispatchLevel | null> = {
  VILLAGE: DispatchLevel.TOWNSHIP,
  TOWNSHIP: DispatchLevel.COUNTY,
  INDUSTRY: DispatchLevel.COUNTY,
  COUNTY: null,
};

export enum SupervisionClock {
  SIGN_FOR = "SIGN_FOR",
}
registerEnumType(SupervisionClock, {
  name: "SupervisionClock",
  description: "Which clock ran out and opened a supervision item (督办).",
  valuesConfig: { SIGN_FOR: { description: "签收时限: the assigned committee did not sign for the dispute in time" } },
});

export enum SupervisionStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  ESCALATED = "ESCALATED",
}
registerEnumType(SupervisionStatus, {
  name: "SupervisionStatus",
  description: "Where a supervision item (督办事项) stands.",
  valuesConfig: {
    OPEN: { description: "督办中" },
    CLOSED: { description: "已办结: a supervisor closed it" },
    ESCALATED: { description: "已升级: ignored past its own limit, a new item was opened a level higher" },
  },
});
