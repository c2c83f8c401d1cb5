import { beforeAll, describe, expect, it } from "vitest";
import { jointMeeting, mediator, petitionClerk, policeOfficer } from "../support/callers.ts";
import { errorCode, gql, gqlOk, subgraphGql, type GraphQLResponse, type Who } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { everyPage, nodes, type Connection } from "../support/paging.ts";
import { referIncident, registerPetition, reportIncident } from "../support/records.ts";
import { unique } from "../support/values.ts";

// Every channel list is a cursor connection: these tests fill lists past the old cap of 100 and
// read them to the end. 华宁县 is written by no other test file, so the lists filtered to it (or
// read by callers scoped to it) hold exactly this file's records, however other files run.
const DIVISION = "530424"; // 云南省玉溪市华宁县
const POLICE = policeOfficer(DIVISION, "华宁县公安局-民警paging");
const BUREAU = petitionClerk(DIVISION, "华宁县信访局-paging");
const CENTRE = mediator(DIVISION, "华宁县人民调解中心-paging");
const REVIEWER = jointMeeting(DIVISION, ["reviewer"], "联席会议-paging");
const RECORDS = 105;

const ids = { incidents: [] as string[], petitions: [] as string[], handoffs: [] as string[] };

/** `count` calls of `make`, one after another (one caller stays inside the gateway's rate limit). */
async function inTurn<T>(count: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < count; i++) made.push(await make(i));
  return made;
}

beforeAll(async () => {
  // Petitions share three registration times, so a third of them tie on the list's sort key and
  // only the id tiebreak orders them.
  const hour = 3600_000;
  const base = Math.floor(Date.now() / 1000) * 1000 - 3 * hour;
  const times = [base, base + hour, base + 2 * hour].map((t) => new Date(t).toISOString());
  const [incidents, petitions] = await Promise.all([
    inTurn(RECORDS, () => reportIncident(POLICE, DIVISION)),
    inTurn(RECORDS, (i) => registerPetition(BUREAU, DIVISION, undefined, unique("分页"), { registeredAt: times[i % 3] })),
  ]);
  ids.incidents = incidents.map((r) => r.id);
  ids.petitions = petitions.map((r) => r.id);
  ids.handoffs = await inTurn(RECORDS, (i) => referIncident(POLICE, ids.incidents[i]!));
}, 300_000);

/** The ids in the order the database gives for the list's ORDER BY: what the pages must follow. */
async function orderInDatabase(subgraph: string, query: string, params: unknown[]): Promise<string[]> {
  return (await sql<{ id: string }>(subgraph, query, params)).map((r) => r.id);
}

interface ListCase {
  name: string;
  subgraph: string;
  field: string;
  who: Who;
  /** The list's query with `$first: Int` and `$after: String`; selects `edges { cursor node { id … } } pageInfo` and totalCount. */
  query: (selection: string) => string;
  /** What each node selects besides id: fields whose resolvers read SQL, to see them batched. */
  nested: string;
  expected: () => Promise<string[]>;
  created: () => string[];
}

const LISTS: ListCase[] = [
  {
    name: "policeIncidents (警情), newest report first",
    subgraph: "police-mediation",
    field: "policeIncidents",
    who: POLICE,
    query: (s) => `query($first: Int, $after: String) { policeIncidents(filter: { divisionPrefix: "${DIVISION}" }, first: $first, after: $after) { ${s} } }`,
    nested: "incidentNumber status dueAt overdue parties { name identifierMasked } timeline { action toStatus } handoffs { id status } sessions { id }",
    expected: () => orderInDatabase("police-mediation", `select id from police_incident where division_code = $1 order by reported_at desc, id desc`, [DIVISION]),
    created: () => ids.incidents,
  },
  {
    name: "petitions (信访事项) read by a joint meeting, newest registration first, ties by id",
    subgraph: "petition-mediation",
    field: "petitions",
    who: REVIEWER,
    query: (s) => `query($first: Int, $after: String) { petitions(filter: { divisionPrefix: "${DIVISION}" }, first: $first, after: $after) { ${s} } }`,
    nested: "petitionNumber status dueAt overdue petitioners { name identifierMasked } timeline { action toStatus } handoffs { id status }",
    expected: () => orderInDatabase("petition-mediation", `select id from petition where division_code = $1 order by registered_at desc, id desc`, [DIVISION]),
    created: () => ids.petitions,
  },
  {
    name: "policeMediationHandoffs (移交), most urgent first",
    subgraph: "police-mediation",
    field: "policeMediationHandoffs",
    who: POLICE,
    query: (s) => `query($first: Int, $after: String) { policeMediationHandoffs(direction: OUTGOING, first: $first, after: $after) { ${s} } }`,
    nested: "kind status dueAt overdue fromCaseId timeline { action toStatus }",
    expected: () => orderInDatabase("police-mediation", `select id from handoff where division_code = $1 and direction = 'OUTGOING' order by due_at, id`, [DIVISION]),
    created: () => ids.handoffs,
  },
];

const PAGE = (nested: string, totalCount = true) => `edges { cursor node { id ${nested} } } pageInfo { hasNextPage endCursor }${totalCount ? " totalCount" : ""}`;

describe.each(LISTS)("$name", (list) => {
  it("pages of 50 show every record exactly once, in the stable order, past the 100th", async () => {
    const expected = await list.expected();
    expect([...expected].sort()).toEqual([...list.created()].sort());
    expect(expected).toHaveLength(RECORDS);

    const { pages, items } = await everyPage<{ id: string }>(
      (after) => gql(list.query(PAGE("")), { first: 50, after }, list.who),
      (data) => data[list.field],
    );
    expect(pages.map((p) => p.connection.edges.length)).toEqual([50, 50, RECORDS - 100]);
    expect(pages.map((p) => p.connection.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.map((p) => p.connection.totalCount)).toEqual([RECORDS, RECORDS, RECORDS]);
    const seen = items.map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected);
    // The 101st record, out of reach before lists had cursors.
    expect(seen[100]).toBe(expected[100]);
    // endCursor is the last edge's cursor, and any edge's cursor continues right after that edge.
    const [firstPage] = pages;
    expect(firstPage!.connection.pageInfo.endCursor).toBe(firstPage!.connection.edges.at(-1)!.cursor);
    const fromMiddle = await gqlOk(list.query(PAGE("", false)), { first: 3, after: firstPage!.connection.edges[9]!.cursor }, list.who);
    expect(nodes(fromMiddle[list.field]).map((n: any) => n.id)).toEqual(expected.slice(10, 13));
  });

  it("costs the same SQL statements per page for first=5 and first=100, on the first page and after a cursor", async () => {
    const ask = async (first: number, after: string | null, totalCount = true) => {
      const response = (await subgraphGql(list.subgraph, list.query(PAGE(list.nested, totalCount)), { first, after }, list.who)) as GraphQLResponse;
      expect(response.errors).toBeUndefined();
      const connection = response.data![list.field] as Connection;
      return { statements: response.extensions!.sqlStatements as number, connection };
    };
    const small = await ask(5, null);
    const large = await ask(100, null);
    expect(small.connection.edges).toHaveLength(5);
    expect(large.connection.edges).toHaveLength(100);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);

    const smallAfter = await ask(5, small.connection.pageInfo.endCursor);
    const largeAfter = await ask(100, small.connection.pageInfo.endCursor);
    expect(largeAfter.connection.edges).toHaveLength(100);
    expect(smallAfter.statements).toBe(small.statements);
    expect(largeAfter.statements).toBe(small.statements);

    // totalCount is counted only when asked for: one statement less without it.
    const uncounted = await ask(100, null, false);
    expect(uncounted.statements).toBe(small.statements - 1);
  });
});

describe("list arguments", () => {
  const INCIDENTS = `query($first: Int, $after: String, $p: DivisionPrefix) { policeIncidents(filter: { divisionPrefix: $p }, first: $first, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }`;
  const PETITIONS = `query($after: String) { petitions(filter: { divisionPrefix: "${DIVISION}" }, first: 2, after: $after) { edges { node { id } } } }`;

  function refused(result: GraphQLResponse, argument: string, pattern: RegExp) {
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0]!.message).toMatch(new RegExp(`^${argument}: `));
    expect(result.errors![0]!.message).toMatch(pattern);
    expect(result.data?.policeIncidents ?? null).toBeNull();
  }

  it("first outside 1 to 100 is BAD_USER_INPUT, saying the bounds and how to read on", async () => {
    for (const first of [0, -1, 101, 1000]) {
      refused(await gql(INCIDENTS, { first, p: DIVISION }, POLICE), "first", /from 1 to 100 .*after/);
    }
    // The default page is 20.
    const page = await gqlOk(INCIDENTS, { p: DIVISION }, POLICE);
    expect(page.policeIncidents.edges).toHaveLength(20);
  });

  it("an after that is not this list's cursor is BAD_USER_INPUT, and so is one of another filter", async () => {
    const page = await gqlOk(INCIDENTS, { first: 2, p: DIVISION }, POLICE);
    const cursor: string = page.policeIncidents.pageInfo.endCursor;
    for (const after of ["", "garbage", "e30.x", `${cursor}x`, `x${cursor}`, cursor.replace(/.$/, (c) => (c === "A" ? "B" : "A")), `${cursor}.extra`, "' or 1=1 --"]) {
      refused(await gql(INCIDENTS, { first: 2, after, p: DIVISION }, POLICE), "after", /is not a cursor of policeIncidents/);
    }
    // A cursor of one list means nothing to another.
    const petitions = await gqlOk(`{ petitions(filter: { divisionPrefix: "${DIVISION}" }, first: 1) { pageInfo { endCursor } } }`, undefined, BUREAU);
    refused(await gql(INCIDENTS, { first: 2, after: petitions.petitions.pageInfo.endCursor, p: DIVISION }, POLICE), "after", /is not a cursor of policeIncidents/);
    const fromIncidents = await gql(PETITIONS, { after: cursor }, BUREAU);
    expect(errorCode(fromIncidents)).toBe("BAD_USER_INPUT");
    // The filter changed: the cursor's position belongs to another result list.
    refused(await gql(INCIDENTS, { first: 2, after: cursor, p: "5304" }, POLICE), "after", /another filter/);
    // The same filter again continues.
    const next = await gqlOk(INCIDENTS, { first: 2, after: cursor, p: DIVISION }, POLICE);
    expect(next.policeIncidents.edges).toHaveLength(2);
  });
});

describe("lists ordered by text keys", () => {
  it("mediationCommittees (人民调解委员会) page by division code, name and id", async () => {
    const prefix = unique("华宁").slice(0, 10);
    // Names created out of their order, read three at a time: pages end between names of one division.
    const names = ["戊", "乙", "丙", "甲", "丁", "庚", "己"].map((n) => `${prefix}${n}人民调解委员会`);
    for (let i = 0; i < names.length; i++) {
      await gqlOk(`mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`, {
        input: { name: names[i], kind: "TOWNSHIP_STREET", divisionCode: DIVISION },
      }, CENTRE);
    }
    const expected = (
      await sql<{ id: string }>("mediation-center", `select id from mediation_committee where division_code = $1 order by division_code, name, id`, [DIVISION])
    ).map((r) => r.id);
    const { pages, items } = await everyPage<{ id: string }>(
      (after) => gql(`query($after: String) { mediationCommittees(divisionPrefix: "${DIVISION}", first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }`, { after }, CENTRE),
      (data) => data.mediationCommittees,
    );
    expect(items.map((c) => c.id)).toEqual(expected);
    expect(pages[0]!.connection.totalCount).toBe(expected.length);
    expect(expected.length).toBe(names.length);
    expect(pages.map((p) => p.connection.edges.length)).toEqual([3, 3, 1]);
  });
});
