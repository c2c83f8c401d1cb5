/**
 * The demo's agencies and their people, as an identity provider would describe them in tokens:
 * each agency of a kind in one district ("court-530402"), its staff with their roles.
 */
import type { AgencyKind } from "@hub/kit/caller";
import type { CallerClaims } from "@hub/gateway/tokens";

/** Someone at the `kind` agency of district `division`. */
export function staff(kind: AgencyKind, division: string, subject: string, roles: string[]): CallerClaims {
  return { subject, agencyId: `${kind}-${division || "national"}`, agencyKind: kind, roles, divisionScope: [division] };
}

export const court = (division: string, subject: string) => staff("court", division, subject, ["clerk"]);
export const petitionBureau = (division: string, subject: string) => staff("petition", division, subject, ["clerk"]);
export const police = (division: string, subject: string) => staff("police", division, subject, ["officer"]);
export const arbitration = (division: string, subject: string) => staff("arbitration", division, subject, ["arbitrator"]);
export const notaryOffice = (division: string, subject: string) => staff("notary", division, subject, ["notary"]);
export const mediationCentre = (division: string, subject: string) => staff("mediation-center", division, subject, ["mediator"]);

/**
 * One ready caller per role, printed with a token by `npm start` and offered by the console's
 * development sign-in under its Chinese label.
 */
export const DEMO_ROLES: { role: string; label: string; claims: CallerClaims }[] = [
  { role: "court clerk (红塔区人民法院)", label: "法院立案庭书记员（红塔区人民法院）", claims: court("530402", "立案庭-演示") },
  { role: "petition clerk (红塔区信访局)", label: "信访局登记员（红塔区信访局）", claims: petitionBureau("530402", "信访登记-演示") },
  { role: "police officer (红塔分局)", label: "民警（玉溪市公安局红塔分局）", claims: police("530402", "民警-演示") },
  { role: "arbitrator (红塔区仲裁院)", label: "仲裁员（红塔区劳动人事争议仲裁院）", claims: arbitration("530402", "仲裁员-演示") },
  { role: "notary (咸安公证处)", label: "公证员（咸安公证处）", claims: notaryOffice("421202", "公证员-演示") },
  { role: "mediator (红塔区调解中心)", label: "调解员（红塔区调解中心）", claims: mediationCentre("530402", "调解员-演示") },
  { role: "joint-meeting reviewer (whole country)", label: "联席会议审核人员（全国）", claims: staff("joint-meeting", "", "联席会议-演示", ["reviewer"]) },
  {
    role: "joint-meeting reviewer who may unmask and read content (云南省)",
    label: "可查看完整号码的核查人员（云南省）",
    claims: staff("joint-meeting", "53", "联席会议-核查-演示", ["reviewer", "unmask", "content-reader"]),
  },
  { role: "auditor (whole country)", label: "审计员（全国）", claims: staff("auditor", "", "审计-演示", ["auditor"]) },
];
