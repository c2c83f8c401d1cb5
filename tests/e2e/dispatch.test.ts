import { describe, it, expect } from "vitest";
import { workingDaysDue } from "@hub/kit";
import { mediator as centreStaffOf, policeOfficer, type TestCaller } from "../support/callers.ts";
import { errorCode, gatewayUrl, gql, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { waitFor } from "../support/fault-hub.ts";
import { newResidentId, personParties } from "../support/people.ts";
import { nodes } from "../support/paging.ts";
import { referAndAccept, reportIncident, twoPeople } from "../support/records.ts";
import { unique } from "../support/values.ts";

// 派单、签收、退回、督办 (issue 12) through the real gateway and the mediation centre's real
// graphile-worker: disputes routed by the table in dispatch.rules.ts, signed for or returned by the
// committee's own staff, and missed sign-for clocks opening supervision items at the level above.
// Clocks are run out by moving a routing's due date into the past with SQL, then the worker's
// `supervision_check` task is queued for real (it also runs every minute by cron).

const SUBGRAPH = "mediation-center";
// The county centre's staff over the whole country; committees' staff are made per committee.
const CENTRE = centreStaffOf("", "县矛调中心-派单员e2e");

/** Staff of one committee: the centre knows them by the agency id committee-<id>. */
function staffOf(committee: { id: string }, county: string): TestCaller {
  return { subject: "调委会主任e2e", agencyId: `committee-${committee.id}`, agencyKind: "mediation-center", roles: ["mediator"], divisionScope: [county] };
}

const DISPATCH_FIELDS = `id attempt status level rule ruleText source dueAt remindedAt signedAt returnedAt returnReason escalatedAt createdAt overdue unifiedNumber committee { id name }`;
const DISPUTE = `query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber source mediationCases { id committee { id } } dispatches { ${DISPATCH_FIELDS} } } }`;
const REGISTER = `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id committee { id } } dispatches { ${DISPATCH_FIELDS} } } }`;
const CREATE_COMMITTEE = `mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id name kind divisionCode } }`;
const SIGN = `mutation($id: ID!) { signForDispatch(id: $id) { ${DISPATCH_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $reason: String) { returnDispatch(id: $id, reason: $reason) { ${DISPATCH_FIELDS} } }`;
const ITEM_FIELDS = `id clock unifiedNumber divisionCode missedDueAt responsibleAgency supervisingLevel supervisingAgency dueAt remindedAt status overdue openedAt closedAt closingNote
  comments { author text at } dispatch { id status } responsibleCommittee { id } supervisorCommittee { id }`;
const ITEMS = `query($status: SupervisionStatus) { supervisionItems(status: $status, first: 100) { edges { node { ${ITEM_FIELDS} } } } }`;
const COMMENT = `mutation($id: ID!, $text: String!) { commentSupervisionItem(id: $id, text: $text) { ${ITEM_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $note: String) { closeSupervisionItem(id: $id, note: $note) { ${ITEM_FIELDS} } }`;

async function committee(kind: "VILLAGE" | "TOWNSHIP_STREET" | "INDUSTRY", divisionCode: string, industry?: string) {
  const name = unique(kind === "VILLAGE" ? "村人民调解委员会" : kind === "TOWNSHIP_STREET" ? "镇人民调解委员会" : `${industry}人民调解委员会`);
  return (await gqlOk(CREATE_COMMITTEE, { input: { name, kind, divisionCode, industry: industry ?? null } }, CENTRE)).createMediationCommittee as { id: string; name: string };
}

async function register(divisionCode: string, overrides: Record<string, unknown> = {}) {
  const input = {
    disputeType: "NEIGHBOURHOOD",
    divisionCode,
    description: unique("邻居搭建围墙占用通道,双方争执"),
    source: "WALK_IN",
    parties: personParties([{ id: newResidentId(divisionCode.slice(0, 6)), name: "张三" }, { id: newResidentId(divisionCode.slice(0, 6)), name: "李四" }]),
    ...overrides,
  };
  return (await gqlOk(REGISTER, { input }, CENTRE)).registerDispute;
}

async function dispatchesOf(unifiedNumber: string): Promise<any[]> {
  return (await gqlOk(DISPUTE, { n: unifiedNumber }, CENTRE)).dispute.dispatches;
}

/** Every column of a dispute's routings and of its mediation case, to show that a refusal wrote nothing. */
async function footprint(unifiedNumber: string) {
  return {
    dispatches: await sql(SUBGRAPH, `select * from "dispatch" where "unified_number" = $1 order by "attempt"`, [unifiedNumber]),
    cases: await sql(SUBGRAPH, `select "id", "committee_id", "version" from "mediation_case" where "unified_number" = $1`, [unifiedNumber]),
    items: await sql(SUBGRAPH, `select * from "supervision_item" where "unified_number" = $1 order by "opened_at"`, [unifiedNumber]),
  };
}

/** Runs a call that must be refused with `code` and checks that the dispute's rows did not change. */
async function refused(code: string, unifiedNumber: string, query: string, variables: Record<string, unknown>, who: TestCaller): Promise<GraphQLResponse> {
  const before = await footprint(unifiedNumber);
  const result = await gql(query, variables, who);
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  expect(await footprint(unifiedNumber), "the refused call wrote rows").toEqual(before);
  return result;
}

/** Runs a routing's sign-for clock out: its due date a minute in the past. */
async function runOut(dispatchId: string): Promise<void> {
  await sql(SUBGRAPH, `update "dispatch" set "due_at" = now() - interval '1 minute' where "id" = $1`, [dispatchId]);
}

/** Queues the worker's 督办 check now, as its cron does every minute. */
async function queueSupervisionCheck(): Promise<void> {
  await sql(SUBGRAPH, `select graphile_worker.add_job('supervision_check')`);
}

async function untilDispatches(unifiedNumber: string, done: (dispatches: any[]) => boolean): Promise<any[]> {
  return waitFor(`the routings of ${unifiedNumber}`, () => dispatchesOf(unifiedNumber), done, { timeoutMs: 20_000, intervalMs: 250 });
}

async function itemsOf(unifiedNumber: string, who: TestCaller = CENTRE): Promise<any[]> {
  return nodes((await gqlOk(ITEMS, { status: null }, who)).supervisionItems)
    .filter((item: any) => item.unifiedNumber === unifiedNumber)
    .sort((a: any, b: any) => a.openedAt.localeCompare(b.openedAt));
}

describe("派单: the routing table", () => {
  // 通海县: a village with its own committee, a village without one in the same township, a township
  // without any committee, and a county labour committee.
  const COUNTY = "530423";
  const TOWNSHIP = `${COUNTY}101`;
  const VILLAGE = `${TOWNSHIP}001`;

  it("routes by territory (village, else township, else the county centre) and by type (industry committees), recording each rule", async () => {
    const village = await committee("VILLAGE", VILLAGE);
    const township = await committee("TOWNSHIP_STREET", TOWNSHIP);
    const labour = await committee("INDUSTRY", COUNTY, "劳动争议");

    const atVillage = await register(VILLAGE);
    expect(atVillage.dispatches).toHaveLength(1);
    expect(atVillage.dispatches[0]).toMatchObject({ attempt: 1, status: "ASSIGNED", level: "VILLAGE", rule: "VILLAGE", ruleText: "按属地: 村(居)调委会", source: "WALK_IN", committee: { id: village.id } });
    const otherVillage = await register(`${TOWNSHIP}002`);
    expect(otherVillage.dispatches[0]).toMatchObject({ level: "TOWNSHIP", rule: "TOWNSHIP", ruleText: "按属地: 乡镇(街道)调委会", committee: { id: township.id } });
    const otherTownship = await register(`${COUNTY}102001`);
    expect(otherTownship.dispatches[0]).toMatchObject({ level: "COUNTY", rule: "COUNTY", ruleText: "兜底: 县(区)矛调中心", committee: null });
    const wages = await register(VILLAGE, { disputeType: "MIGRANT_WORKER_WAGES" });
    expect(wages.dispatches[0]).toMatchObject({ level: "INDUSTRY", rule: "INDUSTRY", ruleText: "按类型: 行业性专业性调委会", committee: { id: labour.id } });
    // An industry type whose committee the county does not have goes by territory.
    const medical = await register(VILLAGE, { disputeType: "MEDICAL" });
    expect(medical.dispatches[0]).toMatchObject({ rule: "VILLAGE", committee: { id: village.id } });

    // The rule is recorded on the row, not derived when read.
    const rows = await sql(SUBGRAPH, `select "unified_number", "rule", "rule_text", "committee_id", "status" from "dispatch" where "unified_number" = any($1) order by "created_at"`, [
      [atVillage, otherVillage, otherTownship, wages, medical].map((d) => d.unifiedNumber),
    ]);
    expect(rows.map((r) => [r.rule, r.committee_id, r.status])).toEqual([
      ["VILLAGE", village.id, "ASSIGNED"], ["TOWNSHIP", township.id, "ASSIGNED"], ["COUNTY", null, "ASSIGNED"], ["INDUSTRY", labour.id, "ASSIGNED"], ["VILLAGE", village.id, "ASSIGNED"],
    ]);
    // The sign-for clock: one working day for the desk, end of that China day.
    const first = atVillage.dispatches[0];
    expect(new Date(first.dueAt).toISOString()).toBe(workingDaysDue(new Date(first.createdAt), 1).toISOString());
  });

  it("sends a dispute of a county without any committee to the county centre (兜底)", async () => {
    // 昆明市官渡区: no test creates a committee there.
    const dispute = await register("530111101001", { disputeType: "LABOUR" });
    expect(dispute.dispatches.map((d: any) => [d.level, d.rule, d.committee])).toEqual([["COUNTY", "COUNTY", null]]);
  });

  it("routes an online application (在线申请) like any other door, with the two working days online applications get", async () => {
    const village = await committee("VILLAGE", `${COUNTY}103001`);
    const facts = unique("网上申请围墙纠纷");
    const response = await fetch(gatewayUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
      body: JSON.stringify({
        query: `mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { unifiedNumber } }`,
        variables: {
          input: {
            disputeType: "NEIGHBOURHOOD", divisionCode: `${COUNTY}103001`, facts, request: "请求调解,拆除围墙",
            parties: [{ role: "APPLICANT", kind: "PERSON", name: "王五", idNumber: newResidentId(COUNTY), phone: "13812345678" }, { role: "RESPONDENT", kind: "PERSON", name: "赵六", idNumber: newResidentId(COUNTY) }],
          },
        },
      }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors).toBeUndefined();
    const [dispatch] = await dispatchesOf(body.data.applyForMediation.unifiedNumber);
    expect(dispatch).toMatchObject({ source: "ONLINE", rule: "VILLAGE", committee: { id: village.id }, status: "ASSIGNED" });
    expect(new Date(dispatch.dueAt).toISOString()).toBe(workingDaysDue(new Date(dispatch.createdAt), 2).toISOString());
  });
});

describe("派单 by a person (人工派单) and from a handoff", () => {
  // 峨山县.
  const COUNTY = "530426";
  const VILLAGE = `${COUNTY}101001`;

  it("a police handoff (警调对接) accepted by the centre is routed to the village committee with the POLICE sign-for limit", async () => {
    const village = await committee("VILLAGE", VILLAGE);
    const police = policeOfficer(COUNTY);
    const incident = await reportIncident(police, VILLAGE, twoPeople(COUNTY));
    const { caseId } = await referAndAccept(police, CENTRE, incident.id);
    const [row] = await sql(SUBGRAPH, `select "unified_number" from "dispatch" where "mediation_case_id" = $1`, [caseId]);
    const [dispatch] = await dispatchesOf(row.unified_number);
    expect(dispatch).toMatchObject({ source: "POLICE", level: "VILLAGE", rule: "VILLAGE", committee: { id: village.id }, status: "ASSIGNED" });
    expect(new Date(dispatch.dueAt).toISOString()).toBe(workingDaysDue(new Date(dispatch.createdAt), 1).toISOString());
  });

  it("a person routes a dispute to a committee of the territory, replacing the waiting routing; one outside the territory is refused", async () => {
    const village = await committee("VILLAGE", `${COUNTY}103001`);
    const township = await committee("TOWNSHIP_STREET", `${COUNTY}103`);
    const elsewhere = await committee("TOWNSHIP_STREET", "530427101");
    const dispute = await register(`${COUNTY}103001`);
    const DISPATCH = `mutation($n: String!, $c: ID!) { dispatchDispute(unifiedNumber: $n, committeeId: $c) { ${DISPATCH_FIELDS} } }`;

    const outside = await refused("BAD_USER_INPUT", dispute.unifiedNumber, DISPATCH, { n: dispute.unifiedNumber, c: elsewhere.id }, CENTRE);
    expect(outside.errors![0]!.extensions!.field).toBe("committeeId");
    expect(outside.errors![0]!.message).toContain("choose a committee whose territory holds the dispute");

    const chosen = (await gqlOk(DISPATCH, { n: dispute.unifiedNumber, c: township.id }, CENTRE)).dispatchDispute;
    expect(chosen).toMatchObject({ attempt: 2, rule: "DESK", level: "TOWNSHIP", status: "ASSIGNED", committee: { id: township.id } });
    const all = await dispatchesOf(dispute.unifiedNumber);
    expect(all.map((d) => [d.status, d.committee.id])).toEqual([["RETURNED", village.id], ["ASSIGNED", township.id]]);
    expect(all[0].returnReason).toBe(`人工改派: ${township.name}`);
  });

  it("a missed clock never sends the dispute back up to a committee that already had it", async () => {
    // The desk chose the township; it returned it to the village, whose clock then ran out.
    const township = await committee("TOWNSHIP_STREET", `${COUNTY}102`);
    const village = await committee("VILLAGE", `${COUNTY}102001`);
    const dispute = await register(`${COUNTY}102001`, { committeeId: township.id });
    expect(dispute.dispatches[0]).toMatchObject({ rule: "DESK", committee: { id: township.id } });
    expect(dispute.mediationCases[0].committee).toEqual({ id: township.id });
    const returned = (await gqlOk(RETURN, { id: dispute.dispatches[0].id, reason: "应由村调委会先行调解" }, staffOf(township, COUNTY))).returnDispatch;
    expect(returned.committee).toEqual({ id: village.id, name: village.name });
    // The desk had opened the case for the township; returning the dispute lets the case go too.
    const caseCommittee = async () => (await sql(SUBGRAPH, `select "committee_id" from "mediation_case" where "id" = $1`, [dispute.mediationCases[0].id]))[0].committee_id;
    expect(await caseCommittee()).toBeNull();
    await runOut(returned.id);
    await queueSupervisionCheck();
    const all = await untilDispatches(dispute.unifiedNumber, (ds) => ds.length === 3);
    expect(all.map((d) => [d.status, d.level, d.committee?.id ?? null])).toEqual([
      ["RETURNED", "TOWNSHIP", township.id],
      ["ESCALATED", "VILLAGE", village.id],
      ["ASSIGNED", "COUNTY", null],
    ]);
    // The county centre signs and a mediator of any committee can take the case.
    await gqlOk(SIGN, { id: all[2].id }, CENTRE);
    expect(await caseCommittee()).toBeNull();
    const mediator = (await gqlOk(`mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`, {
      input: { committeeId: village.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["NEIGHBOURHOOD"] },
    }, CENTRE)).appointMediator;
    const accepted = (await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { status committee { id } } }`, { id: dispute.mediationCases[0].id, m: mediator.id }, CENTRE)).acceptMediationCase;
    expect(accepted).toEqual({ status: "ACCEPTED", committee: { id: village.id } });
  });
});

describe("签收 and 退回", () => {
  // 元江县 (no other test file uses it: their lists of committees stay theirs).
  const COUNTY = "530428";
  const TOWNSHIP = `${COUNTY}102`;
  const VILLAGE = `${TOWNSHIP}001`;
  let village: { id: string; name: string };
  let township: { id: string; name: string };
  const ready = (async () => {
    village = await committee("VILLAGE", VILLAGE);
    township = await committee("TOWNSHIP_STREET", TOWNSHIP);
  })();

  it("the assigned committee signs for it and its mediation case joins the committee; signing again is refused", async () => {
    await ready;
    const dispute = await register(VILLAGE);
    const [dispatch] = dispute.dispatches;
    expect(dispute.mediationCases[0].committee).toBeNull();

    const signed = (await gqlOk(SIGN, { id: dispatch.id }, staffOf(village, COUNTY))).signForDispatch;
    expect(signed).toMatchObject({ id: dispatch.id, status: "SIGNED", committee: { id: village.id } });
    expect(signed.signedAt).not.toBeNull();
    const after = (await gqlOk(DISPUTE, { n: dispute.unifiedNumber }, CENTRE)).dispute;
    expect(after.mediationCases[0].committee).toEqual({ id: village.id });
    const [row] = await sql(SUBGRAPH, `select "committee_id" from "mediation_case" where "id" = $1`, [dispute.mediationCases[0].id]);
    expect(row.committee_id).toBe(village.id);

    const twice = await refused("CONFLICT", dispute.unifiedNumber, SIGN, { id: dispatch.id }, staffOf(village, COUNTY));
    expect(twice.errors![0]!.message).toContain("already signed for (已签收)");
  });

  it("refuses another committee signing, a return without a reason, and a caller outside the territory, writing nothing", async () => {
    await ready;
    const dispute = await register(VILLAGE);
    const [dispatch] = dispute.dispatches;

    const other = await refused("FORBIDDEN", dispute.unifiedNumber, SIGN, { id: dispatch.id }, staffOf(township, COUNTY));
    expect(other.errors![0]!.message).toContain(`assigned to committee ${village.id}`);
    expect(other.errors![0]!.message).toContain(`you act for committee ${township.id}`);
    // The county centre's own staff do not sign for a village committee either.
    await refused("FORBIDDEN", dispute.unifiedNumber, SIGN, { id: dispatch.id }, CENTRE);

    for (const reason of [null, "", "   "]) {
      const noReason = await refused("BAD_USER_INPUT", dispute.unifiedNumber, RETURN, { id: dispatch.id, reason }, staffOf(village, COUNTY));
      expect(noReason.errors![0]!.extensions!.field).toBe("reason");
      expect(noReason.errors![0]!.message).toContain("must not be empty");
    }
    // The village committee's staff, but signed in for another county.
    const outside = await refused("FORBIDDEN", dispute.unifiedNumber, SIGN, { id: dispatch.id }, staffOf(village, "530402"));
    expect(outside.errors![0]!.message).toMatch(/scope|530402/);
    expect((await dispatchesOf(dispute.unifiedNumber)).map((d) => d.status)).toEqual(["ASSIGNED"]);
  });

  it("a return with a reason routes it again, never to a committee that already had it, ending at the county centre", async () => {
    await ready;
    const dispute = await register(VILLAGE);
    const [first] = dispute.dispatches;

    const second = (await gqlOk(RETURN, { id: first.id, reason: "当事人均不在本村居住" }, staffOf(village, COUNTY))).returnDispatch;
    expect(second).toMatchObject({ attempt: 2, status: "ASSIGNED", level: "TOWNSHIP", rule: "RETURN", committee: { id: township.id } });
    expect(second.ruleText).toBe("退回后重新派单 (按属地: 乡镇(街道)调委会)");
    const third = (await gqlOk(RETURN, { id: second.id, reason: "涉及县级部门,本镇无法调处" }, staffOf(township, COUNTY))).returnDispatch;
    expect(third).toMatchObject({ attempt: 3, level: "COUNTY", rule: "RETURN", committee: null });

    const all = await dispatchesOf(dispute.unifiedNumber);
    expect(all.map((d) => [d.attempt, d.status, d.committee?.id ?? null, d.returnReason])).toEqual([
      [1, "RETURNED", village.id, "当事人均不在本村居住"],
      [2, "RETURNED", township.id, "涉及县级部门,本镇无法调处"],
      [3, "ASSIGNED", null, null],
    ]);
    // The county centre is the last level: its staff decide in person, they cannot return it.
    const last = await refused("CONFLICT", dispute.unifiedNumber, RETURN, { id: third.id, reason: "无法处理" }, CENTRE);
    expect(last.errors![0]!.message).toContain("兜底");
    const stale = await refused("CONFLICT", dispute.unifiedNumber, SIGN, { id: first.id }, staffOf(village, COUNTY));
    expect(stale.errors![0]!.message).toContain("the dispute's newest routing is the one to act on");
    // And it can be signed for there.
    expect((await gqlOk(SIGN, { id: third.id }, CENTRE)).signForDispatch.status).toBe("SIGNED");
  });
});

describe("受理 settles the routing", () => {
  // 新平县.
  const COUNTY = "530427";
  const VILLAGE = `${COUNTY}105001`;
  const APPOINT = `mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`;
  const ACCEPT = `mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { status committee { id } } }`;
  const appoint = async (committeeId: string) =>
    (await gqlOk(APPOINT, { input: { committeeId, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["NEIGHBOURHOOD"] } }, CENTRE)).appointMediator.id as string;

  it("a committee that accepts the case has signed for it, and an accepted case's clock does not escalate", async () => {
    const village = await committee("VILLAGE", VILLAGE);
    const township = await committee("TOWNSHIP_STREET", `${COUNTY}105`);
    const own = await register(VILLAGE);
    await gqlOk(ACCEPT, { id: own.mediationCases[0].id, m: await appoint(village.id) }, CENTRE);
    // Another committee's mediator takes the other one: a person decided, the village is let off.
    const other = await register(VILLAGE);
    await gqlOk(ACCEPT, { id: other.mediationCases[0].id, m: await appoint(township.id) }, CENTRE);

    const [signed] = await dispatchesOf(own.unifiedNumber);
    expect(signed).toMatchObject({ status: "SIGNED", committee: { id: village.id } });
    expect(signed.signedAt).not.toBeNull();
    const [moved] = await dispatchesOf(other.unifiedNumber);
    expect(moved).toMatchObject({ status: "RETURNED", returnReason: `人工改派: 由 ${township.name} 受理` });

    // Their old due dates pass: nothing waits, so the check opens nothing.
    await runOut(signed.id);
    await runOut(moved.id);
    const probe = await register(VILLAGE);
    await runOut(probe.dispatches[0].id);
    await queueSupervisionCheck();
    await untilDispatches(probe.unifiedNumber, (ds) => ds.length === 2);
    expect(await dispatchesOf(own.unifiedNumber)).toHaveLength(1);
    expect(await dispatchesOf(other.unifiedNumber)).toHaveLength(1);
    expect(await itemsOf(own.unifiedNumber)).toEqual([]);
  });

  it("refuses to route again a dispute whose case a committee already accepted, writing nothing", async () => {
    const village = await committee("VILLAGE", `${COUNTY}106001`);
    const township = await committee("TOWNSHIP_STREET", `${COUNTY}106`);
    const dispute = await register(`${COUNTY}106001`);
    await gqlOk(ACCEPT, { id: dispute.mediationCases[0].id, m: await appoint(village.id) }, CENTRE);
    const DISPATCH = `mutation($n: String!, $c: ID!) { dispatchDispute(unifiedNumber: $n, committeeId: $c) { id } }`;
    const late = await refused("CONFLICT", dispute.unifiedNumber, DISPATCH, { n: dispute.unifiedNumber, c: township.id }, CENTRE);
    expect(late.errors![0]!.message).toContain("ACCEPTED");
  });
});

describe("督办: missed sign-for clocks", () => {
  // 澄江市 (no other test file uses it).
  const COUNTY = "530481";
  const TOWNSHIP = `${COUNTY}103`;
  const VILLAGE = `${TOWNSHIP}001`;
  let village: { id: string; name: string };
  let township: { id: string; name: string };
  const ready = (async () => {
    village = await committee("VILLAGE", VILLAGE);
    township = await committee("TOWNSHIP_STREET", TOWNSHIP);
  })();

  /** A dispute routed to the village committee whose clock ran out and went to the township. */
  async function escalatedToTownship() {
    const dispute = await register(VILLAGE);
    await runOut(dispute.dispatches[0].id);
    await queueSupervisionCheck();
    const dispatches = await untilDispatches(dispute.unifiedNumber, (ds) => ds.length === 2);
    return { dispute, dispatches };
  }

  it("a missed clock sends the dispute to the township and opens a supervision item there with the clock, the responsible agency and a due date", async () => {
    await ready;
    const { dispute, dispatches } = await escalatedToTownship();
    const [missed, next] = dispatches;
    expect(missed).toMatchObject({ status: "ESCALATED", committee: { id: village.id } });
    expect(missed.escalatedAt).not.toBeNull();
    expect(next).toMatchObject({ attempt: 2, status: "ASSIGNED", level: "TOWNSHIP", rule: "ESCALATION", committee: { id: township.id } });
    expect(next.ruleText).toBe("逾期未签收: 上提一级 (按属地: 乡镇(街道)调委会)");
    // The village signing late is told where the dispute went, and changes nothing.
    const late = await refused("CONFLICT", dispute.unifiedNumber, SIGN, { id: missed.id }, staffOf(village, COUNTY));
    expect(late.errors![0]!.message).toContain("went a level up");

    const [item] = await itemsOf(dispute.unifiedNumber);
    expect(item).toMatchObject({
      clock: "SIGN_FOR", status: "OPEN", overdue: false,
      responsibleAgency: village.name, responsibleCommittee: { id: village.id },
      supervisingLevel: "TOWNSHIP", supervisingAgency: township.name, supervisorCommittee: { id: township.id },
      dueAt: next.dueAt, missedDueAt: missed.dueAt, dispatch: { id: missed.id, status: "ESCALATED" },
    });
    expect(new Date(item.dueAt).getTime()).toBeGreaterThan(Date.now());

    // The township signs for it: no further escalation, the item stays for the supervisor to close.
    await gqlOk(SIGN, { id: next.id }, staffOf(township, COUNTY));
    await queueSupervisionCheck();
    expect((await itemsOf(dispute.unifiedNumber)).map((i) => i.status)).toEqual(["OPEN"]);
  });

  it("supervisors list, comment on and close items; a closed item takes nothing more, and a close needs a note", async () => {
    await ready;
    const { dispute } = await escalatedToTownship();
    const [item] = await itemsOf(dispute.unifiedNumber);
    const open = nodes((await gqlOk(ITEMS, { status: "OPEN" }, CENTRE)).supervisionItems).map((i: any) => i.id);
    expect(open).toContain(item.id);
    // A supervisor of another county does not see it.
    const elsewhere = nodes((await gqlOk(ITEMS, { status: null }, centreStaffOf("530402"))).supervisionItems).map((i: any) => i.id);
    expect(elsewhere).not.toContain(item.id);

    const commented = (await gqlOk(COMMENT, { id: item.id, text: "请今日内签收并联系当事人" }, CENTRE)).commentSupervisionItem;
    expect(commented.comments).toEqual([{ author: `${CENTRE.agencyId}/${CENTRE.subject}`, text: "请今日内签收并联系当事人", at: expect.any(String) }]);
    expect((await sql(SUBGRAPH, `select "comments" from "supervision_item" where "id" = $1`, [item.id]))[0].comments).toHaveLength(1);

    const noNote = await refused("BAD_USER_INPUT", dispute.unifiedNumber, CLOSE, { id: item.id, note: null }, CENTRE);
    expect(noNote.errors![0]!.extensions!.field).toBe("note");
    await refused("FORBIDDEN", dispute.unifiedNumber, COMMENT, { id: item.id, text: "越权意见" }, centreStaffOf("530402"));

    // The committee that missed the clock does not supervise itself.
    const itself = await refused("FORBIDDEN", dispute.unifiedNumber, CLOSE, { id: item.id, note: "已处理" }, staffOf(village, COUNTY));
    expect(itself.errors![0]!.message).toContain("督办单位");
    // The supervising committee's own staff may comment.
    await gqlOk(COMMENT, { id: item.id, text: "已电话联系村调委会" }, staffOf(township, COUNTY));

    const closed = (await gqlOk(CLOSE, { id: item.id, note: "镇调委会已签收" }, CENTRE)).closeSupervisionItem;
    expect(closed).toMatchObject({ status: "CLOSED", closingNote: "镇调委会已签收", overdue: false });
    expect(closed.closedAt).not.toBeNull();
    const again = await refused("CONFLICT", dispute.unifiedNumber, COMMENT, { id: item.id, text: "再次督办" }, CENTRE);
    expect(again.errors![0]!.message).toContain("CLOSED");
    expect((await gqlOk(ITEMS, { status: "OPEN" }, CENTRE)).supervisionItems.edges.map((e: any) => e.node.id)).not.toContain(item.id);
  });

  it("an item its supervisor ignores escalates: the township's missed clock goes to the county centre with a new item", async () => {
    await ready;
    const { dispute, dispatches } = await escalatedToTownship();
    await runOut(dispatches[1].id);
    await queueSupervisionCheck();
    const all = await untilDispatches(dispute.unifiedNumber, (ds) => ds.length === 3);
    expect(all.map((d) => [d.status, d.level, d.rule, d.committee?.id ?? null])).toEqual([
      ["ESCALATED", "VILLAGE", "VILLAGE", village.id],
      ["ESCALATED", "TOWNSHIP", "ESCALATION", township.id],
      ["ASSIGNED", "COUNTY", "ESCALATION", null],
    ]);
    const [first, second] = await itemsOf(dispute.unifiedNumber);
    expect(first).toMatchObject({ status: "ESCALATED", supervisingAgency: township.name });
    expect(second).toMatchObject({ status: "OPEN", responsibleAgency: township.name, supervisingLevel: "COUNTY", supervisingAgency: "县(区)矛调中心", supervisorCommittee: null, dueAt: all[2].dueAt });
    const [row] = await sql(SUBGRAPH, `select "escalated_from_id" from "supervision_item" where "id" = $1`, [second.id]);
    expect(row.escalated_from_id).toBe(first.id);

    // At the county centre there is no level above: a missed clock stays with it, nothing new opens.
    await runOut(all[2].id);
    await queueSupervisionCheck();
    await waitFor("the county's clock showing as overdue", () => dispatchesOf(dispute.unifiedNumber), (ds) => ds[2].overdue === true, { timeoutMs: 5_000, intervalMs: 250 });
    const [later] = await sql(SUBGRAPH, `select count(*)::int as n from "dispatch" where "unified_number" = $1`, [dispute.unifiedNumber]);
    expect(later.n).toBe(3);
  });

  it("checks running at the same time (the cron and a queued one) escalate a missed clock once", async () => {
    await ready;
    const dispute = await register(VILLAGE);
    await runOut(dispute.dispatches[0].id);
    await Promise.all([queueSupervisionCheck(), queueSupervisionCheck(), queueSupervisionCheck()]);
    await untilDispatches(dispute.unifiedNumber, (ds) => ds.length >= 2);
    // Let the other queued checks finish before counting.
    await waitFor("the queued checks", () => sql(SUBGRAPH, `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'supervision_check' and attempts = 0`), (rows) => rows[0].n === 0, { timeoutMs: 20_000, intervalMs: 250 });
    expect(await dispatchesOf(dispute.unifiedNumber)).toHaveLength(2);
    expect(await itemsOf(dispute.unifiedNumber)).toHaveLength(1);
  });

  it("records a reminder one working day before a clock runs out, and none for a clock further away", async () => {
    await ready;
    const soon = await register(VILLAGE);
    const later = await register(VILLAGE);
    await sql(SUBGRAPH, `update "dispatch" set "due_at" = now() + interval '1 hour' where "id" = $1`, [soon.dispatches[0].id]);
    // Ten working days away: far more than one working day, whatever the holidays.
    await sql(SUBGRAPH, `update "dispatch" set "due_at" = $2 where "id" = $1`, [later.dispatches[0].id, workingDaysDue(new Date(), 10)]);
    await queueSupervisionCheck();
    const [reminded] = await untilDispatches(soon.unifiedNumber, (ds) => ds[0].remindedAt != null);
    expect(reminded.status).toBe("ASSIGNED");
    // Both were looked at by the same check (one transaction), so the other one was judged too.
    expect((await dispatchesOf(later.unifiedNumber))[0]).toMatchObject({ status: "ASSIGNED", remindedAt: null });
    expect(await itemsOf(soon.unifiedNumber)).toEqual([]);
  });

  it("reminds the supervisor of an item one working day before the item's own limit", async () => {
    await ready;
    const { dispute } = await escalatedToTownship();
    const [item] = await itemsOf(dispute.unifiedNumber);
    expect(item.remindedAt).toBeNull();
    await sql(SUBGRAPH, `update "supervision_item" set "due_at" = now() + interval '1 hour' where "id" = $1`, [item.id]);
    await queueSupervisionCheck();
    const [reminded] = await waitFor("the item's reminder", () => itemsOf(dispute.unifiedNumber), (items) => items[0].remindedAt != null, { timeoutMs: 20_000, intervalMs: 250 });
    expect(reminded.status).toBe("OPEN");
  });
});
