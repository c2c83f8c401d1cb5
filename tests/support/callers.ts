/**
 * Ready callers for the tests: who a request speaks for, as the claims of the development JWT
 * the test client mints for it (tests/support/client.ts). Each agency's id names its kind and
 * district ("court-530402"); the subject defaults to a test user of that agency.
 */
import type { AgencyKind } from "@hub/kit/caller";

export interface TestCaller {
  subject: string;
  agencyId: string;
  agencyKind: AgencyKind;
  roles: string[];
  divisionScope: string[];
}

/** The district most tests work in: 云南省玉溪市红塔区. */
export const HONGTA = "530402";

function agency(kind: AgencyKind, roles: string[], defaultSubject: string) {
  return (scope = HONGTA, subject = defaultSubject): TestCaller => ({
    subject,
    agencyId: `${kind}-${scope || "national"}`,
    agencyKind: kind,
    roles,
    divisionScope: [scope],
  });
}

/** 法院立案庭: refers cases to mediation, files and confirms. */
export const courtClerk = agency("court", ["clerk"], "立案庭书记员");
/** 信访局: registers petitions and diverts them to mediation. */
export const petitionClerk = agency("petition", ["clerk"], "信访登记员");
/** 派出所: reports incidents and mediates them or refers them. */
export const policeOfficer = agency("police", ["officer"], "值班民警");
/** 仲裁院. */
export const arbitrator = agency("arbitration", ["arbitrator"], "仲裁员");
/** 公证处. */
export const notary = agency("notary", ["notary"], "公证员");
/** 人民调解中心: committees, mediators, mediation cases. */
export const mediator = agency("mediation-center", ["mediator"], "调解员");

/** 联席会议 staff: read summaries across channels within `scope` ("" = the whole country). */
export function jointMeeting(scope = HONGTA, roles: string[] = ["reviewer"], subject = "联席会议工作人员"): TestCaller {
  return { subject, agencyId: `joint-meeting-${scope || "national"}`, agencyKind: "joint-meeting", roles, divisionScope: [scope] };
}

/** An auditor: reads the audit log only. */
export function auditor(scope = "", subject = "审计员"): TestCaller {
  return { subject, agencyId: `auditor-${scope || "national"}`, agencyKind: "auditor", roles: ["auditor"], divisionScope: [scope] };
}

/** The caller of a test that names none: joint-meeting staff over the whole country. */
export const defaultCaller: TestCaller = jointMeeting("", ["reviewer"], "e2e-test");

/** What the hub records as the actor of a caller's changes (timelines): `agencyId/subject`. */
export function actorName(caller: Pick<TestCaller, "agencyId" | "subject">): string {
  return `${caller.agencyId}/${caller.subject}`;
}

const AGENCY_OF_KIND: Record<string, (scope?: string, subject?: string) => TestCaller> = {
  court: courtClerk,
  petition: petitionClerk,
  police: policeOfficer,
  arbitration: arbitrator,
  notary,
  "mediation-center": mediator,
};

// Agency names in the older tests' actor strings, e.g. "红塔分局玉兴派出所-民警e2e".
const KIND_BY_NAME: [RegExp, AgencyKind][] = [
  [/派出所|公安|警/, "police"],
  [/法院|立案庭/, "court"],
  [/信访/, "petition"],
  [/仲裁/, "arbitration"],
  [/公证/, "notary"],
  [/调解中心|调委会|调解委员会|司法局|矛调/, "mediation-center"],
];

/**
 * The caller behind a plain actor string: the agency its name shows (a police station, a court…)
 * in 红塔区, or the default caller, with the string as the subject.
 */
export function callerNamed(actor: string): TestCaller {
  const kind = KIND_BY_NAME.find(([pattern]) => pattern.test(actor))?.[1];
  return kind ? AGENCY_OF_KIND[kind]!(HONGTA, actor) : { ...defaultCaller, subject: actor };
}
