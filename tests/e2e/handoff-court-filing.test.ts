import { describe, it, expect } from "vitest";
import { randomInt, randomUUID } from "node:crypto";
import { actorName, HONGTA, arbitrator, courtClerk, jointMeeting, mediator } from "../support/callers.ts";
import { gql, gqlOk, errorCode } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { CREDIT_CODE, newResidentId, organisationParty, personParties, personParty, type Person } from "../support/people.ts";
import { CHINA_OFFSET_MS, legalDue, ms } from "../support/time.ts";
import { masked, unique, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// Issue 3, the two roads into court: a failed or terminated mediation sent by the mediation centre
// to be filed (调解不成转立案, COURT_FILING), and an arbitration award a party challenges in court
// (不服仲裁裁决起诉, AWARD_CHALLENGE). Both open a CourtFiling at court-mediation; filing it (立案)
// or refusing it (不予立案) completes the handoff on both sides. All through the gateway.

const CENTRE_ACTOR = mediator(HONGTA, "红塔区人民调解中心-立案e2e");
const COURT_ACTOR = courtClerk(HONGTA, "红塔区人民法院立案庭-立案e2e");
const ARBITRATION_ACTOR = arbitrator(HONGTA, "红塔区仲裁院-立案e2e");
const COURT = "玉溪市红塔区人民法院";
/** Bounded wait for asynchronous delivery: polled every 200 ms, never a fixed sleep. */
const WAIT_MS = 15_000;

const RECORD = `id direction kind status fromChannel fromCaseType fromCaseId toChannel toCaseType toCaseId unifiedNumber summary idempotencyKey
  reason outcome result dueAt offeredAt deliveredAt decidedAt completedAt`;

const CREATE_COMMITTEE = `mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`;
const APPOINT = `mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`;
const ACCEPT_CASE = `mutation($id: ID!, $mediatorId: ID!) { acceptMediationCase(id: $id, mediatorId: $mediatorId) { id status } }`;
const START = `mutation($id: ID!) { startMediation(id: $id) { id status } }`;
const FAIL = `mutation($id: ID!, $reason: String!) { recordMediationFailure(id: $id, reason: $reason) { id status } }`;
const TERMINATE = `mutation($id: ID!, $reason: String!) { terminateMediation(id: $id, reason: $reason) { id status } }`;

const REFER = `mutation($caseId: ID!, $court: String!, $division: DivisionCode!, $key: String!) {
  referFailedMediationToCourt(caseId: $caseId, court: $court, courtDivisionCode: $division, idempotencyKey: $key) { ${RECORD} } }`;
const CHALLENGE = `mutation($id: ID!, $court: String!, $division: DivisionCode!, $reason: String!, $key: String!) {
  challengeArbitrationAwardInCourt(id: $id, court: $court, courtDivisionCode: $division, reason: $reason, idempotencyKey: $key) { ${RECORD} } }`;
const ACCEPT_AT_COURT = `mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { ${RECORD} } }`;

const FILING_FIELDS = `id origin court divisionCode unifiedNumber disputeType amount claims reason sourceReference receivedAt status caseNumber
  decidedAt refusalReason dueAt overdue
  parties { role kind name identifierMasked }
  timeline { action fromStatus toStatus actor note }
  handoffs { id kind status outcome result }
  dispute { unifiedNumber }`;
const FILING = `query($id: ID!) { courtFiling(id: $id) { ${FILING_FIELDS} } }`;
const FILE = `mutation($id: ID!, $caseNumber: CaseNumber!) { fileCourtFiling(id: $id, caseNumber: $caseNumber) { ${FILING_FIELDS} } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseCourtFiling(id: $id, reason: $reason) { ${FILING_FIELDS} } }`;

const ARBITRATION_APPLY = `mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`;

/** Polls `probe` every 200 ms until `done` holds, for at most WAIT_MS; returns the last value. */
async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + WAIT_MS;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last seen ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await probe();
  }
  return last;
}

/** The handoff as the sender (`sender`Record) and the court (courtMediationRecord) each hold it. */
async function bothSides(id: string, sender: string) {
  const data = await gqlOk(`query($id: ID!) { handoff(id: $id) { id ${sender} { ${RECORD} } courtMediationRecord { ${RECORD} } } }`, { id });
  return { sender: data.handoff[sender], court: data.handoff.courtMediationRecord };
}

function waitForStatuses(id: string, sender: string, senderStatus: string, courtStatus: string) {
  return waitFor(
    () => bothSides(id, sender),
    (s) => s.sender?.status === senderStatus && s.court?.status === courtStatus,
    `handoff ${id}: ${senderStatus} at ${sender}, ${courtStatus} at the court`,
  );
}

function filedNumber(): string {
  return `（2026）云0402民初${randomInt(1, 1_000_000)}号`;
}

/** The China calendar day of an instant, e.g. 2026-03-10. */
function chinaDay(iso: string): string {
  return new Date(ms(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Handoff rows the sender holds for one case. */
async function handoffsOfCase(subgraph: string, caseId: string): Promise<number> {
  const [row] = await sql<{ n: string }>(subgraph, `select count(*) as n from handoff where from_case_id = $1`, [caseId]);
  return Number(row!.n);
}

// ---------------------------------------------------------------------------------------------
// Set-up: a mediation case that failed or was terminated; an arbitration case closed with an award.
// ---------------------------------------------------------------------------------------------

async function mediating() {
  const committee = (await gqlOk(CREATE_COMMITTEE, { input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" } }, CENTRE_ACTOR))
    .createMediationCommittee;
  const mediator = (await gqlOk(APPOINT, {
    input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["CONTRACT"] },
  }, CENTRE_ACTOR)).appointMediator;
  const people: Person[] = [{ id: newResidentId(), name: "王五" }, { id: newResidentId("440524"), name: "赵六" }];
  const description = unique("被申请人借款到期未还, 申请人要求归还借款及利息");
  const dispute = (await gqlOk(REGISTER, {
    input: { disputeType: "CONTRACT", divisionCode: "530402", amount: "50000.00", description, source: "WALK_IN", parties: personParties(people), committeeId: committee.id },
  }, CENTRE_ACTOR)).registerDispute;
  const caseId = dispute.mediationCases[0].id as string;
  await gqlOk(ACCEPT_CASE, { id: caseId, mediatorId: mediator.id }, CENTRE_ACTOR);
  await gqlOk(START, { id: caseId }, CENTRE_ACTOR);
  return { caseId, unifiedNumber: dispute.unifiedNumber as string, people, description };
}

async function endedMediation(how: "FAIL" | "TERMINATE") {
  const opened = await mediating();
  if (how === "FAIL") await gqlOk(FAIL, { id: opened.caseId, reason: "双方对还款数额分歧较大" }, CENTRE_ACTOR);
  else await gqlOk(TERMINATE, { id: opened.caseId, reason: "被申请人拒绝继续调解" }, CENTRE_ACTOR);
  return opened;
}

async function arbitrationCase(tag: string) {
  const workerId = newResidentId();
  const input = {
    kind: "LABOUR",
    commission: `玉溪市红塔区劳动人事争议仲裁委员会[${tag}]`,
    divisionCode: "530402",
    disputeType: "LABOUR",
    disputeAroseAt: new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString(),
    claims: [{ description: `支付拖欠工资[${tag}]`, amount: "8000.00" }, { description: `补缴社会保险[${tag}]` }],
    parties: [personParty(`劳动者${tag}`, workerId), organisationParty(`某用人单位${tag}`, CREDIT_CODE, "RESPONDENT")],
  };
  const id = (await gqlOk(ARBITRATION_APPLY, { input }, ARBITRATION_ACTOR)).applyForArbitration.id as string;
  return { id, workerId, caseNumber: `玉劳人仲案字〔2026〕第${randomInt(1, 1_000_000_000)}号` };
}

async function awarded(tag: string) {
  const c = await arbitrationCase(tag);
  await gqlOk(`mutation($id: ID!, $n: String!) { acceptArbitration(id: $id, caseNumber: $n) { id } }`, { id: c.id, n: c.caseNumber }, ARBITRATION_ACTOR);
  await gqlOk(`mutation($id: ID!) { startArbitrationHearing(id: $id) { id } }`, { id: c.id }, ARBITRATION_ACTOR);
  await gqlOk(`mutation($id: ID!) { closeArbitrationWithAward(id: $id, summary: "被申请人支付工资 6000 元", awardedAmount: "6000.00") { id status outcome } }`, { id: c.id }, ARBITRATION_ACTOR);
  return c;
}

/** Waits for delivery, accepts at the court and returns the opened CourtFiling. */
async function acceptedAtCourt(handoffId: string, sender: string) {
  await waitForStatuses(handoffId, sender, "DELIVERED", "DELIVERED");
  const accepted = (await gqlOk(ACCEPT_AT_COURT, { id: handoffId }, COURT_ACTOR)).acceptHandoffAtCourtMediation;
  expect(accepted).toMatchObject({ status: "ACCEPTED", direction: "INCOMING", toChannel: "court-mediation", toCaseType: "CourtFiling" });
  await waitForStatuses(handoffId, sender, "ACCEPTED", "ACCEPTED");
  return (await gqlOk(FILING, { id: accepted.toCaseId })).courtFiling;
}

describe("handoffs into court: failed mediation → filing (调解不成转立案), challenged award → court (不服仲裁裁决起诉)", () => {
  it("sends a failed mediation to court; the court files it and both sides record COMPLETED SUCCEEDED", async () => {
    const opened = await endedMediation("FAIL");
    const key = randomUUID();
    const offered = (await gqlOk(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key }, CENTRE_ACTOR)).referFailedMediationToCourt;
    expect(offered).toMatchObject({
      kind: "COURT_FILING", direction: "OUTGOING", status: "OFFERED", fromChannel: "mediation-center", fromCaseType: "MediationCase",
      fromCaseId: opened.caseId, toChannel: "court-mediation", unifiedNumber: opened.unifiedNumber, idempotencyKey: key,
    });
    // The same key returns the same handoff.
    const replay = (await gqlOk(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key }, CENTRE_ACTOR)).referFailedMediationToCourt;
    expect(replay.id).toBe(offered.id);
    // Another key while the first is open: the case was already handed off.
    expect(errorCode(await gql(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR))).toBe("CONFLICT");

    const filing = await acceptedAtCourt(offered.id, "mediationCenterRecord");
    expect(filing).toMatchObject({
      origin: "COURT_FILING", court: COURT, divisionCode: "530402", unifiedNumber: opened.unifiedNumber, disputeType: "CONTRACT", amount: "50000.00",
      claims: opened.description, status: "RECEIVED", caseNumber: null, overdue: false, dispute: { unifiedNumber: opened.unifiedNumber },
    });
    expect(filing.reason).toContain("调解不成");
    expect(filing.reason).toContain("双方对还款数额分歧较大");
    expect(filing.sourceReference).toContain(opened.caseId);
    expect(ms(filing.dueAt)).toBe(legalDue(filing.receivedAt, { days: 7 }));
    expect(filing.parties.map((p: any) => [p.name, p.identifierMasked]).sort()).toEqual(opened.people.map((p) => [p.name, masked(p.id)]).sort());
    expect(filing.timeline[0]).toMatchObject({ toStatus: "RECEIVED", actor: actorName(COURT_ACTOR) });
    expect(filing.handoffs).toEqual([expect.objectContaining({ id: offered.id, kind: "COURT_FILING", status: "ACCEPTED" })]);

    const caseNumber = filedNumber();
    const filed = (await gqlOk(FILE, { id: filing.id, caseNumber }, COURT_ACTOR)).fileCourtFiling;
    expect(filed).toMatchObject({ status: "FILED", caseNumber, dueAt: null, overdue: false });
    expect(filed.timeline.at(-1)).toMatchObject({ action: "file", fromStatus: "RECEIVED", toStatus: "FILED", actor: actorName(COURT_ACTOR) });
    const done = await waitForStatuses(offered.id, "mediationCenterRecord", "COMPLETED", "COMPLETED");
    for (const side of [done.sender, done.court]) expect(side).toMatchObject({ outcome: "SUCCEEDED", result: `已立案 ${caseNumber}` });

    // Filed once: neither filing again nor refusing is allowed.
    expect(errorCode(await gql(FILE, { id: filing.id, caseNumber: filedNumber() }, COURT_ACTOR))).toBe("CONFLICT");
    expect(errorCode(await gql(REFUSE, { id: filing.id, reason: "重复" }, COURT_ACTOR))).toBe("CONFLICT");
    // The party's history and the dispute show the filing.
    const dispute = await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { courtFilings { id status } } }`, { n: opened.unifiedNumber });
    expect(dispute.dispute.courtFilings).toEqual([{ id: filing.id, status: "FILED" }]);
    const party = await gqlOk(`query($id: ResidentId!) { party(idNumber: $id) { courtFilings { id caseNumber } } }`, { id: opened.people[0]!.id });
    expect(party.party.courtFilings).toEqual([{ id: filing.id, caseNumber }]);
    const listed = nodes((await gqlOk(`{ courtFilings(filter: { status: FILED }, first: 100) { edges { node { id } } } }`)).courtFilings).map((f: any) => f.id);
    expect(listed).toContain(filing.id);
  });

  it("sends a terminated mediation to court; the court refuses to file it and both sides record COMPLETED FAILED", async () => {
    const opened = await endedMediation("TERMINATE");
    const offered = (await gqlOk(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR)).referFailedMediationToCourt;
    const filing = await acceptedAtCourt(offered.id, "mediationCenterRecord");
    expect(filing.reason).toContain("终止调解");
    const refused = (await gqlOk(REFUSE, { id: filing.id, reason: "不属于本院管辖" }, COURT_ACTOR)).refuseCourtFiling;
    expect(refused).toMatchObject({ status: "NOT_FILED", refusalReason: "不属于本院管辖", caseNumber: null, dueAt: null });
    const done = await waitForStatuses(offered.id, "mediationCenterRecord", "COMPLETED", "COMPLETED");
    for (const side of [done.sender, done.court]) expect(side).toMatchObject({ outcome: "FAILED", result: "不予立案: 不属于本院管辖" });
  });

  it("sends a challenged award to court; the court files it and arbitration records COMPLETED SUCCEEDED", async () => {
    const tag = unique("起诉");
    const c = await awarded(tag);
    const offered = (await gqlOk(CHALLENGE, { id: c.id, court: COURT, division: "530402", reason: "劳动者认为裁决金额过低", key: randomUUID() }, ARBITRATION_ACTOR))
      .challengeArbitrationAwardInCourt;
    expect(offered).toMatchObject({ kind: "AWARD_CHALLENGE", status: "OFFERED", fromChannel: "arbitration", fromCaseType: "ArbitrationCase", fromCaseId: c.id, toChannel: "court-mediation" });

    const filing = await acceptedAtCourt(offered.id, "arbitrationRecord");
    expect(filing).toMatchObject({ origin: "AWARD_CHALLENGE", court: COURT, disputeType: "LABOUR", amount: "8000.00", sourceReference: c.caseNumber, status: "RECEIVED" });
    expect(filing.claims).toContain(`支付拖欠工资[${tag}]`);
    expect(filing.claims).toContain(`补缴社会保险[${tag}]`);
    expect(filing.reason).toContain("劳动者认为裁决金额过低");
    expect(filing.reason).toContain("被申请人支付工资 6000 元");
    expect(ms(filing.dueAt)).toBe(legalDue(filing.receivedAt, { days: 7 }));
    expect(filing.parties.map((p: any) => p.identifierMasked).sort()).toEqual([masked(c.workerId), masked(CREDIT_CODE)].sort());

    const caseNumber = filedNumber();
    await gqlOk(FILE, { id: filing.id, caseNumber }, COURT_ACTOR);
    const done = await waitForStatuses(offered.id, "arbitrationRecord", "COMPLETED", "COMPLETED");
    for (const side of [done.sender, done.court]) expect(side).toMatchObject({ outcome: "SUCCEEDED", result: `已立案 ${caseNumber}` });
    const handoffs = (await gqlOk(`query($id: ID!) { arbitrationCase(id: $id) { handoffs { id kind status outcome } } }`, { id: c.id })).arbitrationCase.handoffs;
    expect(handoffs).toEqual([{ id: offered.id, kind: "AWARD_CHALLENGE", status: "COMPLETED", outcome: "SUCCEEDED" }]);
  });

  it("sends a challenged award to court; the court refuses it and arbitration records COMPLETED FAILED", async () => {
    const c = await awarded(unique("起诉"));
    const offered = (await gqlOk(CHALLENGE, { id: c.id, court: COURT, division: "530402", reason: "用人单位不服裁决", key: randomUUID() }, ARBITRATION_ACTOR))
      .challengeArbitrationAwardInCourt;
    const filing = await acceptedAtCourt(offered.id, "arbitrationRecord");
    await gqlOk(REFUSE, { id: filing.id, reason: "超过起诉期限" }, COURT_ACTOR);
    const done = await waitForStatuses(offered.id, "arbitrationRecord", "COMPLETED", "COMPLETED");
    for (const side of [done.sender, done.court]) expect(side).toMatchObject({ outcome: "FAILED", result: "不予立案: 超过起诉期限" });
  });

  describe("refuses bad input and writes nothing", () => {
    it("referFailedMediationToCourt: a case still mediating → CONFLICT; unknown case → NOT_FOUND; empty court → BAD_USER_INPUT", async () => {
      const opened = await mediating();
      expect(errorCode(await gql(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR))).toBe("CONFLICT");
      expect(errorCode(await gql(REFER, { caseId: opened.caseId, court: "  ", division: "530402", key: randomUUID() }, CENTRE_ACTOR))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(REFER, { caseId: UNKNOWN_ID, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR))).toBe("NOT_FOUND");
      expect(errorCode(await gql(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: "short" }, CENTRE_ACTOR))).toBe("BAD_USER_INPUT");
      expect(await handoffsOfCase("mediation-center", opened.caseId)).toBe(0);
      expect(await handoffsOfCase("mediation-center", UNKNOWN_ID)).toBe(0);
    });

    it("challengeArbitrationAwardInCourt: a case not closed with an award → CONFLICT; missing reason → BAD_USER_INPUT; unknown case → NOT_FOUND", async () => {
      const open = await arbitrationCase(unique("未结"));
      expect(errorCode(await gql(CHALLENGE, { id: open.id, court: COURT, division: "530402", reason: "不服", key: randomUUID() }, ARBITRATION_ACTOR))).toBe("CONFLICT");
      const settled = await arbitrationCase(unique("调解书"));
      await gqlOk(`mutation($id: ID!, $n: String!) { acceptArbitration(id: $id, caseNumber: $n) { id } }`, { id: settled.id, n: settled.caseNumber }, ARBITRATION_ACTOR);
      await gqlOk(`mutation($id: ID!) { closeArbitrationWithMediationStatement(id: $id, summary: "双方和解", amount: "5000.00") { id } }`, { id: settled.id }, ARBITRATION_ACTOR);
      expect(errorCode(await gql(CHALLENGE, { id: settled.id, court: COURT, division: "530402", reason: "不服", key: randomUUID() }, ARBITRATION_ACTOR))).toBe("CONFLICT");

      const closed = await awarded(unique("起诉"));
      for (const reason of ["", "   "]) {
        expect(errorCode(await gql(CHALLENGE, { id: closed.id, court: COURT, division: "530402", reason, key: randomUUID() }, ARBITRATION_ACTOR))).toBe("BAD_USER_INPUT");
      }
      expect(errorCode(await gql(CHALLENGE, { id: closed.id, court: COURT, division: "5304", reason: "不服", key: randomUUID() }, ARBITRATION_ACTOR))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(CHALLENGE, { id: UNKNOWN_ID, court: COURT, division: "530402", reason: "不服", key: randomUUID() }, ARBITRATION_ACTOR))).toBe("NOT_FOUND");
      for (const id of [open.id, settled.id, closed.id, UNKNOWN_ID]) expect(await handoffsOfCase("arbitration", id)).toBe(0);
    });

    it("challengeArbitrationAwardInCourt after the 15 days to sue (Art 48) → CONFLICT naming the last day; nothing sent", async () => {
      const c = await awarded(unique("逾期起诉"));
      const AWARD = `query($id: ID!) { arbitrationCase(id: $id) { closedAt suitDueAt } }`;
      const fresh = (await gqlOk(AWARD, { id: c.id })).arbitrationCase;
      expect(ms(fresh.suitDueAt)).toBe(legalDue(fresh.closedAt, { days: 15 }));

      // The award made 20 days ago: the period ran out five days ago, whatever day that was.
      await sql("arbitration", `update arbitration_case set closed_at = now() - interval '20 days' where id = $1`, [c.id]);
      const late = (await gqlOk(AWARD, { id: c.id })).arbitrationCase;
      expect(ms(late.suitDueAt)).toBe(legalDue(late.closedAt, { days: 15 }));
      const refused = await gql(CHALLENGE, { id: c.id, court: COURT, division: "530402", reason: "劳动者不服裁决", key: randomUUID() }, ARBITRATION_ACTOR);
      expect(errorCode(refused)).toBe("CONFLICT");
      expect(refused.errors?.[0]?.message).toContain(`ended on ${chinaDay(late.suitDueAt)} (15 days, 劳动争议调解仲裁法 Art 48)`);
      expect(await handoffsOfCase("arbitration", c.id)).toBe(0);
    });

    it("fileCourtFiling / refuseCourtFiling: unknown id → NOT_FOUND, wrong case type → BAD_USER_INPUT, empty reason → BAD_USER_INPUT", async () => {
      expect(errorCode(await gql(FILE, { id: UNKNOWN_ID, caseNumber: filedNumber() }, COURT_ACTOR))).toBe("NOT_FOUND");
      expect(errorCode(await gql(REFUSE, { id: UNKNOWN_ID, reason: "不予立案" }, COURT_ACTOR))).toBe("NOT_FOUND");
      expect((await gqlOk(FILING, { id: UNKNOWN_ID })).courtFiling).toBeNull();

      const opened = await endedMediation("FAIL");
      const offered = (await gqlOk(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR)).referFailedMediationToCourt;
      const filing = await acceptedAtCourt(offered.id, "mediationCenterRecord");
      expect(errorCode(await gql(FILE, { id: filing.id, caseNumber: `（2026）云0402刑初${randomInt(1, 1_000_000)}号` }, COURT_ACTOR))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(REFUSE, { id: filing.id, reason: " " }, COURT_ACTOR))).toBe("BAD_USER_INPUT");
      const after = (await gqlOk(FILING, { id: filing.id })).courtFiling;
      expect(after).toMatchObject({ status: "RECEIVED", caseNumber: null });
      expect(after.timeline).toHaveLength(1);
      const side = await bothSides(offered.id, "mediationCenterRecord");
      expect(side.court.status).toBe("ACCEPTED");
    });
  });
});

describe("availableActions: what the court's filing page offers", () => {
  const actionsAs = async (id: string, who: Parameters<typeof gqlOk>[2]) =>
    (await gqlOk(`query($id: ID!) { courtFiling(id: $id) { availableActions } }`, { id }, who)).courtFiling.availableActions;

  it("file or refuse while RECEIVED, nothing once decided; nothing for the sender, joint meetings or a court elsewhere", async () => {
    const opened = await endedMediation("FAIL");
    const offered = (await gqlOk(REFER, { caseId: opened.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR)).referFailedMediationToCourt;
    const filing = await acceptedAtCourt(offered.id, "mediationCenterRecord");
    expect(await actionsAs(filing.id, COURT_ACTOR)).toEqual(["file", "refuse"]);
    // The centre that sent it reads it as the handoff's partner, and may decide nothing.
    expect(await actionsAs(filing.id, CENTRE_ACTOR)).toEqual([]);
    expect(await actionsAs(filing.id, jointMeeting(""))).toEqual([]);
    expect(errorCode(await gql(`query($id: ID!) { courtFiling(id: $id) { availableActions } }`, { id: filing.id }, courtClerk("530421", "华宁县人民法院-立案e2e")))).toBe("FORBIDDEN");

    await gqlOk(FILE, { id: filing.id, caseNumber: filedNumber() }, COURT_ACTOR);
    expect(await actionsAs(filing.id, COURT_ACTOR)).toEqual([]);

    const other = await endedMediation("TERMINATE");
    const second = (await gqlOk(REFER, { caseId: other.caseId, court: COURT, division: "530402", key: randomUUID() }, CENTRE_ACTOR)).referFailedMediationToCourt;
    const refused = await acceptedAtCourt(second.id, "mediationCenterRecord");
    await gqlOk(REFUSE, { id: refused.id, reason: "不属于本院管辖" }, COURT_ACTOR);
    expect(await actionsAs(refused.id, COURT_ACTOR)).toEqual([]);
  }, 60_000);
});
