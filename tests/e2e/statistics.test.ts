import { beforeAll, describe, expect, it } from "vitest";
import { auditor, courtClerk, jointMeeting, petitionClerk, policeOfficer } from "../support/callers.ts";
import { errorCode, gql, gqlOk, subgraphGql, type Who } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { eventually } from "../support/eventually.ts";
import { personParties } from "../support/people.ts";
import { registerPetition, reportIncident, twoPeople } from "../support/records.ts";
import { unique } from "../support/values.ts";

// 统计分析 and 预警研判 through the gateway, counted from the mediation centre's case index. The
// e2e hub is shared by every test file, so this file works in divisions no other file uses:
// 兰州市 (6201: 城关区 620102 and 七里河区 620103) for statistics, 金川区 (620302) for the warning.
// Cases are written through each channel's API; 环比/同比 cases are backdated in the index rows
// once the index holds them (as tests/e2e/handoff-mediation-center.test.ts backdates rows).

const CITY = "6201";
const A = "620102";
const B = "620103";
const W = "620302";
const CENTRE = "mediation-center";
const DAY = 86_400_000;
const CST = 8 * 3_600_000;

/** Midnight in China at the start of month `offset` months from the current China month. */
function monthStart(offset: number): Date {
  const local = new Date(Date.now() + CST);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1) - CST);
}
function monthLabel(offset: number): string {
  const local = new Date(monthStart(offset).getTime() + CST);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
}
const MONTH = monthLabel(0);
/** Today in China, YYYY-MM-DD. */
const TODAY = new Date(Date.now() + CST).toISOString().slice(0, 10);

const STATS = `query($filter: CaseStatisticsFilter!, $groupBy: [StatisticsGroup!]) {
  caseStatistics(filter: $filter, groupBy: $groupBy) {
    period { label from to } previousPeriod { label } yearEarlier { label }
    groups { division divisionName disputeType channel month
      current { ...F } previousPeriod { ...F } yearEarlier { ...F } } } }
  fragment F on CaseFigures { received concluded succeeded successRate amountInvolved partiesInvolved openNow overdueNow onTimeRate }`;

const ZERO = { received: 0, concluded: 0, succeeded: 0, successRate: null, amountInvolved: "0.00", partiesInvolved: 0, openNow: 0, overdueNow: 0, onTimeRate: null };

async function stats(filter: Record<string, unknown>, groupBy: string[], who: Who = jointMeeting(CITY)) {
  return (await gqlOk(STATS, { filter, groupBy }, who)).caseStatistics;
}

/** Waits until the index holds each case (and, when asked, passes `condition` on its row). */
async function indexed(ids: string[], condition = "true"): Promise<void> {
  await eventually(async () => {
    const rows = await sql(CENTRE, `select count(*)::int as n from indexed_case where case_id = any($1::uuid[]) and ${condition}`, [ids]);
    expect(rows[0].n).toBe(ids.length);
  }, { within: 15_000, every: 100 });
}

async function backdate(id: string, fields: { openedAt: Date; concludedAt?: Date; succeeded?: boolean; deadlineAt?: Date }): Promise<void> {
  await sql(CENTRE, `update indexed_case set opened_at = $2, concluded_at = $3, succeeded = $4, deadline_at = $5, due_at = null where case_id = $1::uuid`, [
    id, fields.openedAt, fields.concludedAt ?? null, fields.succeeded ?? null, fields.deadlineAt ?? null,
  ]);
}

async function refer(division: string, amount: string) {
  const clerk = courtClerk(division);
  const people = twoPeople(division);
  const referral = (
    await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
      input: {
        kind: "DELEGATED", court: "兰州市城关区人民法院", divisionCode: division, judge: "李文", disputeType: "CONTRACT", amount,
        summary: `货款纠纷 ${unique("统计")}`, parties: personParties(people),
      },
    }, clerk)
  ).referCaseToMediation;
  return referral.id as string;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  // 城关区: two court referrals (one mediated to success now, on time) and a petition this month.
  ids.r1 = await refer(A, "35000.00");
  ids.r2 = await refer(A, "1000.50");
  ids.r3 = await refer(A, "200.00");
  ids.p1 = (await registerPetition(petitionClerk(A), A, twoPeople(A))).id;
  // 七里河区: a 110 incident this month, another backdated a year.
  ids.i1 = (await reportIncident(policeOfficer(B), B)).id;
  ids.i2 = (await reportIncident(policeOfficer(B), B)).id;
  // The index must have seen r1's pending deadline before it concludes (the on-time rate uses it).
  await indexed(Object.values(ids));
  await indexed([ids.r1], "deadline_at is not null");
  const clerk = courtClerk(A);
  await gqlOk(`mutation($id: ID!) { startReferralMediation(id: $id, mediationOrganisation: "城关区人民调解委员会") { id } }`, { id: ids.r1 }, clerk);
  await gqlOk(`mutation($id: ID!) { recordReferralSuccess(id: $id, result: { resultSummary: "双方达成还款协议", agreedAmount: "30000.00" }) { status } }`, { id: ids.r1 }, clerk);
  await indexed([ids.r1], "concluded_at is not null and succeeded");

  // 环比: r3 received mid last month and concluded (not successfully) within its deadline.
  const lastMonth = new Date(monthStart(-1).getTime() + 10 * DAY);
  await backdate(ids.r3, { openedAt: lastMonth, concludedAt: new Date(lastMonth.getTime() + DAY), succeeded: false, deadlineAt: new Date(lastMonth.getTime() + 30 * DAY) });
  // 同比: i2 received a year ago and concluded with success, a day late.
  const yearAgo = new Date(monthStart(-12).getTime() + 5 * DAY);
  await backdate(ids.i2, { openedAt: yearAgo, concludedAt: new Date(yearAgo.getTime() + 2 * DAY), succeeded: true, deadlineAt: new Date(yearAgo.getTime() + DAY) });
  // r2 is open and past its deadline now (超期).
  await sql(CENTRE, `update indexed_case set due_at = now() - interval '1 day', deadline_at = now() - interval '1 day' where case_id = $1::uuid`, [ids.r2]);
}, 120_000);

describe("caseStatistics", () => {
  it("counts each county's figures, with 环比 and 同比", async () => {
    const result = await stats({ division: CITY, period: MONTH }, ["DIVISION"]);
    expect(result.period.label).toBe(MONTH);
    expect(result.previousPeriod.label).toBe(monthLabel(-1));
    expect(result.yearEarlier.label).toBe(monthLabel(-12));
    expect(new Date(result.period.from).toISOString()).toBe(monthStart(0).toISOString());
    expect(result.groups).toEqual([
      {
        division: A, divisionName: "城关区", disputeType: null, channel: null, month: null,
        current: { received: 3, concluded: 1, succeeded: 1, successRate: 1, amountInvolved: "36000.50", partiesInvolved: 5, openNow: 2, overdueNow: 1, onTimeRate: 1 },
        previousPeriod: { received: 1, concluded: 1, succeeded: 0, successRate: 0, amountInvolved: "200.00", partiesInvolved: 2, openNow: 0, overdueNow: 0, onTimeRate: 1 },
        yearEarlier: ZERO,
      },
      {
        division: B, divisionName: "七里河区", disputeType: null, channel: null, month: null,
        current: { ...ZERO, received: 1, partiesInvolved: 2, openNow: 1 },
        previousPeriod: ZERO,
        yearEarlier: { ...ZERO, received: 1, concluded: 1, succeeded: 1, successRate: 1, partiesInvolved: 2, onTimeRate: 0 },
      },
    ]);
  });

  it("groups by dispute type and channel, and by month, in one request each", async () => {
    const byType = await stats({ division: CITY, period: MONTH }, ["DISPUTE_TYPE", "CHANNEL"]);
    expect(byType.groups.map((g: any) => [g.disputeType, g.channel, g.current.received, g.previousPeriod.received, g.yearEarlier.received])).toEqual([
      ["CONTRACT", "COURT", 2, 1, 0],
      ["MIGRANT_WORKER_WAGES", "PETITION", 1, 0, 0],
      ["NEIGHBOURHOOD", "POLICE", 1, 0, 1],
    ]);
    // The previous month's and last year's cases are labelled with the current month they compare to.
    const byMonth = await stats({ division: CITY, period: MONTH }, ["MONTH"]);
    expect(byMonth.groups.map((g: any) => [g.month, g.current.received, g.previousPeriod.received, g.yearEarlier.received])).toEqual([[MONTH, 4, 1, 1]]);
    // A quarter or a date range counts the same cases; filters narrow them.
    const range = await stats({ division: A, from: `${MONTH}-01`, to: TODAY, disputeTypes: ["CONTRACT"] }, []);
    expect(range.groups).toHaveLength(1);
    expect(range.groups[0].current).toMatchObject({ received: 2, concluded: 1, amountInvolved: "36000.50" });
  });

  it("costs the same SQL statements for one group as for many (GROUP BY, not rows in JS)", async () => {
    const ask = async (division: string, groupBy: string[]) => {
      const response = await subgraphGql(CENTRE, STATS, { filter: { division, period: MONTH }, groupBy }, jointMeeting(CITY));
      expect(response.errors).toBeUndefined();
      return { statements: response.extensions!.sqlStatements as number, groups: response.data!.caseStatistics.groups.length as number };
    };
    const one = await ask(B, []);
    const many = await ask(CITY, ["DIVISION", "DISPUTE_TYPE", "CHANNEL", "MONTH"]);
    expect(one.groups).toBe(1);
    expect(many.groups).toBe(3);
    expect(one.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(one.statements);
  });

  it("shows an agency its own channel only, and refuses a division or channel outside the caller's", async () => {
    const court = await stats({ division: CITY, period: MONTH }, ["CHANNEL"], courtClerk(CITY));
    expect(court.groups.map((g: any) => [g.channel, g.current.received])).toEqual([["COURT", 2]]);

    const outside = await gql(STATS, { filter: { division: CITY, period: MONTH } }, jointMeeting(A));
    expect(errorCode(outside)).toBe("FORBIDDEN");
    expect(outside.errors![0]!.message).toMatch(/6201 is outside your division scope \(620102\)/);
    expect(errorCode(await gql(STATS, { filter: { division: B, period: MONTH } }, jointMeeting(A)))).toBe("FORBIDDEN");
    expect(errorCode(await gql(STATS, { filter: { division: CITY, period: MONTH } }, auditor(CITY)))).toBe("FORBIDDEN");
    const channel = await gql(STATS, { filter: { division: CITY, period: MONTH, channels: ["POLICE"] } }, courtClerk(CITY));
    expect(errorCode(channel)).toBe("FORBIDDEN");
    expect(channel.errors![0]!.message).toMatch(/own channel/);
  });

  it("counts by China time across a month boundary: 23:30 on the last day is in that month", async () => {
    const county = "620402";
    const late = (await reportIncident(policeOfficer(county), county)).id;
    const early = (await reportIncident(policeOfficer(county), county)).id;
    await indexed([late, early]);
    const boundary = monthStart(0);
    await backdate(late, { openedAt: new Date(boundary.getTime() - 30 * 60_000) }); // 23:30 China time, last day of last month
    await backdate(early, { openedAt: boundary }); // 00:00 China time, first day of this month
    const who = jointMeeting(county);
    const received = async (filter: Record<string, unknown>) => (await stats({ division: county, ...filter }, [], who)).groups[0].current.received;
    expect(await received({ period: monthLabel(-1) })).toBe(1);
    expect(await received({ period: MONTH })).toBe(1);
    const lastDay = new Date(boundary.getTime() - DAY + CST).toISOString().slice(0, 10);
    expect(await received({ from: lastDay, to: lastDay })).toBe(1);
  });

  it("learns from the channel when and how a case concluded: a 110 incident mediated and performed", async () => {
    const county = "620403";
    const police = policeOfficer(county);
    const incident = (await reportIncident(police, county)).id;
    await gqlOk(`mutation($id: ID!) { scheduleIncidentMediation(id: $id) { id } }`, { id: incident }, police);
    await indexed([incident], "deadline_at is not null and concluded_at is null");
    await gqlOk(`mutation($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { status } }`, {
      input: { incidentId: incident, heldAt: new Date().toISOString(), officer: "王警官", agreementReached: true, notes: "赔偿医药费 800 元" },
    }, police);
    await gqlOk(`mutation($id: ID!) { recordIncidentAgreementPerformance(id: $id, performed: true, note: "已当场履行") { status } }`, { id: incident }, police);
    await indexed([incident], "status = 'PERFORMED' and succeeded and concluded_at is not null");
    const figures = (await stats({ division: county, period: MONTH }, [], jointMeeting(county))).groups[0].current;
    expect(figures).toMatchObject({ received: 1, concluded: 1, succeeded: 1, successRate: 1, openNow: 0, onTimeRate: 1 });
  });

  it("refuses a malformed or backwards period with a message that says what to write", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ period: "2026-13" }, /filter.period: "2026-13" is not a month; write it as YYYY-MM/],
      [{ period: "2026-Q5" }, /filter.period: "2026-Q5" is not a period/],
      [{ period: "last month" }, /is not a period/],
      [{ from: "2026-11-30", to: "2026-11-01" }, /filter.to: 2026-11-01 is before 2026-11-30: the period is backwards/],
      [{ from: "2026-02-30", to: "2026-03-01" }, /filter.from: "2026-02-30" is not a date/],
      [{ from: "2010-01-01", to: "2026-01-01" }, /at most 5 years/],
      [{ period: MONTH, from: "2026-11-01", to: "2026-11-30" }, /either a period or from\/to/],
      [{}, /say which period/],
    ];
    for (const [filter, message] of cases) {
      const result = await gql(STATS, { filter: { division: CITY, ...filter } }, jointMeeting(CITY));
      expect(errorCode(result), JSON.stringify(filter)).toBe("BAD_USER_INPUT");
      expect(result.errors![0]!.message).toMatch(message);
    }
  });
});

describe("earlyWarnings", () => {
  const WARNINGS = `query($division: DivisionPrefix!, $month: String!) { earlyWarnings(division: $division, month: $month) {
    ruleId rule division divisionName disputeType month thisMonth baselineMean risePercent
    cases { caseId caseType channel reference unifiedNumber divisionCode openedAt } } }`;

  it("warns of a dispute type rising above its six-month baseline, with its figures and cases", async () => {
    const police = policeOfficer(W);
    // One case in each of the six months before, twelve this month: 1100 % and 11 cases above the mean.
    const baseline: string[] = [];
    for (let i = 0; i < 6; i++) baseline.push((await reportIncident(police, W)).id);
    const current: string[] = [];
    for (let i = 0; i < 12; i++) current.push((await reportIncident(police, W)).id);
    await indexed([...baseline, ...current]);
    for (const [i, id] of baseline.entries()) await backdate(id, { openedAt: new Date(monthStart(-(i + 1)).getTime() + 3 * DAY) });

    const warnings = (await gqlOk(WARNINGS, { division: "6203", month: MONTH }, jointMeeting("6203"))).earlyWarnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      ruleId: "TYPE_RISE_OVER_BASELINE", division: W, divisionName: "金川区", disputeType: "NEIGHBOURHOOD", month: MONTH,
      thisMonth: 12, baselineMean: 1, risePercent: 1100,
    });
    expect(warnings[0].cases.map((c: any) => c.caseId).sort()).toEqual([...current].sort());
    expect(warnings[0].cases.every((c: any) => c.channel === "POLICE" && c.caseType === "PoliceIncident" && c.reference)).toBe(true);

    // The month before had one case against a baseline of nothing much: no warning.
    expect((await gqlOk(WARNINGS, { division: W, month: monthLabel(-1) }, jointMeeting("6203"))).earlyWarnings).toEqual([]);
    const refused = await gql(WARNINGS, { division: "6203", month: MONTH }, jointMeeting(CITY));
    expect(errorCode(refused)).toBe("FORBIDDEN");
    const bad = await gql(WARNINGS, { division: "6203", month: "2026-1" }, jointMeeting("6203"));
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0]!.message).toMatch(/month: "2026-1" is not a month; write it as YYYY-MM/);
  }, 60_000);
});
