import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auditor, courtClerk, HONGTA, jointMeeting, mediator, petitionClerk, policeOfficer, type TestCaller } from "../support/callers.ts";
import { errorCode, gql, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { eventually } from "../support/eventually.ts";
import { newResidentId, personParty } from "../support/people.ts";
import { mediateToAgreement, referAndAccept } from "../support/records.ts";
import { unique } from "../support/values.ts";

// Who finds what in the cross-agency case search (issues 4 and 5): joint-meeting staff search every
// channel within their division scope, an agency only its own channel within its scope, auditors
// not at all. Each result of a channel not the caller's own is a cross-agency read, audited in the
// mediation centre's audit log; a dispute's history shows an agency only its own channel's steps.
// The e2e hub is shared by every test file, so every search here is scoped by a fresh ID number.

const KUNMING = "530102"; // 昆明市五华区: another city of the province

const POLICE = policeOfficer(HONGTA, "玉兴派出所-民警authz检索");
const POLICE_KUNMING = policeOfficer(KUNMING, "护国派出所-民警authz检索");
const COURT = courtClerk(HONGTA, "红塔区人民法院-authz检索");
const COURT_KUNMING = courtClerk(KUNMING, "五华区人民法院-authz检索");
const BUREAU = petitionClerk(HONGTA, "红塔区信访局-authz检索");
const CENTRE = mediator(HONGTA, "红塔区人民调解中心-authz检索");
const NATIONAL = jointMeeting("", ["reviewer"], "联席会议-全国-authz检索");
const YUXI = jointMeeting("5304", ["reviewer"], "联席会议-玉溪-authz检索");

const SEARCH = `query($filter: CaseSearchFilter, $first: Int, $after: String) {
  searchCases(filter: $filter, first: $first, after: $after) {
    edges { cursor node { caseId caseType channel title divisionCode reference } }
    pageInfo { hasNextPage endCursor }
    totalCount
  } }`;

interface Node {
  caseId: string;
  caseType: string;
  channel: string;
  title: string;
  divisionCode: string;
  reference: string | null;
}
interface Connection {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

type Filter = Record<string, unknown>;

async function search(who: TestCaller, filter: Filter, options: { first?: number; after?: string } = {}): Promise<Connection> {
  return (await gqlOk(SEARCH, { filter, first: 100, ...options }, who)).searchCases;
}

/** The case ids `who` finds, sorted; the count agrees and everything fits one page. */
async function found(who: TestCaller, filter: Filter): Promise<string[]> {
  const result = await search(who, filter);
  expect(result.pageInfo.hasNextPage).toBe(false);
  expect(result.totalCount).toBe(result.edges.length);
  return result.edges.map((e) => e.node.caseId).sort();
}

const sorted = (ids: (string | undefined)[]) => [...ids].map((id) => id!).sort();

function refusedAs(result: GraphQLResponse, code: string): string {
  expect(result.errors?.map((e) => e.extensions?.code), JSON.stringify(result.errors)).toEqual([code]);
  return result.errors![0]!.message;
}

/** The audit entries `subject` left in the mediation centre's log. */
async function centreAuditOf(subject: string) {
  return sql(
    "mediation-center",
    `select channel, subject, agency_id, agency_kind, action, entity_type, entity_id, field, purpose, division_code from audit_log where subject = $1 order by id`,
    [subject],
  );
}

// --- the world: one person's cases in four channels, in 红塔区 (玉溪市) and in 五华区 (昆明市) ----

const person = { id: newResidentId(HONGTA), name: unique("检索甲").slice(0, 14) };
const other = { id: newResidentId(HONGTA), name: unique("检索乙").slice(0, 14) };
const CONTENT_TAG = unique("信访内容");
const NARRATIVE_TAG = unique("警情经过");
const ids: Record<string, string> = {};

/** The world's two people as an incident's parties. */
const worldParties = () => [personParty(person.name, person.id, "APPLICANT", "13812345678"), personParty(other.name, other.id, "RESPONDENT")];

/** Two people of no search here, for the cases of the history tests (the world stays as built). */
const strangers = () => [personParty(unique("路人甲").slice(0, 14), newResidentId(HONGTA), "APPLICANT", "13812345678"), personParty(unique("路人乙").slice(0, 14), newResidentId(HONGTA), "RESPONDENT")];

async function reportIncident(who: TestCaller, division: string, options: { unifiedNumber?: string; parties?: unknown[] } = {}): Promise<string> {
  const input = {
    incidentNumber: unique(`J${division}`).toUpperCase(), station: "派出所", divisionCode: division, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD",
    ...(options.unifiedNumber ? { unifiedNumber: options.unifiedNumber } : {}),
    narrative: `邻居装修噪音扰民 [${NARRATIVE_TAG}]`, parties: options.parties ?? worldParties(),
  };
  return (await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, { input }, who)).reportIncident.id;
}

async function referCase(who: TestCaller, division: string): Promise<string> {
  const input = {
    kind: "DELEGATED", court: "人民法院", divisionCode: division, judge: "李文", disputeType: "CONTRACT", amount: "12000.00",
    summary: `货款纠纷 ${unique("authz检索")}`, parties: [personParty(person.name, person.id), personParty(other.name, other.id, "RESPONDENT")],
  };
  return (await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, { input }, who)).referCaseToMediation.id;
}

async function buildWorld(): Promise<void> {
  ids.incident = await reportIncident(POLICE, HONGTA);
  ids.incidentKunming = await reportIncident(POLICE_KUNMING, KUNMING);
  ids.referral = await referCase(COURT, HONGTA);
  ids.referralKunming = await referCase(COURT_KUNMING, KUNMING);
  const petition = (
    await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
      input: { form: "VISIT", divisionCode: HONGTA, disputeType: "MIGRANT_WORKER_WAGES", content: `反映工地拖欠工资 [${CONTENT_TAG}]`, petitioners: [personParty(person.name, person.id)] },
    }, BUREAU)
  ).registerPetition;
  ids.petition = petition.id;
  const dispute = (
    await gqlOk(`mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`, {
      input: { disputeType: "LABOUR", divisionCode: HONGTA, amount: "8000.00", description: `工资纠纷 ${unique("authz检索")}`, source: "WALK_IN", parties: [personParty(person.name, person.id), personParty(other.name, other.id, "RESPONDENT")] },
    }, CENTRE)
  ).registerDispute;
  // The intake's id is the index's case id; the API names a dispute by its unified number.
  const [intake] = await sql<{ id: string }>("mediation-center", `select id from dispute where unified_number = $1`, [dispute.unifiedNumber]);
  ids.dispute = intake!.id;
  ids.mediationCase = dispute.mediationCases[0].id;
}

const inYuxi = () => sorted([ids.incident, ids.referral, ids.petition, ids.dispute, ids.mediationCase]);
const everywhere = () => sorted([...inYuxi(), ids.incidentKunming, ids.referralKunming]);

beforeAll(async () => {
  await buildWorld();
  await eventually(async () => expect(await found(NATIONAL, { idNumber: person.id })).toEqual(everywhere()), { within: 15_000, every: 100 });
}, 60_000);

describe("who finds what", () => {
  it("the police find only police cases, and only in their division scope", async () => {
    expect(await found(POLICE, { idNumber: person.id })).toEqual([ids.incident]);
    expect(await found(POLICE, { partyName: person.name })).toEqual([ids.incident]);
    // A filter narrows what the caller may read; it never widens it.
    expect(await found(POLICE, { idNumber: person.id, channels: ["COURT", "PETITION", "MEDIATION_CENTER"] })).toEqual([]);
    expect(await found(POLICE, { idNumber: person.id, division: "5301" })).toEqual([]);
    expect(await found(POLICE, { idNumber: person.id, division: "53" })).toEqual([ids.incident]);
    // The police of 昆明 see theirs and not 红塔区's.
    expect(await found(POLICE_KUNMING, { idNumber: person.id })).toEqual([ids.incidentKunming]);
  });

  it("a court of another district finds nothing of 530402, only its own district's referral", async () => {
    expect(await found(COURT_KUNMING, { idNumber: person.id })).toEqual([ids.referralKunming]);
    expect(await found(COURT_KUNMING, { idNumber: person.id, division: HONGTA })).toEqual([]);
    expect(await found(COURT_KUNMING, { idNumber: person.id, channels: ["POLICE"] })).toEqual([]);
    expect(await found(COURT, { idNumber: person.id })).toEqual([ids.referral]);
  });

  it("the mediation centre finds its intake and its mediation case", async () => {
    expect(await found(CENTRE, { idNumber: person.id })).toEqual(sorted([ids.dispute, ids.mediationCase]));
  });

  it("joint-meeting staff of 玉溪市 (5304) find every channel's 530402 case, none of 530102", async () => {
    const result = await search(YUXI, { idNumber: person.id });
    expect(result.edges.map((e) => e.node.caseId).sort()).toEqual(inYuxi());
    expect(result.totalCount).toBe(inYuxi().length);
    expect(new Set(result.edges.map((e) => e.node.channel))).toEqual(new Set(["POLICE", "COURT", "PETITION", "MEDIATION_CENTER"]));
    expect(result.edges.every((e) => e.node.divisionCode.startsWith("5304"))).toBe(true);
    expect(await found(YUXI, { idNumber: person.id, division: "5301" })).toEqual([]);
    expect(await found(jointMeeting(KUNMING), { idNumber: person.id })).toEqual(sorted([ids.incidentKunming, ids.referralKunming]));
    expect(await found(NATIONAL, { idNumber: person.id })).toEqual(everywhere());
  });

  it("an auditor may not search: FORBIDDEN, and no data", async () => {
    const result = await gql(SEARCH, { filter: { idNumber: person.id } }, auditor("", unique("审计员-authz检索")));
    expect(refusedAs(result, "FORBIDDEN")).toContain("Auditors read the audit log only");
    expect(result.data?.searchCases ?? null).toBeNull();
  });
});

describe("the audit log of search", () => {
  it("a joint-meeting search writes one READ entry per result of another channel, in the mediation centre's log", async () => {
    const staff = jointMeeting("5304", ["reviewer"], unique("联席会议-审计检索"));
    const result = await search(staff, { idNumber: person.id });
    expect(result.edges).toHaveLength(inYuxi().length);
    const rows = await centreAuditOf(staff.subject);
    expect(rows.map((r) => r.entity_id).sort()).toEqual(inYuxi());
    const divisions = Object.fromEntries(result.edges.map((e) => [e.node.caseId, e.node.divisionCode]));
    const types = Object.fromEntries(result.edges.map((e) => [e.node.caseId, e.node.caseType]));
    for (const row of rows) {
      expect(row).toEqual({
        channel: "mediation-center", subject: staff.subject, agency_id: staff.agencyId, agency_kind: "joint-meeting", action: "READ",
        entity_type: types[row.entity_id], entity_id: row.entity_id, field: null, purpose: null, division_code: divisions[row.entity_id],
      });
    }
    // A page of two: two entries more, for what that page showed.
    const page = await search(staff, { idNumber: person.id }, { first: 2 });
    const after = await centreAuditOf(staff.subject);
    expect(after.slice(rows.length).map((r) => r.entity_id).sort()).toEqual(sorted(page.edges.map((e) => e.node.caseId)));
  });

  it("an agency searching its own channel writes none", async () => {
    const police = policeOfficer(HONGTA, unique("民警-审计检索"));
    expect(await found(police, { idNumber: person.id })).toEqual([ids.incident]);
    const centre = mediator(HONGTA, unique("调解员-审计检索"));
    expect(await found(centre, { idNumber: person.id })).toEqual(sorted([ids.dispute, ids.mediationCase]));
    expect(await centreAuditOf(police.subject)).toEqual([]);
    expect(await centreAuditOf(centre.subject)).toEqual([]);
  });
});

describe("cursors are bound to what the caller may read", () => {
  it("a cursor of one caller's search is refused for a caller with another scope or channel", async () => {
    const page = await search(NATIONAL, { idNumber: person.id }, { first: 2 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const after = page.pageInfo.endCursor!;
    for (const who of [YUXI, jointMeeting(HONGTA), POLICE, COURT]) {
      const result = await gql(SEARCH, { filter: { idNumber: person.id }, first: 2, after }, who);
      expect(refusedAs(result, "BAD_USER_INPUT"), who.agencyId).toContain("another filter or sort");
      expect(result.errors![0]!.extensions!.field).toBe("after");
      expect(result.data?.searchCases ?? null).toBeNull();
    }
    // A police cursor is no court cursor either, in the same district.
    const policePage = await search(POLICE, { partyName: person.name }, { first: 1 });
    const refused = await gql(SEARCH, { filter: { partyName: person.name }, first: 1, after: policePage.pageInfo.endCursor }, COURT);
    expect(refusedAs(refused, "BAD_USER_INPUT")).toContain("another filter or sort");
    // The same reach (another person of the same kind and scope) takes it, and pages on.
    const next = await search(jointMeeting("", ["reviewer"], unique("联席会议-翻页")), { idNumber: person.id }, { first: 2, after });
    expect(next.edges).toHaveLength(2);
    expect(next.edges.map((e) => e.node.caseId)).not.toContain(page.edges[0]!.node.caseId);
  });
});

describe("content never travels through search", () => {
  it("titles and every indexed column hold no petition content or incident narrative", async () => {
    const result = await search(NATIONAL, { idNumber: person.id });
    const petition = result.edges.find((e) => e.node.caseId === ids.petition)!.node;
    expect(petition.title).toMatch(/^信访件 · /);
    const text = JSON.stringify(result);
    expect(text).not.toContain(CONTENT_TAG);
    expect(text).not.toContain(NARRATIVE_TAG);
    for (const tag of [CONTENT_TAG, NARRATIVE_TAG]) {
      const [row] = await sql("mediation-center", `select count(*)::int as n from indexed_case t where t::text like $1`, [`%${tag}%`]);
      expect(row.n, tag).toBe(0);
    }
  });

  it("`case { ... on Petition { content } }` is a field-level FORBIDDEN for a joint meeting without content-reader; the rest resolves", async () => {
    const query = `query($f: CaseSearchFilter) { searchCases(filter: $f, first: 10) { edges { node { caseId caseType
      case { __typename ... on Petition { id content } ... on PoliceIncident { id narrative } } } } } }`;
    const result = await gql(query, { f: { idNumber: person.id, caseTypes: ["Petition", "PoliceIncident"], division: HONGTA } }, YUXI);
    const nodes = result.data!.searchCases.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.caseId).sort()).toEqual(sorted([ids.petition, ids.incident]));
    const byType = Object.fromEntries(nodes.map((n: any) => [n.caseType, n]));
    expect(byType.Petition.case).toEqual({ __typename: "Petition", id: ids.petition, content: null });
    expect(byType.PoliceIncident.case).toEqual({ __typename: "PoliceIncident", id: ids.incident, narrative: null });
    expect(result.errors?.length).toBe(2);
    for (const error of result.errors!) {
      expect(error.extensions?.code, JSON.stringify(error)).toBe("FORBIDDEN");
      expect(error.message).toContain("content-reader");
      expect(error.path?.slice(0, 2)).toEqual(["searchCases", "edges"]);
      expect(["content", "narrative"]).toContain(error.path?.at(-1));
    }
    expect(JSON.stringify(result)).not.toContain(CONTENT_TAG);

    // With the role content-reader the same query reads both, and the petition bureau's log says so.
    const reader = jointMeeting("5304", ["reviewer", "content-reader"], unique("联席会议-内容检索"));
    const read = await gqlOk(query, { f: { idNumber: person.id, caseTypes: ["Petition"] } }, reader);
    expect(read.searchCases.edges[0].node.case.content).toContain(CONTENT_TAG);
    const logged = await sql("petition-mediation", `select action, field from audit_log where subject = $1 and entity_id = $2`, [reader.subject, ids.petition]);
    expect(logged).toContainEqual({ action: "CONTENT", field: "content" });
  });
});

// --- a dispute's path across agencies: police → centre → court (司法确认) ---------------------------

const HISTORY = `query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber history { channel caseType caseId action toStatus } } }`;
type Step = { channel: string; caseType: string; caseId: string; action: string; toStatus: string };

/** The centre asks `court` (in `division`) to confirm the agreement, and the court accepts: the handoff and the court's case. */
async function confirmAtCourt(agreementId: string, court: TestCaller, division: string): Promise<{ handoffId: string; confirmationId: string }> {
  const handoffId = (
    await gqlOk(`mutation($a: ID!, $d: DivisionCode!, $key: String!) { applyForJudicialConfirmationOfAgreement(agreementId: $a, court: "人民法院", courtDivisionCode: $d, idempotencyKey: $key) { id } }`, {
      a: agreementId, d: division, key: randomUUID(),
    }, CENTRE)
  ).applyForJudicialConfirmationOfAgreement.id as string;
  await eventually(async () => {
    const { handoff } = await gqlOk(`query($id: ID!) { handoff(id: $id) { courtMediationRecord { status } } }`, { id: handoffId }, NATIONAL);
    expect(handoff.courtMediationRecord?.status).toBe("DELIVERED");
  }, { within: 15_000, every: 100 });
  const accepted = await gqlOk(`mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { toCaseId } }`, { id: handoffId }, court);
  return { handoffId, confirmationId: accepted.acceptHandoffAtCourtMediation.toCaseId };
}

/** The whole history as national joint-meeting staff see it, once `settled` holds. */
function settledHistory(unifiedNumber: string, settled: (steps: Step[]) => void): Promise<Step[]> {
  return eventually(async () => {
    const steps = (await gqlOk(HISTORY, { n: unifiedNumber }, NATIONAL)).dispute.history as Step[];
    settled(steps);
    return steps;
  }, { within: 15_000, every: 100 });
}

describe("dispute(unifiedNumber) { history } by caller", () => {
  let unifiedNumber = "";
  let incidentId = "";
  let confirmationId = "";
  let everyStep: Step[] = [];

  beforeAll(async () => {
    incidentId = await reportIncident(POLICE, HONGTA, { parties: strangers() });
    const referred = await referAndAccept(POLICE, CENTRE, incidentId);
    const agreement = await mediateToAgreement(CENTRE, referred.caseId, HONGTA);
    unifiedNumber = agreement.unifiedNumber;
    const confirmed = await confirmAtCourt(agreement.id, COURT, HONGTA);
    confirmationId = confirmed.confirmationId;
    // Settled: the police's handoff completed by the agreement, the court's acceptance answered to
    // the centre, the court's case indexed.
    everyStep = await settledHistory(unifiedNumber, (steps) => {
      expect(steps.filter((s) => s.caseId === referred.handoffId).at(-1)?.action).toBe("receiver:completed");
      expect(steps.filter((s) => s.caseId === confirmed.handoffId).at(-1)?.action).toBe("receiver:accepted");
      expect(steps.some((s) => s.caseId === confirmationId)).toBe(true);
    });
  }, 90_000);

  it("joint-meeting staff see every channel's steps; the read is audited once", async () => {
    expect(new Set(everyStep.map((s) => s.channel))).toEqual(new Set(["POLICE", "MEDIATION_CENTER", "COURT"]));
    const staff = jointMeeting(HONGTA, ["reviewer"], unique("联席会议-路径"));
    expect((await gqlOk(HISTORY, { n: unifiedNumber }, staff)).dispute.history).toEqual(everyStep);
    const rows = await centreAuditOf(staff.subject);
    expect(rows.filter((r) => r.entity_type === "DisputeHistory")).toEqual([
      expect.objectContaining({ action: "READ", entity_id: unifiedNumber, agency_kind: "joint-meeting", division_code: HONGTA }),
    ]);
  });

  it("a court of the right scope sees only the court's steps, without a history audit entry", async () => {
    const clerk = courtClerk(HONGTA, unique("立案庭-路径"));
    const { dispute } = await gqlOk(HISTORY, { n: unifiedNumber }, clerk);
    const courtSteps = everyStep.filter((s) => s.channel === "COURT");
    expect(courtSteps.length).toBeGreaterThan(0);
    expect(dispute.history).toEqual(courtSteps);
    expect(courtSteps.every((s) => s.caseId === confirmationId && s.caseType === "JudicialConfirmation")).toBe(true);
    expect((await centreAuditOf(clerk.subject)).filter((r) => r.entity_type === "DisputeHistory")).toEqual([]);
  });

  it("the police see only the police's steps: their incident and their handoff", async () => {
    const { dispute } = await gqlOk(HISTORY, { n: unifiedNumber }, POLICE);
    expect(dispute.history).toEqual(everyStep.filter((s) => s.channel === "POLICE"));
    expect(dispute.history.some((s: Step) => s.caseId === incidentId)).toBe(true);
  });

  it("callers outside the dispute's division may not read it at all", async () => {
    refusedAs(await gql(HISTORY, { n: unifiedNumber }, COURT_KUNMING), "FORBIDDEN");
    refusedAs(await gql(HISTORY, { n: unifiedNumber }, jointMeeting(KUNMING)), "FORBIDDEN");
    refusedAs(await gql(HISTORY, { n: unifiedNumber }, auditor()), "FORBIDDEN");
  });

  it("leaves out the steps of a case outside the caller's division scope: an incident of another city filed under a 红塔区 dispute", async () => {
    const own = await reportIncident(POLICE, HONGTA, { parties: strangers() });
    const referred = await referAndAccept(POLICE, CENTRE, own);
    const number = (await gqlOk(`query($id: ID!) { mediationCase(id: $id) { unifiedNumber } }`, { id: referred.caseId }, CENTRE)).mediationCase.unifiedNumber as string;
    const elsewhere = await reportIncident(POLICE_KUNMING, KUNMING, { unifiedNumber: number, parties: strangers() });
    const all = await settledHistory(number, (steps) => {
      expect(steps.filter((s) => s.caseId === referred.handoffId).at(-1)?.action).toBe("receiver:accepted");
      expect(steps.some((s) => s.caseId === elsewhere)).toBe(true);
    });
    // 玉溪市's joint meeting, and 红塔区's police (the centre's partner in this dispute), read the
    // dispute but not the steps of 五华区's incident.
    const yuxi = (await gqlOk(HISTORY, { n: number }, YUXI)).dispute.history as Step[];
    expect(yuxi).toEqual(all.filter((s) => s.caseId !== elsewhere));
    const police = (await gqlOk(HISTORY, { n: number }, POLICE)).dispute.history as Step[];
    expect(police).toEqual(all.filter((s) => s.channel === "POLICE" && s.caseId !== elsewhere));
    expect(police.some((s) => s.caseId === own)).toBe(true);
  });
});
