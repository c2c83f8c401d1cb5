import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorName, arbitrator, courtClerk, HONGTA, mediator as centreStaff, petitionClerk, policeOfficer } from "../support/callers.ts";
import { gatewayUrl, gql, gqlOk, headersFor, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { eventually } from "../support/eventually.ts";
import { newCreditCode, newResidentId, organisationParty, personParty, withWrongCheckCharacter } from "../support/people.ts";
import { daysAgo, ms } from "../support/time.ts";
import { unique } from "../support/values.ts";
import { mediateToAgreement } from "../support/records.ts";

// 联席会议 cross-agency search through the gateway: the mediation centre's case index, fed by every
// channel through its durable job queue. The e2e hub is shared by every test file, so this file's
// people carry names of rare characters (CJK Extension A, which no other file uses) and fresh ID
// numbers and credit codes: every search here is scoped by them.
//
// Each case is written by the agency that owns its channel, in its own district; the searches are
// made by the default caller, joint-meeting staff over the whole country, who search every channel
// (what an agency or a narrower scope finds is tested in tests/e2e/authz-search.test.ts).

/** `n` distinct random characters of CJK Extension A (U+3400–U+4DBF). */
function rareCharacters(n: number): string[] {
  const picked = new Set<string>();
  while (picked.size < n) picked.add(String.fromCodePoint(0x3400 + randomInt(0, 0x4dbf - 0x3400 + 1)));
  return [...picked];
}

// W is the surname of everybody in this file's small world, so `partyName: W` scopes a search to it.
const [W, G1, G2, H, K1, K2, X, Y, Z, P, Q, F1, F2, T1, T2, T3, T4, N1, N2, N3, N4, N5] = rareCharacters(22);

/** Within how long a change in any channel must show up in search (issue 4). */
const FRESH_WITHIN_MS = 2_000;

const NODE = `caseId caseType channel unifiedNumber reference agency title disputeType divisionCode divisionName status openedAt dueAt overdue amount
  parties { name role kind party { partyKey } } indexedAt`;
const SEARCH = `query Search($filter: CaseSearchFilter, $sort: CaseSortOrder, $first: Int, $after: String) {
  searchCases(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { ${NODE} } }
    pageInfo { hasNextPage endCursor }
    totalCount
  } }`;

interface Node {
  caseId: string;
  caseType: string;
  channel: string;
  unifiedNumber: string | null;
  reference: string | null;
  agency: string;
  title: string;
  disputeType: string | null;
  divisionCode: string;
  divisionName: string;
  status: string;
  openedAt: string;
  dueAt: string | null;
  overdue: boolean;
  amount: string | null;
  parties: { name: string; role: string; kind: string; party: { partyKey: string } }[];
  indexedAt: string;
}
interface Connection {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

type Filter = Record<string, unknown>;

async function search(filter: Filter, options: { sort?: string; first?: number; after?: string } = {}): Promise<Connection> {
  return (await gqlOk(SEARCH, { filter, first: 100, ...options })).searchCases;
}

/** The case ids a search finds, sorted, for set comparisons. */
async function found(filter: Filter): Promise<string[]> {
  const result = await search(filter);
  expect(result.pageInfo.hasNextPage).toBe(false);
  expect(result.totalCount).toBe(result.edges.length);
  return result.edges.map((e) => e.node.caseId).sort();
}

const sorted = (ids: (string | undefined)[]) => [...ids].map((id) => id!).sort();

// --- the world: one person's cases in five channels, a neighbour in another city, decoy names --

const personA = { id: newResidentId("530402"), name: `${W}${G1}${G2}` }; // given name G1G2: two characters
const personR = { id: newResidentId("530402"), name: `${W}${H}` }; // a two-character full name
const personB = { id: newResidentId("530102"), name: `${W}${K1}${K2}` }; // lives in 昆明市, another city
const company = { creditCode: newCreditCode("530402"), name: `${W}${T1}商贸有限公司` };

const COURT = "玉溪市红塔区人民法院";
const STATION = "红塔分局玉兴派出所";
const COMMISSION = "玉溪市红塔区劳动人事争议仲裁委员会";

/** The agencies that write this file's cases, each in its own district. */
const COURT_CLERK = courtClerk(HONGTA, "红塔区人民法院-立案庭检索e2e");
const BUREAU = petitionClerk(HONGTA, "红塔区信访局-检索e2e");
const BUREAU_JIANGCHUAN = petitionClerk("530403", "江川区信访局-检索e2e");
const POLICE = policeOfficer(HONGTA, "红塔分局玉兴派出所-民警检索e2e");
const POLICE_KUNMING = policeOfficer("530102", "五华分局护国派出所-检索e2e");
const CENTRE = centreStaff(HONGTA, "红塔区人民调解中心-登记检索e2e");
const COMMISSION_CLERK = arbitrator(HONGTA, "红塔区仲裁委-检索e2e");

/** Case ids of the world, by name. */
const ids: Record<string, string> = {};
/** The agencies' own numbers. */
const refs: Record<string, string> = {};
const at20 = daysAgo(20);

async function buildWorld(): Promise<void> {
  const a = personParty(personA.name, personA.id, "APPLICANT", "13812345678");
  const r = personParty(personR.name, personR.id, "RESPONDENT");

  // 诉调对接: referred 60 days ago, the 30-day delegated-mediation period long over.
  const referral = (
    await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
      input: {
        kind: "DELEGATED", court: COURT, divisionCode: "530402", judge: "李文", disputeType: "CONTRACT", amount: "35000.00",
        summary: `货款纠纷 ${unique("检索")}`, referredAt: daysAgo(60), parties: [a, r, organisationParty(company.name, company.creditCode, "RESPONDENT")],
      },
    }, COURT_CLERK)
  ).referCaseToMediation;
  ids.referral = referral.id;

  // 信访件 in 江川区, another district of the same city; the 15-day acceptance period still runs.
  const petition = (
    await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id petitionNumber } }`, {
      input: { form: "VISIT", divisionCode: "530403", disputeType: "MIGRANT_WORKER_WAGES", content: `反映拖欠工资 ${unique("检索")}`, registeredAt: daysAgo(10), petitioners: [a] },
    }, BUREAU_JIANGCHUAN)
  ).registerPetition;
  ids.petition = petition.id;
  refs.petition = petition.petitionNumber;

  refs.incidentA = unique("J530402").toUpperCase();
  ids.incidentA = (
    await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
      input: {
        incidentNumber: refs.incidentA, station: STATION, divisionCode: "530402", category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD",
        narrative: `邻里纠纷 ${unique("检索")}`, reportedAt: daysAgo(1), parties: [a, r],
      },
    }, POLICE)
  ).reportIncident.id;

  // 统一受理 at the centre: the intake (Dispute) and its people's mediation case, opened in the same instant.
  const dispute = (
    await gqlOk(`mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`, {
      input: { disputeType: "LABOUR", divisionCode: "530402", amount: "18000.00", description: `工资纠纷 ${unique("检索")}`, source: "WALK_IN", registeredAt: at20, parties: [a, r] },
    }, CENTRE)
  ).registerDispute;
  refs.unifiedNumber = dispute.unifiedNumber;
  ids.mediationCase = dispute.mediationCases[0].id;
  const [intake] = await sql<{ id: string }>("mediation-center", `select id from dispute where unified_number = $1`, [dispute.unifiedNumber]);
  ids.dispute = intake!.id;

  // Applied for arbitration 20 days ago, same instant as the intake; the 5-day acceptance period is over.
  ids.arbitration = (
    await gqlOk(`mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, {
      input: {
        kind: "LABOUR", commission: COMMISSION, divisionCode: "530402", disputeType: "LABOUR", disputeAroseAt: daysAgo(90), appliedAt: at20,
        claims: [{ description: "支付拖欠工资", amount: "5000.00" }, { description: "经济补偿", amount: "3000.00" }],
        parties: [a, personParty(personR.name, personR.id, "RESPONDENT"), organisationParty(company.name, company.creditCode, "RESPONDENT")],
      },
    }, COMMISSION_CLERK)
  ).applyForArbitration.id;

  refs.incidentB = unique("J530102").toUpperCase();
  ids.incidentB = (
    await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
      input: {
        incidentNumber: refs.incidentB, station: "五华分局护国派出所", divisionCode: "530102", category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD",
        narrative: `邻里纠纷 ${unique("检索")}`, reportedAt: daysAgo(2),
        parties: [personParty(personB.name, personB.id), personParty(`${X}${K2}`, newResidentId("530102"), "RESPONDENT")],
      },
    }, POLICE_KUNMING)
  ).reportIncident.id;

  // Outside the world (no W): names that hold X Y and Y Z, but never X Y Z in one name.
  const decoy = async (names: string[]) =>
    (
      await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
        input: {
          form: "LETTER", divisionCode: "530402", disputeType: "NEIGHBOURHOOD", content: `来信 ${unique("检索")}`,
          petitioners: names.map((name, i) => personParty(name, newResidentId(), i === 0 ? "APPLICANT" : "RESPONDENT")),
        },
      }, BUREAU)
    ).registerPetition.id as string;
  ids.pairsInTwoNames = await decoy([`${X}${Y}${P}`, `${Q}${Y}${Z}`]);
  ids.pairsInOneName = await decoy([`${X}${Y}${Q}${Y}${Z}`]);
  ids.wholeName = await decoy([`${P}${X}${Y}${Z}`]);

  // Names as typed with a Chinese input method: an ideographic space, full-width Latin letters.
  ids.typedWide = (
    await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
      input: {
        form: "LETTER", divisionCode: "530402", disputeType: "CONSUMER", content: `来信 ${unique("检索")}`,
        petitioners: [personParty(`${N1}${N2}\u3000${N3}${N4}`, newResidentId()), organisationParty(`ＱＺ${N5}科技有限公司`, newCreditCode(), "RESPONDENT")],
      },
    }, BUREAU)
  ).registerPetition.id;
}

const worldOfA = () => sorted([ids.referral, ids.petition, ids.incidentA, ids.dispute, ids.mediationCase, ids.arbitration]);
const world = () => sorted([...worldOfA(), ids.incidentB]);

beforeAll(async () => {
  await buildWorld();
  // Everything indexed before the searches start (the 2-second bound is its own test below).
  await eventually(async () => {
    expect(await found({ partyName: W })).toEqual(world());
    expect(await found({ partyName: `${X}${Y}` })).toHaveLength(3);
    expect(await found({ partyName: `${N1}${N2}` })).toEqual([ids.typedWide]);
  }, { within: 15_000, every: 100 });
}, 60_000);

describe("freshness: a change in a channel shows up in search within 2 seconds", () => {
  it("finds a new petition, then its new status and current details", async () => {
    const person = { id: newResidentId("530402"), name: `${F1}${F2}` };
    const registered = (
      await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id petitionNumber } }`, {
        input: { form: "VISIT", divisionCode: "530402", disputeType: "CONSUMER", content: `预付卡退费 ${unique("新鲜")}`, petitioners: [personParty(person.name, person.id)] },
      }, BUREAU)
    ).registerPetition;
    const appeared = await eventually(async () => {
      const { edges } = await search({ idNumber: person.id });
      expect(edges.map((e) => e.node.caseId)).toEqual([registered.id]);
      return edges[0]!.node;
    }, { within: FRESH_WITHIN_MS });
    expect(appeared).toMatchObject({ caseType: "Petition", channel: "PETITION", status: "REGISTERED", reference: registered.petitionNumber, disputeType: "CONSUMER" });

    await gqlOk(`mutation($id: ID!) { acceptPetition(id: $id) { status } }`, { id: registered.id }, BUREAU);
    const LIVE = `query($f: CaseSearchFilter) { searchCases(filter: $f) { edges { node { caseId status case { __typename ... on Petition { id status petitionNumber } } } } } }`;
    const accepted = await eventually(async () => {
      const { edges } = (await gqlOk(LIVE, { f: { idNumber: person.id } })).searchCases;
      expect(edges.map((e: any) => [e.node.caseId, e.node.status])).toEqual([[registered.id, "ACCEPTED"]]);
      return edges[0].node;
    }, { within: FRESH_WITHIN_MS });
    expect(accepted.case).toEqual({ __typename: "Petition", id: registered.id, status: "ACCEPTED", petitionNumber: registered.petitionNumber });
  });
});

describe("searchCases filters", () => {
  it("by ID number: the person's cases in every channel, nobody else's, with the facts of each", async () => {
    expect(await found({ idNumber: personA.id })).toEqual(worldOfA());
    expect(await found({ idNumber: personB.id })).toEqual([ids.incidentB]);
    // The respondent is on every case of A's but the petition; a mediation case shows its dispute's parties.
    expect(await found({ idNumber: personR.id })).toEqual(sorted([ids.referral, ids.incidentA, ids.dispute, ids.mediationCase, ids.arbitration]));
    expect(await found({ idNumber: newResidentId("530402") })).toEqual([]);

    const nodes = new Map((await search({ idNumber: personA.id })).edges.map((e) => [e.node.caseId, e.node]));
    expect(new Set([...nodes.values()].map((n) => n.channel))).toEqual(new Set(["COURT", "PETITION", "POLICE", "MEDIATION_CENTER", "ARBITRATION"]));
    expect(nodes.get(ids.referral!)).toMatchObject({
      caseType: "CourtReferral", channel: "COURT", agency: COURT, disputeType: "CONTRACT", divisionCode: "530402", status: "REFERRED",
      amount: "35000.00", overdue: true, unifiedNumber: null,
    });
    expect(nodes.get(ids.referral!)!.divisionName).toContain("红塔区");
    expect(nodes.get(ids.referral!)!.parties.map((p) => [p.name, p.role, p.kind]).sort()).toEqual(
      [[personA.name, "APPLICANT", "PERSON"], [personR.name, "RESPONDENT", "PERSON"], [company.name, "RESPONDENT", "ORGANISATION"]].sort(),
    );
    expect(nodes.get(ids.petition!)).toMatchObject({ caseType: "Petition", channel: "PETITION", divisionCode: "530403", status: "REGISTERED", reference: refs.petition, overdue: false, amount: null });
    expect(nodes.get(ids.incidentA!)).toMatchObject({ caseType: "PoliceIncident", channel: "POLICE", agency: STATION, reference: refs.incidentA, status: "REPORTED", disputeType: "NEIGHBOURHOOD" });
    expect(nodes.get(ids.dispute!)).toMatchObject({ caseType: "Dispute", channel: "MEDIATION_CENTER", unifiedNumber: refs.unifiedNumber, disputeType: "LABOUR", amount: "18000.00", dueAt: null });
    expect(nodes.get(ids.mediationCase!)).toMatchObject({ caseType: "MediationCase", channel: "MEDIATION_CENTER", unifiedNumber: refs.unifiedNumber, status: "REGISTERED", amount: "18000.00" });
    expect(nodes.get(ids.arbitration!)).toMatchObject({ caseType: "ArbitrationCase", channel: "ARBITRATION", agency: COMMISSION, status: "APPLIED", amount: "8000.00", overdue: true });
    expect(ms(nodes.get(ids.dispute!)!.openedAt)).toBe(ms(at20));

    // The party is the same Party entity every channel knows: one key across all of A's cases.
    const keysOfA = new Set([...nodes.values()].map((n) => n.parties.find((p) => p.name === personA.name)!.party.partyKey));
    expect(keysOfA.size).toBe(1);
    const { courtReferral } = await gqlOk(`query($id: ID!) { courtReferral(id: $id) { parties { name partyKey } } }`, { id: ids.referral });
    expect([...keysOfA][0]).toBe(courtReferral.parties.find((p: any) => p.name === personA.name).partyKey);
  });

  it("by credit code: the organisation's cases in two channels", async () => {
    expect(await found({ creditCode: company.creditCode })).toEqual(sorted([ids.referral, ids.arbitration]));
    expect(await found({ creditCode: company.creditCode.toLowerCase() })).toEqual(sorted([ids.referral, ids.arbitration]));
    expect(await found({ creditCode: newCreditCode("530402") })).toEqual([]);
  });

  it("by party name: one character, a two-character given name or full name, and three or more characters", async () => {
    // One character, anywhere in a name.
    expect(await found({ partyName: G1 })).toEqual(worldOfA());
    expect(await found({ partyName: G2 })).toEqual(worldOfA());
    expect(await found({ partyName: K1 })).toEqual([ids.incidentB]);
    // Two characters: A's given name, and R's whole name.
    expect(await found({ partyName: `${G1}${G2}` })).toEqual(worldOfA());
    expect(await found({ partyName: personR.name })).toEqual(sorted([ids.referral, ids.incidentA, ids.dispute, ids.mediationCase, ids.arbitration]));
    // Three characters: the whole name; not G2 then G1, not characters of different people.
    expect(await found({ partyName: personA.name })).toEqual(worldOfA());
    expect(await found({ partyName: ` ${personA.name} ` })).toEqual(worldOfA());
    expect(await found({ partyName: `${G2}${G1}` })).toEqual([]);
    expect(await found({ partyName: `${W}${G1}${H}` })).toEqual([]);
    // X Y Z: one case has X Y and Y Z in two names, one has both in one name (X Y Q Y Z); only P X Y Z holds X Y Z.
    expect(await found({ partyName: `${X}${Y}` })).toEqual(sorted([ids.pairsInTwoNames, ids.pairsInOneName, ids.wholeName]));
    expect(await found({ partyName: `${Y}${Z}` })).toEqual(sorted([ids.pairsInTwoNames, ids.pairsInOneName, ids.wholeName]));
    expect(await found({ partyName: `${X}${Y}${Z}` })).toEqual([ids.wholeName]);
    expect(await found({ partyName: `${P}${X}${Y}${Z}` })).toEqual([ids.wholeName]);
    // Spaces do not count, and full-width letters are the letters: in every length of query.
    for (const query of [`${N2}${N3}`, `${N1}${N2}${N3}`, `${N1}${N2} ${N3}${N4}`, `${N2}\u3000${N3}${N4}`, `qz${N5}`, `ＱＺ${N5}科技`, `Qz${N5}科技`]) {
      expect(await found({ partyName: query }), query).toEqual([ids.typedWide]);
    }
    // A company's name, in part.
    expect(await found({ partyName: `${T1}商贸` })).toEqual(sorted([ids.referral, ids.arbitration]));
    expect(await found({ partyName: `${T2}${T3}${T4}` })).toEqual([]);
  });

  it("by division prefix: a city includes its districts, another city is left out", async () => {
    const yuxi = sorted([ids.referral, ids.petition, ids.incidentA, ids.dispute, ids.mediationCase, ids.arbitration]);
    expect(await found({ partyName: W, division: "5304" })).toEqual(yuxi);
    expect(await found({ partyName: W, division: "530402" })).toEqual(sorted([ids.referral, ids.incidentA, ids.dispute, ids.mediationCase, ids.arbitration]));
    expect(await found({ partyName: W, division: "530403" })).toEqual([ids.petition]);
    expect(await found({ partyName: W, division: "5301" })).toEqual([ids.incidentB]);
    expect(await found({ partyName: W, division: "53" })).toEqual(world());
    expect(await found({ partyName: W, division: "4403" })).toEqual([]);
  });

  it("by dispute type, channel, case type and status", async () => {
    expect(await found({ partyName: W, disputeTypes: ["LABOUR"] })).toEqual(sorted([ids.dispute, ids.mediationCase, ids.arbitration]));
    expect(await found({ partyName: W, disputeTypes: ["LABOUR", "CONTRACT"] })).toEqual(sorted([ids.dispute, ids.mediationCase, ids.arbitration, ids.referral]));
    expect(await found({ partyName: W, disputeTypes: ["MARRIAGE_FAMILY"] })).toEqual([]);

    expect(await found({ partyName: W, channels: ["COURT", "POLICE"] })).toEqual(sorted([ids.referral, ids.incidentA, ids.incidentB]));
    expect(await found({ partyName: W, channels: ["MEDIATION_CENTER"] })).toEqual(sorted([ids.dispute, ids.mediationCase]));
    expect(await found({ partyName: W, channels: ["NOTARY"] })).toEqual([]);

    expect(await found({ partyName: W, caseTypes: ["Petition", "ArbitrationCase"] })).toEqual(sorted([ids.petition, ids.arbitration]));
    expect(await found({ partyName: W, caseTypes: ["MediationCase"] })).toEqual([ids.mediationCase]);
    expect(await found({ partyName: W, caseTypes: ["PoliceIncident"], division: "5304" })).toEqual([ids.incidentA]);

    expect(await found({ partyName: W, statuses: ["REPORTED"] })).toEqual(sorted([ids.incidentA, ids.incidentB]));
    expect(await found({ partyName: W, statuses: ["APPLIED", "REFERRED"] })).toEqual(sorted([ids.arbitration, ids.referral]));
    expect(await found({ partyName: W, statuses: ["REGISTERED"], caseTypes: ["Petition"] })).toEqual([ids.petition]);
  });

  it("overdue only: cases past their pending deadline", async () => {
    const result = await search({ partyName: W, overdueOnly: true });
    expect(result.edges.map((e) => e.node.caseId).sort()).toEqual(sorted([ids.referral, ids.arbitration]));
    for (const { node } of result.edges) {
      expect(node.overdue).toBe(true);
      expect(ms(node.dueAt!)).toBeLessThan(Date.now());
    }
    // overdueOnly: false is no condition at all.
    expect(await found({ partyName: W, overdueOnly: false })).toEqual(world());
  });

  it("by opening date (from inclusive, before exclusive) and by amount (both ends inclusive)", async () => {
    const opened20 = sorted([ids.dispute, ids.mediationCase, ids.arbitration]);
    expect(await found({ partyName: W, openedFrom: daysAgo(30), openedBefore: daysAgo(15) })).toEqual(opened20);
    expect(await found({ partyName: W, openedFrom: at20, openedBefore: new Date(ms(at20) + 1).toISOString() })).toEqual(opened20);
    expect(await found({ partyName: W, openedFrom: new Date(ms(at20) + 1).toISOString(), openedBefore: daysAgo(15) })).toEqual([]);
    expect(await found({ partyName: W, openedBefore: at20 })).toEqual([ids.referral]);
    expect(await found({ partyName: W, openedFrom: daysAgo(15) })).toEqual(sorted([ids.petition, ids.incidentA, ids.incidentB]));

    expect(await found({ partyName: W, amountMin: "10000", amountMax: "20000" })).toEqual(sorted([ids.dispute, ids.mediationCase]));
    expect(await found({ partyName: W, amountMin: "18000.00" })).toEqual(sorted([ids.dispute, ids.mediationCase, ids.referral]));
    expect(await found({ partyName: W, amountMax: "8000.00" })).toEqual([ids.arbitration]);
    expect(await found({ partyName: W, amountMin: "8000.01", amountMax: "17999.99" })).toEqual([]);

    // The joint meeting's question: this city's labour disputes opened in a period.
    expect(await found({ partyName: W, division: "5304", disputeTypes: ["LABOUR"], openedFrom: daysAgo(30), openedBefore: daysAgo(15), amountMin: "5000" })).toEqual(opened20);
  });

  it("by unified number: every channel's case of the dispute", async () => {
    expect(await found({ unifiedNumber: refs.unifiedNumber })).toEqual(sorted([ids.dispute, ids.mediationCase]));
  });
});

describe("sorting and keyset pagination", () => {
  /** Every page of a search, `first` at a time, following endCursor until hasNextPage is false. */
  async function walk(filter: Filter, sort: string, first: number) {
    const nodes: Node[] = [];
    const totals: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await search(filter, { sort, first, ...(after ? { after } : {}) });
      expect(result.edges.length).toBeLessThanOrEqual(first);
      nodes.push(...result.edges.map((e) => e.node));
      totals.push(result.totalCount);
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
      if (!result.pageInfo.hasNextPage) return { nodes, totals, pages: page + 1 };
      expect(result.edges).toHaveLength(first);
      after = result.pageInfo.endCursor!;
    }
    throw new Error("more than 50 pages");
  }

  const byId = (a: Node, b: Node) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
  const orders: Record<string, (a: Node, b: Node) => number> = {
    NEWEST: (a, b) => ms(b.openedAt) - ms(a.openedAt) || -byId(a, b),
    OLDEST: (a, b) => ms(a.openedAt) - ms(b.openedAt) || byId(a, b),
    // Nearest deadline first, cases without a pending deadline last.
    DUE_SOONEST: (a, b) => (a.dueAt === null ? 1 : 0) - (b.dueAt === null ? 1 : 0) || (a.dueAt && b.dueAt ? ms(a.dueAt) - ms(b.dueAt) : 0) || byId(a, b),
  };

  for (const sort of Object.keys(orders)) {
    it(`${sort}: two at a time, every case once, in order, totalCount on every page`, async () => {
      const { nodes, totals, pages } = await walk({ partyName: W }, sort, 2);
      const walked = nodes.map((n) => n.caseId);
      expect(new Set(walked).size).toBe(walked.length);
      expect([...walked].sort()).toEqual(world());
      expect(pages).toBe(Math.ceil(world().length / 2));
      expect(totals.every((t) => t === walked.length)).toBe(true);
      expect(walked).toEqual([...nodes].sort(orders[sort]).map((n) => n.caseId));
      // The same order as one page of 100.
      expect((await search({ partyName: W }, { sort })).edges.map((e) => e.node.caseId)).toEqual(walked);
    });
  }

  it("orders as specified: three cases opened in one instant tie-break by id; deadlines first, none last", async () => {
    const newest = (await walk({ partyName: W }, "NEWEST", 3)).nodes.map((n) => n.caseId);
    expect(newest[0]).toBe(ids.incidentA); // a day ago
    expect(newest.at(-1)).toBe(ids.referral); // 60 days ago
    expect(newest.slice(3, 6)).toEqual(sorted([ids.dispute, ids.mediationCase, ids.arbitration]).reverse());
    const oldest = (await walk({ partyName: W }, "OLDEST", 1)).nodes.map((n) => n.caseId);
    expect(oldest).toEqual([...newest].reverse());
    const due = (await walk({ partyName: W }, "DUE_SOONEST", 2)).nodes;
    expect(due.slice(0, 2).map((n) => n.caseId)).toEqual([ids.referral, ids.arbitration]); // the most overdue first
    expect(due.slice(-2).map((n) => n.caseId)).toEqual(sorted([ids.dispute, ids.mediationCase])); // no deadline
  });

  it("a page after the last is empty; a default page is 20", async () => {
    const all = await search({ partyName: W }, { first: world().length });
    expect(all.pageInfo.hasNextPage).toBe(false);
    const beyond = await search({ partyName: W }, { first: 5, after: all.pageInfo.endCursor! });
    expect(beyond).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: world().length });
    const { searchCases } = await gqlOk(`query($f: CaseSearchFilter) { searchCases(filter: $f) { edges { node { caseId } } } }`, { f: { partyName: W } });
    expect(searchCases.edges).toHaveLength(world().length);
  });
});

describe("each result is read live from the channel that owns it", () => {
  it("resolves `case` in the owning subgraph, agreeing with the index", async () => {
    // A page of 10 (A has 6 cases): the gateway's cost limit multiplies a literal `first` into the cost of the deep selection below.
    const LIVE = `query($f: CaseSearchFilter) { searchCases(filter: $f, first: 10) { edges { node { caseId caseType status reference agency unifiedNumber
      case {
        __typename
        ... on Dispute { unifiedNumber divisionCode }
        ... on MediationCase { id mediationStatus: status unifiedNumber }
        ... on CourtReferral { id referralStatus: status court }
        ... on Petition { id petitionStatus: status petitionNumber divisionCode }
        ... on PoliceIncident { id incidentStatus: status incidentNumber station }
        ... on ArbitrationCase { id arbitrationStatus: status commission totalClaimed }
      } } } } }`;
    const edges = (await gqlOk(LIVE, { f: { idNumber: personA.id } })).searchCases.edges as { node: any }[];
    expect(edges.map((e) => e.node.caseId).sort()).toEqual(worldOfA());
    for (const { node } of edges) {
      expect(node.case, node.caseType).not.toBeNull();
      expect(node.case.__typename).toBe(node.caseType);
      if (node.caseType !== "Dispute") expect(node.case.id).toBe(node.caseId);
      const { __typename, id, unifiedNumber, divisionCode, petitionNumber, court, incidentNumber, station, commission, totalClaimed, ...status } = node.case;
      // Every channel's status enum is its own type: one alias each, and one of them is present.
      if (node.caseType !== "Dispute") expect(Object.values(status)).toEqual([node.status]);
    }
    const byType = Object.fromEntries(edges.map((e) => [e.node.caseType, e.node]));
    expect(byType.Dispute.case).toEqual({ __typename: "Dispute", unifiedNumber: refs.unifiedNumber, divisionCode: "530402" });
    expect(byType.MediationCase.case.unifiedNumber).toBe(refs.unifiedNumber);
    expect(byType.CourtReferral.case.court).toBe(byType.CourtReferral.agency);
    expect(byType.Petition.case).toMatchObject({ petitionNumber: byType.Petition.reference, divisionCode: "530403" });
    expect(byType.PoliceIncident.case).toMatchObject({ incidentNumber: refs.incidentA, station: STATION });
    expect(byType.ArbitrationCase.case).toMatchObject({ commission: COMMISSION, totalClaimed: "8000.00" });
  });
});

// --- a dispute's whole path: police → centre (handoff) → court (judicial confirmation) ------------

const POLICE_DESK = policeOfficer(HONGTA, "红塔分局玉兴派出所-检索e2e");
const CENTRE_DESK = centreStaff(HONGTA, "红塔区人民调解中心-检索e2e");
const COURT_DESK = courtClerk(HONGTA, "红塔区人民法院-检索e2e");

const HANDOFF_SIDES = `query($id: ID!) { handoff(id: $id) { sender: policeMediationRecord { status unifiedNumber } receiver: mediationCenterRecord { status } } }`;

describe("dispute(unifiedNumber) { history }: the path across agencies", () => {
  it("has the intake, every channel's case and every handoff step, in time order", async () => {
    const who = [
      personParty(`${W}${T2}`, newResidentId("530402"), "APPLICANT", "13912345678"),
      personParty(`${W}${T3}`, newResidentId("530402"), "RESPONDENT"),
    ];
    const incident = (
      await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
        input: {
          incidentNumber: unique("J530402").toUpperCase(), station: STATION, divisionCode: "530402", category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD",
          narrative: `装修噪音纠纷 ${unique("路径")}`, parties: who,
        },
      }, POLICE_DESK)
    ).reportIncident;
    const referred = (
      await gqlOk(`mutation($id: ID!, $key: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: "红塔区人民调解中心", idempotencyKey: $key) { handoffs { id } } }`, {
        id: incident.id, key: randomUUID(),
      }, POLICE_DESK)
    ).referIncidentToMediationCenter;
    const policeHandoff = referred.handoffs[0].id as string;
    await eventually(async () => {
      expect((await gqlOk(HANDOFF_SIDES, { id: policeHandoff })).handoff.receiver?.status).toBe("DELIVERED");
    }, { within: 15_000, every: 100 });
    const accepted = (
      await gqlOk(`mutation($id: ID!) { acceptHandoffAtMediationCenter(id: $id) { toCaseId unifiedNumber } }`, { id: policeHandoff }, CENTRE_DESK)
    ).acceptHandoffAtMediationCenter;
    const unifiedNumber = accepted.unifiedNumber as string;
    const mediationCaseId = accepted.toCaseId as string;

    // The centre mediates to an agreement and asks the court to confirm it (司法确认).
    const agreement = await mediateToAgreement(CENTRE_DESK, mediationCaseId);
    const confirmationHandoff = (
      await gqlOk(`mutation($a: ID!, $key: String!) { applyForJudicialConfirmationOfAgreement(agreementId: $a, court: "${COURT}", courtDivisionCode: "530402", idempotencyKey: $key) { id } }`, {
        a: agreement.id, key: randomUUID(),
      }, CENTRE_DESK)
    ).applyForJudicialConfirmationOfAgreement.id as string;
    const CONFIRMATION_SIDES = `query($id: ID!) { handoff(id: $id) { sender: mediationCenterRecord { status } receiver: courtMediationRecord { status } } }`;
    await eventually(async () => {
      expect((await gqlOk(CONFIRMATION_SIDES, { id: confirmationHandoff })).handoff.receiver?.status).toBe("DELIVERED");
    }, { within: 15_000, every: 100 });
    const confirmationId = (
      await gqlOk(`mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { toCaseId } }`, { id: confirmationHandoff }, COURT_DESK)
    ).acceptHandoffAtCourtMediation.toCaseId as string;
    const caseNumber = `（2026）云0402民特${randomInt(100_000, 999_999)}号`;
    await gqlOk(`mutation($id: ID!, $n: CaseNumber!) { acceptJudicialConfirmation(id: $id, caseNumber: $n) { id } }`, { id: confirmationId, n: caseNumber }, COURT_DESK);
    await gqlOk(`mutation($id: ID!) { ruleOnJudicialConfirmation(id: $id, confirmed: true) { id } }`, { id: confirmationId }, COURT_DESK);

    const HISTORY = `query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber history { at channel caseType caseId action fromStatus toStatus actor note } } }`;
    type Step = { at: string; channel: string; caseType: string; caseId: string; action: string; fromStatus: string | null; toStatus: string; actor: string };
    const stepsOf = (history: Step[], caseId: string) => history.filter((s) => s.caseId === caseId).map((s) => [s.action, s.toStatus]);
    const history = await eventually(async () => {
      const { dispute } = await gqlOk(HISTORY, { n: unifiedNumber });
      const steps = dispute.history as Step[];
      // Both handoffs answered to the end on the sender's side.
      expect(stepsOf(steps, policeHandoff).at(-1)).toEqual(["receiver:completed", "COMPLETED"]);
      expect(stepsOf(steps, confirmationHandoff).at(-1)).toEqual(["receiver:completed", "COMPLETED"]);
      expect(steps.filter((s) => s.caseId === confirmationId).at(-1)?.toStatus).toBe("CONFIRMED");
      return steps;
    }, { within: 15_000, every: 100 });

    // In time order.
    for (let i = 1; i < history.length; i++) expect(ms(history[i]!.at), JSON.stringify(history[i])).toBeGreaterThanOrEqual(ms(history[i - 1]!.at));
    expect(new Set(history.map((s) => `${s.caseId}/${s.action}/${s.at}`)).size).toBe(history.length);

    // The police incident: reported, then referred; the first step of the whole path.
    expect(history[0]).toMatchObject({ caseType: "PoliceIncident", caseId: incident.id, channel: "POLICE", fromStatus: null, toStatus: "REPORTED", actor: actorName(POLICE_DESK) });
    expect(stepsOf(history, incident.id).map(([, to]) => to)).toContain("REFERRED_TO_MEDIATION_CENTER");
    // The police's handoff, as the sender recorded it: offered, delivered, accepted, completed.
    expect(stepsOf(history, policeHandoff)).toEqual([
      ["offer", "OFFERED"], ["delivered", "DELIVERED"], ["receiver:accepted", "ACCEPTED"], ["receiver:completed", "COMPLETED"],
    ]);
    expect(history.filter((s) => s.caseId === policeHandoff).every((s) => s.caseType === "Handoff" && s.channel === "POLICE")).toBe(true);
    // The centre's intake and its mediation case.
    const intake = history.filter((s) => s.caseType === "Dispute");
    expect(intake).toHaveLength(1);
    expect(intake[0]).toMatchObject({ channel: "MEDIATION_CENTER", toStatus: "REGISTERED" });
    expect(stepsOf(history, mediationCaseId).map(([, to]) => to)).toEqual(["REGISTERED", "ACCEPTED", "MEDIATING", "AGREEMENT_REACHED"]);
    expect(history.filter((s) => s.caseId === mediationCaseId).every((s) => s.caseType === "MediationCase" && s.channel === "MEDIATION_CENTER")).toBe(true);
    // The centre's handoff to the court, and the court's case.
    expect(stepsOf(history, confirmationHandoff)).toEqual([
      ["offer", "OFFERED"], ["delivered", "DELIVERED"], ["receiver:accepted", "ACCEPTED"], ["receiver:completed", "COMPLETED"],
    ]);
    expect(history.filter((s) => s.caseId === confirmationHandoff).every((s) => s.caseType === "Handoff" && s.channel === "MEDIATION_CENTER")).toBe(true);
    expect(stepsOf(history, confirmationId).map(([, to]) => to)).toEqual(["APPLIED", "ACCEPTED", "CONFIRMED"]);
    expect(history.filter((s) => s.caseId === confirmationId).every((s) => s.caseType === "JudicialConfirmation" && s.channel === "COURT")).toBe(true);
    // Causality across agencies: offered before accepted before the case it opened.
    const firstAt = (caseId: string, action?: string) => ms(history.find((s) => s.caseId === caseId && (!action || s.action === action))!.at);
    expect(firstAt(policeHandoff, "offer")).toBeLessThanOrEqual(firstAt(mediationCaseId));
    expect(firstAt(mediationCaseId)).toBeLessThanOrEqual(firstAt(confirmationHandoff, "offer"));
    expect(firstAt(confirmationHandoff, "offer")).toBeLessThanOrEqual(firstAt(confirmationId));
    // Every step belongs to this dispute.
    expect(new Set(history.map((s) => s.caseId))).toEqual(new Set([incident.id, policeHandoff, intake[0]!.caseId, mediationCaseId, confirmationHandoff, confirmationId]));

    // Search by the unified number: every channel's case of the dispute, with its current state.
    await eventually(async () => {
      const { edges } = await search({ unifiedNumber });
      expect(edges.map((e) => [e.node.caseType, e.node.status]).sort()).toEqual(
        [["Dispute", "REGISTERED"], ["JudicialConfirmation", "CONFIRMED"], ["MediationCase", "AGREEMENT_REACHED"], ["PoliceIncident", "REFERRED_TO_MEDIATION_CENTER"]].sort(),
      );
    }, { within: FRESH_WITHIN_MS });
  }, 90_000);

  it("an unknown unified number has no dispute", async () => {
    const { dispute } = await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { history { action } } }`, { n: "530402-2026-999999" });
    expect(dispute).toBeNull();
  });
});

describe("bad input: BAD_USER_INPUT and nothing else", () => {
  async function refused(variables: Record<string, unknown>): Promise<GraphQLResponse> {
    const result = await gql(SEARCH, variables);
    expect(result.errors?.map((e) => e.extensions?.code), JSON.stringify(result.errors)).toEqual(["BAD_USER_INPUT"]);
    expect(result.data?.searchCases ?? null).toBeNull();
    expect(result.errors![0]!.message.length).toBeGreaterThan(10);
    return result;
  }

  it("an ID number with a wrong check character (shown masked, never raw)", async () => {
    const bad = withWrongCheckCharacter(newResidentId());
    const result = await refused({ filter: { idNumber: bad } });
    expect(JSON.stringify(result)).not.toContain(bad);
  });

  it("malformed, edited and foreign cursors", async () => {
    const page = await search({ partyName: W }, { first: 2 });
    const cursor = page.pageInfo.endCursor!;
    const [payload, signature] = cursor.split(".") as [string, string];
    for (const after of ["x", "not-a-cursor", "a.b", `${cursor}.x`, `${payload}.${"é".repeat(signature.length)}`, `${payload}x.${signature}`, `${payload}.${signature.slice(0, -1)}`]) {
      await refused({ filter: { partyName: W }, first: 2, after });
    }
    // An edited position, re-encoded but not re-signed.
    const position = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const edited = Buffer.from(JSON.stringify({ ...position, c: "00000000-0000-4000-8000-000000000000" })).toString("base64url");
    await refused({ filter: { partyName: W }, first: 2, after: `${edited}.${signature}` });
    // A cursor of another search: another filter, or another order.
    const foreign = await refused({ filter: { partyName: G1 }, first: 2, after: cursor });
    expect(foreign.errors![0]!.extensions!.field).toBe("after");
    await refused({ filter: { partyName: W }, sort: "OLDEST", first: 2, after: cursor });
    await refused({ filter: { partyName: W, channels: ["COURT"] }, first: 2, after: cursor });
    // The same search again takes it.
    expect((await search({ partyName: W }, { first: 2, after: cursor })).edges.length).toBeGreaterThan(0);
  });

  it("page sizes outside 1 to 100", async () => {
    for (const first of [101, 0, -1]) await refused({ filter: { partyName: W }, first });
  });

  it("unknown statuses, case types, channels and dispute types", async () => {
    await refused({ filter: { statuses: ["NO_SUCH_STATUS"] } });
    await refused({ filter: { statuses: ["REPORTED", "reported"] } });
    await refused({ filter: { caseTypes: ["Lawsuit"] } });
    await refused({ filter: { caseTypes: ["Handoff"] } });
    await refused({ filter: { channels: ["EMAIL"] } });
    await refused({ filter: { disputeTypes: ["SPACE_ALIENS"] } });
  });

  it("backwards ranges, two party identifiers, and other malformed values", async () => {
    await refused({ filter: { openedFrom: daysAgo(1), openedBefore: daysAgo(2) } });
    await refused({ filter: { openedFrom: at20, openedBefore: at20 } });
    await refused({ filter: { amountMin: "100.00", amountMax: "50.00" } });
    await refused({ filter: { idNumber: personA.id, creditCode: company.creditCode } });
    await refused({ filter: { division: "5399" } });
    await refused({ filter: { division: "530" } });
    await refused({ filter: { partyName: "   " } });
    await refused({ filter: { unifiedNumber: "not-a-number" } });
    await refused({ filter: { amountMin: "-5" } });
    await refused({ filter: { openedFrom: "yesterday" } });
    await refused({ sort: "RANDOM" });
  });
});

describe("raw ID numbers and credit codes never reach the index", () => {
  it("stores party keys and names only, and answers without identifiers", async () => {
    const keyOfA = (await search({ idNumber: personA.id })).edges[0]!.node.parties.find((p) => p.name === personA.name)!.party.partyKey;
    const indexed = await sql("mediation-center", `select case_id from indexed_case where party_keys @> array[$1]::text[]`, [keyOfA]);
    expect(indexed.map((r) => r.case_id).sort()).toEqual(worldOfA());
    for (const raw of [personA.id, personR.id, personB.id, company.creditCode]) {
      for (const table of ["indexed_case", "case_event", "indexed_handoff"]) {
        const [row] = await sql("mediation-center", `select count(*)::int as n from ${table} t where t::text like $1`, [`%${raw}%`]);
        expect(row.n, `${table} holds ${raw}`).toBe(0);
      }
      const [row] = await sql("mediation-center", `select count(*)::int as n from indexed_case where array_to_string(party_keys, ' ') like $1 or parties::text like $1`, [`%${raw}%`]);
      expect(row.n).toBe(0);
    }
    const response = await fetch(gatewayUrl(), {
      method: "POST",
      headers: await headersFor(),
      body: JSON.stringify({ query: SEARCH, variables: { filter: { idNumber: personA.id }, first: 100 } }),
    });
    const text = await response.text();
    expect(JSON.parse(text).data.searchCases.edges).toHaveLength(worldOfA().length);
    for (const raw of [personA.id, personR.id, company.creditCode]) expect(text).not.toContain(raw);
  });
});
