import { randomUUID } from "node:crypto";
import { describe, it, expect } from "vitest";
import { actingAs, actorOf } from "../support/acting.ts";
import { jointMeeting, policeOfficer } from "../support/callers.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParties, withWrongCheckCharacter, type Person } from "../support/people.ts";
import { waitFor } from "../support/fault-hub.ts";
import { markersIn, refusalCheck, uuidsOf } from "../support/refusals.ts";
import { masked, newUnifiedNumber, unique, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// 警调对接 through the gateway: 110 incidents, police mediation (治安调解) with at most two
// sessions, performance or penalty, and handoff to the mediation centre.

const SUBGRAPH = "police-mediation";
// Only the police write to this channel; these workflow tests act as a station whose scope is the
// whole country (division scope has tests of its own, tests/e2e/authz-*.test.ts).
const ACTOR = policeOfficer("", "红塔分局玉兴派出所-民警e2e");
const ACTOR_NAME = actorOf(ACTOR);
const { gql, gqlOk } = actingAs(ACTOR);

const INCIDENT_FIELDS = `
  id incidentNumber station divisionCode category repeatOffender disputeType narrative reportedAt unifiedNumber
  status dueAt overdue mediationScheduledAt performanceNote penalty adviceToSue mediationOrganisation closedAt
  mediationEligibility { eligible reasons }
  parties { role kind name identifierMasked phoneMasked partyKey }
  sessions { id sequence heldAt officer agreementReached notes incident { id status } }
  timeline { action fromStatus toStatus actor at note }
  dispute { unifiedNumber }
`;

const REPORT = `mutation Report($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const SCHEDULE = `mutation Schedule($id: ID!) { scheduleIncidentMediation(id: $id) { ${INCIDENT_FIELDS} } }`;
const SESSION = `mutation Session($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { ${INCIDENT_FIELDS} } }`;
const PERFORMANCE = `mutation Performance($id: ID!, $performed: Boolean!, $note: String) {
  recordIncidentAgreementPerformance(id: $id, performed: $performed, note: $note) { ${INCIDENT_FIELDS} } }`;
const PENALISE = `mutation Penalise($id: ID!, $penalty: String!, $adviceToSue: String!) {
  penaliseIncident(id: $id, penalty: $penalty, adviceToSue: $adviceToSue) { ${INCIDENT_FIELDS} } }`;
const REFER = `mutation Refer($id: ID!, $org: String!, $unifiedNumber: String, $key: String!) {
  referIncidentToMediationCenter(id: $id, mediationOrganisation: $org, unifiedNumber: $unifiedNumber, idempotencyKey: $key) { ${INCIDENT_FIELDS} } }`;
const BY_ID = `query ById($id: ID!) { policeIncident(id: $id) { ${INCIDENT_FIELDS} } }`;

/**
 * Refers an incident to the mediation centre and waits (at most 15 s) until the centre has the
 * handoff: its delivery writes a step on this side, which must not land inside a later refusal's
 * row count.
 */
async function refer(variables: Record<string, unknown>) {
  const referred = (await gqlOk(REFER, { key: randomUUID(), ...variables }, ACTOR)).referIncidentToMediationCenter;
  await waitFor(
    `delivery of the referral of incident ${referred.id}`,
    () => gqlOk(`query($id: ID!) { policeIncident(id: $id) { handoffs { status } } }`, { id: referred.id }),
    (d) => d.policeIncident.handoffs.length === 1 && d.policeIncident.handoffs[0].status !== "OFFERED",
    { timeoutMs: 15_000, intervalMs: 200 },
  );
  return referred;
}

// Friday 2026-11-20, 10:00 China time. Three working days skip the weekend: Mon, Tue, Wed 25th.
const REPORTED_AT = "2026-11-20T02:00:00.000Z";
const FIRST_SESSION_DUE = "2026-11-25T15:59:59.999Z";
// First session Monday 2026-11-23; seven working days later is Wednesday 2 December.
const FIRST_SESSION_AT = "2026-11-23T06:00:00.000Z";
const SECOND_SESSION_DUE = "2026-12-02T15:59:59.999Z";
const SECOND_SESSION_AT = "2026-11-25T06:00:00.000Z";

function reportInput(overrides: Record<string, unknown> = {}, people: Person[] = [
  { id: newResidentId(), name: "张三" },
  { id: newResidentId("440524"), name: "李四" },
]) {
  return {
    incidentNumber: unique("J530402").toUpperCase(),
    station: unique("玉兴派出所").toUpperCase(),
    divisionCode: "530402",
    category: "NEIGHBOUR_QUARREL",
    disputeType: "NEIGHBOURHOOD",
    narrative: "报警人称邻居装修噪音扰民,双方发生争吵并有推搡。",
    reportedAt: REPORTED_AT,
    parties: personParties(people),
    ...overrides,
  };
}

async function report(overrides: Record<string, unknown> = {}, people?: Person[]) {
  const data = await gqlOk(REPORT, { input: reportInput(overrides, people) }, ACTOR);
  return data.reportIncident;
}

async function scheduled(overrides: Record<string, unknown> = {}) {
  const incident = await report(overrides);
  await gqlOk(SCHEDULE, { id: incident.id }, ACTOR);
  return incident;
}

function session(incidentId: string, heldAt: string, agreementReached: boolean, extra: Record<string, unknown> = {}) {
  return { input: { incidentId, heldAt, officer: "王警官", agreementReached, notes: agreementReached ? "双方达成协议" : "双方分歧较大", ...extra } };
}

/**
 * What a refused call to the police could have written: the incident it names (state, sessions,
 * steps, handoffs), a handoff under its idempotency key, and an incident carrying its input's
 * unique number or station, with that incident's parties.
 */
async function written(variables: Record<string, any>) {
  const ids = uuidsOf(variables.id, variables.input?.incidentId);
  const keys = typeof variables.key === "string" ? [variables.key] : [];
  const markers = markersIn(variables);
  const [row] = await sql(
    SUBGRAPH,
    `with marked as (select id from police_incident where incident_number like any($3) or station like any($3))
     select (select coalesce(json_agg(json_build_object('id', id, 'status', status, 'version', version) order by id), '[]')
               from police_incident where id = any($1::uuid[]) or id in (select id from marked)) as incidents,
            (select count(*) from police_mediation_session where incident_id = any($1::uuid[])) as sessions,
            (select count(*) from status_change where case_id = any($1::text[])) as steps,
            (select count(*) from handoff where from_case_id = any($1::text[]) or idempotency_key = any($2)) as handoffs,
            (select count(*) from case_party where case_id in (select id::text from marked)) as parties`,
    [ids, keys, markers],
  );
  return row;
}

/** Runs a call that must fail with `code`, and checks that it wrote nothing (see `written`). */
const refused = refusalCheck(written, ACTOR);

async function statusOf(id: string): Promise<string> {
  return (await gqlOk(BY_ID, { id })).policeIncident.status;
}

describe("police-mediation: full workflow", () => {
  it("reports, schedules, fails a first session, agrees in a second, and records performance", async () => {
    const applicant = { id: newResidentId(), name: "张三" };
    const respondent = { id: newResidentId("440524"), name: "李四" };
    const number = newUnifiedNumber();
    const input = reportInput({ unifiedNumber: number }, [applicant, respondent]);

    const reported = (await gqlOk(REPORT, { input }, ACTOR)).reportIncident;
    expect(reported).toMatchObject({
      incidentNumber: input.incidentNumber,
      station: input.station,
      divisionCode: "530402",
      category: "NEIGHBOUR_QUARREL",
      repeatOffender: false,
      disputeType: "NEIGHBOURHOOD",
      status: "REPORTED",
      unifiedNumber: number,
      mediationEligibility: { eligible: true, reasons: [] },
      sessions: [],
      dispute: { unifiedNumber: number },
    });
    expect(new Date(reported.reportedAt).toISOString()).toBe(REPORTED_AT);
    // The first-session clock runs from the report.
    expect(new Date(reported.dueAt).toISOString()).toBe(FIRST_SESSION_DUE);

    // Identifiers leave the subgraph only masked, and are stored only encrypted.
    const byRole = Object.fromEntries(reported.parties.map((p: any) => [p.role, p]));
    expect(byRole.APPLICANT).toMatchObject({ kind: "PERSON", name: "张三", identifierMasked: masked(applicant.id), phoneMasked: "138****5678" });
    expect(byRole.RESPONDENT).toMatchObject({ kind: "PERSON", name: "李四", identifierMasked: masked(respondent.id), phoneMasked: null });
    expect(JSON.stringify(reported)).not.toContain(applicant.id);
    expect(JSON.stringify(reported)).not.toContain("13812345678");
    const stored = await sql(SUBGRAPH, `select identifier_masked, identifier_encrypted, phone_encrypted from case_party where case_id = $1`, [reported.id]);
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.identifier_encrypted).not.toContain(applicant.id);
      expect(row.identifier_encrypted).not.toContain(respondent.id);
      expect(row.phone_encrypted ?? "").not.toContain("13812345678");
    }

    const planned = (await gqlOk(SCHEDULE, { id: reported.id }, ACTOR)).scheduleIncidentMediation;
    expect(planned.status).toBe("MEDIATION_SCHEDULED");
    expect(new Date(planned.dueAt).toISOString()).toBe(FIRST_SESSION_DUE);
    expect(planned.mediationScheduledAt).toBeTruthy();

    const first = (await gqlOk(SESSION, session(reported.id, FIRST_SESSION_AT, false, { officer: "王警官", notes: "赔偿金额分歧较大,约定再次调解" }), ACTOR))
      .recordIncidentSession;
    expect(first.status).toBe("SECOND_SESSION_SCHEDULED");
    expect(new Date(first.dueAt).toISOString()).toBe(SECOND_SESSION_DUE);
    expect(first.sessions).toHaveLength(1);

    const second = (await gqlOk(SESSION, session(reported.id, SECOND_SESSION_AT, true, { officer: "赵警官", notes: "李四赔偿张三医药费 800 元,当场支付" }), ACTOR))
      .recordIncidentSession;
    expect(second.status).toBe("AGREEMENT_REACHED");
    expect(second.dueAt).toBeNull();

    const performed = (await gqlOk(PERFORMANCE, { id: reported.id, performed: true, note: "已当场履行" }, ACTOR)).recordIncidentAgreementPerformance;
    expect(performed).toMatchObject({ status: "PERFORMED", performanceNote: "已当场履行", penalty: null, adviceToSue: null, dueAt: null, overdue: false });
    expect(performed.closedAt).toBeTruthy();

    const incident = (await gqlOk(BY_ID, { id: reported.id })).policeIncident;
    expect(incident.sessions.map((s: any) => [s.sequence, new Date(s.heldAt).toISOString(), s.officer, s.agreementReached])).toEqual([
      [1, FIRST_SESSION_AT, "王警官", false],
      [2, SECOND_SESSION_AT, "赵警官", true],
    ]);
    expect(incident.sessions[1].notes).toBe("李四赔偿张三医药费 800 元,当场支付");
    expect(incident.sessions.every((s: any) => s.incident.id === reported.id && s.incident.status === "PERFORMED")).toBe(true);
    expect(incident.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus])).toEqual([
      ["register", null, "REPORTED"],
      ["scheduleMediation", "REPORTED", "MEDIATION_SCHEDULED"],
      ["scheduleSecondSession", "MEDIATION_SCHEDULED", "SECOND_SESSION_SCHEDULED"],
      ["recordAgreement", "SECOND_SESSION_SCHEDULED", "AGREEMENT_REACHED"],
      ["recordPerformance", "AGREEMENT_REACHED", "PERFORMED"],
    ]);
    expect(incident.timeline.every((t: any) => t.actor === ACTOR_NAME)).toBe(true);
    expect(incident.timeline[2].note).toContain("王警官");
    expect(incident.timeline[4].note).toBe("已当场履行");

    // Found by the police system's number, in the station's list, and from the party and the dispute.
    const byNumber = await gqlOk(`query($n: String!) { policeIncidentByNumber(incidentNumber: $n) { id } }`, { n: input.incidentNumber });
    expect(byNumber.policeIncidentByNumber.id).toBe(reported.id);
    const listed = await gqlOk(`query($station: String!) { policeIncidents(filter: { station: $station, divisionPrefix: "5304", status: PERFORMED }, first: 10) { edges { node { id } } } }`, {
      station: input.station,
    });
    expect(nodes(listed.policeIncidents)).toEqual([{ id: reported.id }]);
    const across = await gqlOk(`query($id: ID!) { policeIncident(id: $id) {
      parties { role party { partyKey policeIncidents { id } } }
      dispute { unifiedNumber policeIncidents { id } } } }`, { id: reported.id });
    for (const party of across.policeIncident.parties) expect(party.party.policeIncidents).toEqual([{ id: reported.id }]);
    expect(across.policeIncident.dispute.policeIncidents.map((i: any) => i.id)).toContain(reported.id);

    const rows = await sql(SUBGRAPH, `select status, version from police_incident where id = $1`, [reported.id]);
    expect(rows).toEqual([{ status: "PERFORMED", version: 5 }]);
  });

  it("records a failed mediation, then the penalty and the advice that the parties may sue", async () => {
    const incident = await scheduled({ category: "MINOR_ASSAULT", disputeType: "DAMAGES" });
    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, false), ACTOR);
    const failed = (await gqlOk(SESSION, session(incident.id, SECOND_SESSION_AT, false, { notes: "被侵害人坚持要求处罚" }), ACTOR)).recordIncidentSession;
    expect(failed.status).toBe("FAILED");
    expect(failed.dueAt).toBeNull();
    expect(failed.sessions.map((s: any) => s.agreementReached)).toEqual([false, false]);

    const advice = "已告知双方可就民事赔偿部分依法向人民法院提起民事诉讼";
    const penalised = (await gqlOk(PENALISE, { id: incident.id, penalty: "对李四处罚款二百元", adviceToSue: advice }, ACTOR)).penaliseIncident;
    expect(penalised).toMatchObject({ status: "PENALISED", penalty: "对李四处罚款二百元", adviceToSue: advice, dueAt: null, overdue: false });
    expect(penalised.closedAt).toBeTruthy();
    expect(penalised.timeline.map((t: any) => t.action)).toEqual(["register", "scheduleMediation", "scheduleSecondSession", "recordMediationFailure", "penalise"]);
    const last = penalised.timeline.at(-1);
    expect(last).toMatchObject({ fromStatus: "FAILED", toStatus: "PENALISED", actor: ACTOR_NAME });
    expect(last.note).toContain(advice);
  });

  it("treats an agreement not performed as failure, which can then go to the mediation centre", async () => {
    const incident = await scheduled({ category: "PROPERTY_DAMAGE", disputeType: "DAMAGES" });
    const agreed = (await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, true), ACTOR)).recordIncidentSession;
    expect(agreed.status).toBe("AGREEMENT_REACHED");
    expect(agreed.sessions).toHaveLength(1);

    const notPerformed = (await gqlOk(PERFORMANCE, { id: incident.id, performed: false, note: "约定期限届满未赔偿" }, ACTOR)).recordIncidentAgreementPerformance;
    expect(notPerformed).toMatchObject({ status: "FAILED", performanceNote: "约定期限届满未赔偿", closedAt: null });

    const number = newUnifiedNumber();
    const referred = await refer({ id: incident.id, org: "红塔区矛盾纠纷调处化解中心", unifiedNumber: number });
    expect(referred).toMatchObject({
      status: "REFERRED_TO_MEDIATION_CENTER",
      mediationOrganisation: "红塔区矛盾纠纷调处化解中心",
      unifiedNumber: number,
      dispute: { unifiedNumber: number },
    });
    expect(referred.timeline.at(-1)).toMatchObject({ action: "referToMediationCenter", fromStatus: "FAILED", actor: ACTOR_NAME });
  });

  it("lists incidents whose first session is overdue, and not closed ones", async () => {
    const station = unique("龙华派出所").toUpperCase();
    const late = await report({ station, divisionCode: "460106", reportedAt: "2026-10-09T02:00:00.000Z" });
    expect(late.overdue).toBe(true);
    const closed = await report({ station, divisionCode: "460106", reportedAt: "2026-10-09T02:00:00.000Z" });
    await refer({ id: closed.id, org: "龙华区人民调解委员会" });

    const overdue = await gqlOk(`query($station: String!) { policeIncidents(filter: { station: $station, overdueOnly: true, divisionPrefix: "4601" }) { edges { node { id overdue } } } }`, { station });
    expect(nodes(overdue.policeIncidents)).toEqual([{ id: late.id, overdue: true }]);
    const none = await gqlOk(`query($station: String!) { policeIncidents(filter: { station: $station, divisionPrefix: "4602" }) { edges { node { id } } } }`, { station });
    expect(nodes(none.policeIncidents)).toEqual([]);
  });
});

describe("police-mediation: cases excluded from police mediation (公通字〔2007〕81号)", () => {
  it("refuses to schedule mediation of a gang fight, naming the reason, and writes nothing", async () => {
    const incident = await report({ category: "GANG_FIGHT" });
    expect(incident.mediationEligibility.eligible).toBe(false);
    expect(incident.mediationEligibility.reasons).toHaveLength(1);
    expect(incident.mediationEligibility.reasons[0]).toContain("结伙斗殴");
    expect(incident.mediationEligibility.reasons[0]).toContain("gang fight");
    // No police-mediation clock runs for an excluded incident.
    expect(incident.dueAt).toBeNull();

    const result = await refused("CONFLICT", SCHEDULE, { id: incident.id });
    expect(result.errors![0]!.message).toContain("结伙斗殴");
    // The console shows the Chinese: the rule's own wording and its source.
    expect(result.errors![0]!.extensions!.messageZh).toBe("该警情不适用治安调解：结伙斗殴的，不适用治安调解（公通字〔2007〕81号 第3条）");
    expect(await statusOf(incident.id)).toBe("REPORTED");

    // The civil side can still go to people's mediation.
    const referred = await refer({ id: incident.id, org: "红塔区矛盾纠纷调处化解中心" });
    expect(referred.status).toBe("REFERRED_TO_MEDIATION_CENTER");
  });

  it("refuses hired violence, provocation and repeat offenders, listing every reason", async () => {
    for (const [category, word] of [["HIRED_VIOLENCE", "雇凶"], ["PROVOCATION", "寻衅滋事"]] as const) {
      const incident = await report({ category });
      expect(incident.mediationEligibility.eligible).toBe(false);
      expect(incident.mediationEligibility.reasons.join(" ")).toContain(word);
      await refused("CONFLICT", SCHEDULE, { id: incident.id });
    }
    const repeat = await report({ category: "NEIGHBOUR_QUARREL", repeatOffender: true });
    expect(repeat.repeatOffender).toBe(true);
    expect(repeat.mediationEligibility.eligible).toBe(false);
    expect(repeat.mediationEligibility.reasons.join(" ")).toContain("多次");
    expect(repeat.mediationEligibility.reasons.join(" ")).toContain("repeat offender");
    const result = await refused("CONFLICT", SCHEDULE, { id: repeat.id });
    expect(result.errors![0]!.message).toContain("多次");

    const both = await report({ category: "PROVOCATION", repeatOffender: true });
    expect(both.mediationEligibility.reasons).toHaveLength(2);
  });
});

describe("police-mediation: bad input is refused and nothing is written", () => {
  it("refuses a malformed resident ID number", async () => {
    const valid = newResidentId();
    const people = [{ id: withWrongCheckCharacter(valid), name: "张三" }];
    const result = await refused("BAD_USER_INPUT", REPORT, { input: reportInput({}, people) });
    // The ResidentId scalar's Chinese survives graphql-js's variable coercion and the gateway, the number masked.
    const wrong = result.errors![0]!;
    expect(wrong.message).toMatch(/check character is/);
    expect(wrong.extensions!.messageZh).toBe(
      `居民身份证号码 ${masked(people[0]!.id)} 有误：校验位不正确（为 ${people[0]!.id[17]}，按 GB 11643 应为 ${valid[17]}）`,
    );
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({}, [{ id: "53040219850315123", name: "张三" }]) });
  });

  it("refuses bad division codes", async () => {
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ divisionCode: "999999" }) });
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ divisionCode: "5304" }) });
    await refused("BAD_USER_INPUT", `query { policeIncidents(filter: { divisionPrefix: "99" }) { edges { node { id } } } }`, {});
  });

  it("refuses malformed 110 incident numbers, and a duplicate one as a conflict", async () => {
    for (const incidentNumber of ["", "110 2026 0001", "警情001", "A".repeat(41)]) {
      const result = await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ incidentNumber }) });
      expect(result.errors![0]!.extensions!.field).toBe("input.incidentNumber");
    }
    const incident = await report();
    await refused("CONFLICT", REPORT, { input: reportInput({ incidentNumber: incident.incidentNumber }) });
    await refused("BAD_USER_INPUT", `query { policeIncidentByNumber(incidentNumber: "a b") { id } }`, {});
  });

  it("refuses empty, overlong and control-character text", async () => {
    for (const [overrides, field] of [
      [{ narrative: "   " }, "input.narrative"],
      [{ narrative: "x".repeat(4001) }, "input.narrative"],
      [{ station: "" }, "input.station"],
      [{ station: "玉兴\u0007派出所" }, "input.station"],
    ] as const) {
      const result = await refused("BAD_USER_INPUT", REPORT, { input: reportInput(overrides) });
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
  });

  it("refuses a future report time, a malformed unified number, no parties and an unknown category", async () => {
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ reportedAt: "2099-01-01T00:00:00Z" }) });
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ unifiedNumber: "2026-000123" }) });
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ parties: [] }) });
    await refused("BAD_USER_INPUT", REPORT, { input: reportInput({ category: "RIOT" }) });
  });

  it("refuses bad session input", async () => {
    const incident = await scheduled();
    await refused("BAD_USER_INPUT", SESSION, session(incident.id, FIRST_SESSION_AT, true, { officer: "  " }));
    await refused("BAD_USER_INPUT", SESSION, session(incident.id, FIRST_SESSION_AT, true, { notes: "" }));
    await refused("BAD_USER_INPUT", SESSION, session(incident.id, FIRST_SESSION_AT, true, { notes: "x".repeat(2001) }));
    await refused("BAD_USER_INPUT", SESSION, session(incident.id, "2099-01-01T00:00:00Z", true));
    // Before the incident was reported: the Chinese names the field and the report time in China time.
    const early = await refused("BAD_USER_INPUT", SESSION, session(incident.id, "2026-11-19T02:00:00Z", true));
    expect(early.errors![0]!.message).toBe(`input.heldAt: is before the incident was reported (${REPORTED_AT})`);
    expect(early.errors![0]!.extensions).toMatchObject({ field: "input.heldAt", messageZh: "调解时间不能早于接警时间（2026-11-20 10:00）" });
    // A second session cannot predate the first.
    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, false), ACTOR);
    await refused("BAD_USER_INPUT", SESSION, session(incident.id, "2026-11-22T02:00:00Z", true));
    expect(await statusOf(incident.id)).toBe("SECOND_SESSION_SCHEDULED");
  });

  it("refuses empty penalty, advice to sue, non-performance note and organisation", async () => {
    const incident = await scheduled();
    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, true), ACTOR);
    await refused("BAD_USER_INPUT", PERFORMANCE, { id: incident.id, performed: false, note: null });
    await refused("BAD_USER_INPUT", PERFORMANCE, { id: incident.id, performed: false, note: "  " });
    await gqlOk(PERFORMANCE, { id: incident.id, performed: false, note: "未履行" }, ACTOR);
    await refused("BAD_USER_INPUT", PENALISE, { id: incident.id, penalty: "罚款二百元", adviceToSue: "" });
    await refused("BAD_USER_INPUT", PENALISE, { id: incident.id, penalty: " ", adviceToSue: "告知可向法院起诉" });
    await refused("BAD_USER_INPUT", REFER, { key: randomUUID(), id: incident.id, org: "" });
    await refused("BAD_USER_INPUT", REFER, { key: randomUUID(), id: incident.id, org: "调解中心", unifiedNumber: "999999-2026-000001" });
    expect(await statusOf(incident.id)).toBe("FAILED");
  });

  it("answers NOT_FOUND for unknown and malformed ids", async () => {
    for (const id of [UNKNOWN_ID, "not-an-id"]) {
      const missing = await refused("NOT_FOUND", SCHEDULE, { id });
      expect(missing.errors![0]!.extensions!.messageZh).toBe(`警情 ${id} 不存在，请核对编号`);
      await refused("NOT_FOUND", SESSION, session(id, FIRST_SESSION_AT, true));
      await refused("NOT_FOUND", PERFORMANCE, { id, performed: true, note: null });
      await refused("NOT_FOUND", PENALISE, { id, penalty: "罚款", adviceToSue: "告知可起诉" });
      await refused("NOT_FOUND", REFER, { key: randomUUID(), id, org: "调解中心" });
    }
    expect((await gqlOk(BY_ID, { id: UNKNOWN_ID })).policeIncident).toBeNull();
    expect((await gqlOk(`query { policeIncidentByNumber(incidentNumber: "NO-SUCH-110") { id } }`)).policeIncidentByNumber).toBeNull();
  });

  it("refuses a step the incident's status does not allow, naming both statuses in Chinese", async () => {
    const incident = await scheduled();
    const again = await refused("CONFLICT", SCHEDULE, { id: incident.id });
    expect(again.errors![0]!.message).toBe(`PoliceIncident ${incident.id} is MEDIATION_SCHEDULED; "scheduleMediation" is allowed only from REPORTED`);
    expect(again.errors![0]!.extensions!.messageZh).toBe("该警情当前为“已安排调解”，此操作只能在“已接警”时办理");
  });

  it("refuses page sizes outside 1 to 100", async () => {
    await refused("BAD_USER_INPUT", `query { policeIncidents(first: 0) { edges { node { id } } } }`, {});
    await refused("BAD_USER_INPUT", `query { policeIncidents(first: 101) { edges { node { id } } } }`, {});
  });
});

describe("police-mediation: illegal transitions are CONFLICT and write nothing", () => {
  it("refuses steps a reported incident has not reached", async () => {
    const incident = await report();
    await refused("CONFLICT", SESSION, session(incident.id, FIRST_SESSION_AT, true));
    await refused("CONFLICT", SESSION, session(incident.id, FIRST_SESSION_AT, false));
    await refused("CONFLICT", PERFORMANCE, { id: incident.id, performed: true, note: null });
    await refused("CONFLICT", PENALISE, { id: incident.id, penalty: "罚款", adviceToSue: "告知可起诉" });
    expect(await statusOf(incident.id)).toBe("REPORTED");
  });

  it("refuses scheduling twice, referral during mediation, penalty after agreement and any step after performance", async () => {
    const incident = await scheduled();
    await refused("CONFLICT", SCHEDULE, { id: incident.id });
    await refused("CONFLICT", REFER, { key: randomUUID(), id: incident.id, org: "调解中心" });
    await refused("CONFLICT", PENALISE, { id: incident.id, penalty: "罚款", adviceToSue: "告知可起诉" });

    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, true), ACTOR);
    await refused("CONFLICT", PENALISE, { id: incident.id, penalty: "罚款", adviceToSue: "告知可起诉" });
    await refused("CONFLICT", SESSION, session(incident.id, SECOND_SESSION_AT, true));
    await refused("CONFLICT", REFER, { key: randomUUID(), id: incident.id, org: "调解中心" });

    await gqlOk(PERFORMANCE, { id: incident.id, performed: true, note: null }, ACTOR);
    await refused("CONFLICT", PERFORMANCE, { id: incident.id, performed: false, note: "反悔" });
    await refused("CONFLICT", PENALISE, { id: incident.id, penalty: "罚款", adviceToSue: "告知可起诉" });
    await refused("CONFLICT", REFER, { key: randomUUID(), id: incident.id, org: "调解中心" });
    await refused("CONFLICT", SCHEDULE, { id: incident.id });
    expect(await statusOf(incident.id)).toBe("PERFORMED");
  });

  it("allows no third session and nothing after a penalty or referral", async () => {
    const incident = await scheduled();
    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, false), ACTOR);
    await gqlOk(SESSION, session(incident.id, SECOND_SESSION_AT, false), ACTOR);
    await refused("CONFLICT", SESSION, session(incident.id, SECOND_SESSION_AT, true));
    await gqlOk(PENALISE, { id: incident.id, penalty: "罚款二百元", adviceToSue: "告知可向法院起诉" }, ACTOR);
    await refused("CONFLICT", PENALISE, { id: incident.id, penalty: "再罚", adviceToSue: "告知可向法院起诉" });
    await refused("CONFLICT", REFER, { key: randomUUID(), id: incident.id, org: "调解中心" });

    const referred = await report();
    await refer({ id: referred.id, org: "调解中心" });
    await refused("CONFLICT", SCHEDULE, { id: referred.id });
    await refused("CONFLICT", REFER, { key: randomUUID(), id: referred.id, org: "另一个调解中心" });
  });
});

describe("police-mediation: the actions a caller may take now (availableActions, for the console's case page)", () => {
  const ACTIONS = `query Actions($id: ID!) { policeIncident(id: $id) { status availableActions } }`;
  const actionsAs = async (id: string, who: Parameters<typeof gqlOk>[2]) => (await gqlOk(ACTIONS, { id }, who)).policeIncident.availableActions;

  it("follows the workflow table step by step for the owning station", async () => {
    const incident = await report();
    expect(await actionsAs(incident.id, ACTOR)).toEqual(["scheduleMediation", "referToMediationCenter"]);
    await gqlOk(SCHEDULE, { id: incident.id }, ACTOR);
    expect(await actionsAs(incident.id, ACTOR)).toEqual(["recordAgreement", "scheduleSecondSession"]);
    await gqlOk(SESSION, session(incident.id, FIRST_SESSION_AT, true), ACTOR);
    expect(await actionsAs(incident.id, ACTOR)).toEqual(["recordPerformance", "recordNonPerformance"]);
    await gqlOk(PERFORMANCE, { id: incident.id, performed: true, note: null }, ACTOR);
    expect(await actionsAs(incident.id, ACTOR)).toEqual([]);
  });

  it("leaves out scheduling for an excluded incident, and offers nothing outside the owner's scope or to other agencies", async () => {
    const excluded = await report({ category: "GANG_FIGHT" });
    expect(await actionsAs(excluded.id, ACTOR)).toEqual(["referToMediationCenter"]);
    const incident = await report();
    // The joint meeting reads it and may act on none of it; the city's police may act on it; a
    // station of another county may not even read it.
    expect(await actionsAs(incident.id, jointMeeting(""))).toEqual([]);
    expect(await actionsAs(incident.id, policeOfficer("5304", "玉溪市局-民警e2e"))).toEqual(["scheduleMediation", "referToMediationCenter"]);
    const elsewhere = await gql(ACTIONS, { id: incident.id }, policeOfficer("530421", "华宁县-民警e2e"));
    expect(elsewhere.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});
