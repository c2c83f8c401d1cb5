import { residentIdCheckCharacter } from "@hub/kit/ids";
/**
 * Demo parties. ID numbers are made up but valid (GB 11643 check character computed here), with
 * address codes of the regions the hub grew from: 红塔区 (玉溪), 咸安区 (咸宁), 站前区 (营口),
 * 阿拉尔市, 龙华区 and 美兰区 (海口).
 */
/** A resident ID from its first 17 digits, with the GB 11643 check character. */
export function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  division: string;
}

export const people = {
  wangJianguo: { name: "王建国", idNumber: residentId("53040219750315001"), phone: "13887701234", division: "530402" },
  liXiuying: { name: "李秀英", idNumber: residentId("53040219820704002"), phone: "13988702345", division: "530402" },
  zhaoMing: { name: "赵明", idNumber: residentId("53040219900912003"), phone: "15087703456", division: "530402" },
  chenGuihua: { name: "陈桂花", idNumber: residentId("42120219680122004"), phone: "13597704567", division: "421202" },
  liuQiang: { name: "刘强", idNumber: residentId("42120219880606005"), phone: "18671705678", division: "421202" },
  sunLi: { name: "孙丽", idNumber: residentId("21080219790228006"), phone: "13941706789", division: "210802" },
  zhouHaiyang: { name: "周海洋", idNumber: residentId("21080219851111007"), phone: "15842707890", division: "210802" },
  maYuming: { name: "马玉明", idNumber: residentId("65900219920519008"), phone: "13899708901", division: "659002" },
  aYiguli: { name: "阿依古丽", idNumber: residentId("65900219950801009"), phone: "13565709012", division: "659002" },
  fuHaitao: { name: "符海涛", idNumber: residentId("46010619800930010"), phone: "13876700123", division: "460106" },
  wuMeiling: { name: "吴美玲", idNumber: residentId("46010819870214011"), phone: "13518701122", division: "460108" },
  yangFan: { name: "杨帆", idNumber: residentId("46010819930317012"), phone: "18789702233", division: "460108" },
} satisfies Record<string, DemoPerson>;

export interface DemoOrganisation {
  name: string;
  creditCode: string;
}

// Credit codes with valid GB 32100 check characters (the DOMAIN.md sample and codes built the same way).
export const organisations = {
  labourCompany: { name: "玉溪红塔建安劳务有限公司", creditCode: "91530402MA6K1X2P32" },
  propertyCompany: { name: "咸宁温泉物业服务有限公司", creditCode: "91421202MA4F8C7D1R" },
  travelAgency: { name: "海口美兰椰风旅行社有限公司", creditCode: "91460108MA5T3E2R0N" },
  // An early pilot code whose check character does not verify: accepted, and flagged.
  pilotCooperative: { name: "福州闽侯农业专业合作社", creditCode: "91350100M000100Y44" },
} satisfies Record<string, DemoOrganisation>;

export function personInput(person: DemoPerson, role: "APPLICANT" | "RESPONDENT" | "THIRD_PARTY") {
  return { role, kind: "PERSON", name: person.name, idNumber: person.idNumber, phone: person.phone };
}

export function organisationInput(org: DemoOrganisation, role: "APPLICANT" | "RESPONDENT" | "THIRD_PARTY") {
  return { role, kind: "ORGANISATION", name: org.name, creditCode: org.creditCode };
}
