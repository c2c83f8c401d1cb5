import { describe, it, expect } from "vitest";
import { inject } from "vitest";
import { randomUUID } from "node:crypto";
import { encryptField, signServiceCall } from "@hub/kit";
import { actorName, HONGTA, mediator, policeOfficer } from "../support/callers.ts";
import { gql, gqlOk, errorCode, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParties, personParty, withWrongCheckCharacter, type Person } from "../support/people.ts";
import { DAY_MS } from "../support/time.ts";
import { masked, newUnifiedNumber, unique, UNKNOWN_ID } from "../support/values.ts";

// Handoffs of the mediation centre through the gateway. As SENDER: a signed agreement to a court
// (司法确认) or a notary (赋强公证), a failed labour mediation to arbitration (劳动仲裁). As RECEIVER:
// a dispute from the police (警调对接) or a court (诉调对接) registered through unified intake, and
// the result of its mediation case sent back when the case ends.

const CENTRE = "mediation-center";
// The centre takes disputes from several districts in this file: its scope is the whole country.
const ACTOR = mediator("", "红塔区人民调解中心-移交e2e");
const POLICE_ACTOR = policeOfficer(HONGTA, "红塔分局玉兴派出所-移交e2e");
/** Bounded wait for asynchronous delivery: polled every 200 ms, never a fixed sleep. */
const WAIT_MS = 15_000;

const RECORD = `id direction kind status fromChannel fromCaseType fromCaseId toChannel toCaseType toCaseId unifiedNumber summary idempotencyKey
  reason outcome result dueAt offeredAt deliveredAt decidedAt completedAt overdue`;

const CREATE_COMMITTEE = `mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`;
const APPOINT = `mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber registeredAt mediationCases { id } } }`;
const ACCEPT = `mutation($id: ID!, $mediatorId: ID!) { acceptMediationCase(id: $id, mediatorId: $mediatorId) { id status } }`;
const START = `mutation($id: ID!) { startMediation(id: $id) { id status } }`;
const AGREE = `mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id unifiedNumber signedAt amount } }`;
const FAIL = `mutation($id: ID!, $reason: String!) { recordMediationFailure(id: $id, reason: $reason) { id status } }`;
const TERMINATE = `mutation($id: ID!, $reason: String!) { terminateMediation(id: $id, reason: $reason) { id status } }`;

const CONFIRM = `mutation($agreementId: ID!, $court: String!, $courtDivisionCode: DivisionCode!, $key: String!) {
  applyForJudicialConfirmationOfAgreement(agreementId: $agreementId, court: $court, courtDivisionCode: $courtDivisionCode, idempotencyKey: $key) { ${RECORD} } }`;
const NOTARISE = `mutation($agreementId: ID!, $office: String!, $division: DivisionCode!, $dueAt: DateTimeISO!, $consent: Boolean!, $key: String!) {
  requestEnforceableNotarisationOfAgreement(agreementId: $agreementId, notaryOffice: $office, notaryDivisionCode: $division, paymentDueAt: $dueAt,
    debtorConsentToEnforcement: $consent, idempotencyKey: $key) { ${RECORD} } }`;
const ARBITRATE = `mutation($caseId: ID!, $commission: String!, $division: DivisionCode!, $key: String!) {
  referFailedMediationToArbitration(caseId: $caseId, commission: $commission, commissionDivisionCode: $division, idempotencyKey: $key) { ${RECORD} } }`;
const ACCEPT_AT_CENTRE = `mutation($id: ID!) { acceptHandoffAtMediationCenter(id: $id) { ${RECORD} } }`;
const REJECT_AT_CENTRE = `mutation($id: ID!, $reason: String!) { rejectHandoffAtMediationCenter(id: $id, reason: $reason) { ${RECORD} } }`;

const AGREEMENT = `query($id: ID!) { mediationAgreement(id: $id) { id handoffs { ${RECORD} } } }`;
const CASE = `query($id: ID!) { mediationCase(id: $id) {
  id unifiedNumber status registeredAt committee { id }
  parties { role kind name identifierMasked phoneMasked }
  dispute { unifiedNumber disputeType divisionCode amount description source sourceReference parties { role name identifierMasked } mediationCases { id status } }
  timeline { action toStatus actor note }
  handoffs { ${RECORD} timeline { action fromStatus toStatus actor note } }
} }`;

function uuidKey(): string {
  return randomUUID();
}

// ---------------------------------------------------------------------------------------------
// Set-up helpers: a mediation case taken to an agreement or to failure, through the gateway.
// ---------------------------------------------------------------------------------------------

interface Opened {
  unifiedNumber: string;
  caseId: string;
  mediatorId: string;
  people: Person[];
}

async function mediating(overrides: Record<string, unknown> = {}): Promise<Opened> {
  const committee = (await gqlOk(CREATE_COMMITTEE, { input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" } }, ACTOR))
    .createMediationCommittee;
  const mediator = (await gqlOk(APPOINT, {
    input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["LABOUR"] },
  }, ACTOR)).appointMediator;
  const people: Person[] = [{ id: newResidentId(), name: "张三" }, { id: newResidentId("440524"), name: "李四" }];
  const input = {
    disputeType: "NEIGHBOURHOOD",
    divisionCode: "530402",
    amount: "12800.50",
    description: unique("楼上装修导致楼下漏水,申请人要求赔偿维修费用"),
    source: "WALK_IN",
    parties: personParties(people),
    committeeId: committee.id,
    ...overrides,
  };
  const dispute = (await gqlOk(REGISTER, { input }, ACTOR)).registerDispute;
  const caseId = dispute.mediationCases[0].id as string;
  await gqlOk(ACCEPT, { id: caseId, mediatorId: mediator.id }, ACTOR);
  await gqlOk(START, { id: caseId }, ACTOR);
  return { unifiedNumber: dispute.unifiedNumber, caseId, mediatorId: mediator.id, people };
}

async function agreement(payment: boolean) {
  const opened = await mediating();
  const input = payment
    ? { terms: "被申请人于 2026 年 12 月 31 日前向申请人支付维修费 8000 元", amount: "8000.00", hasPaymentObligation: true }
    : { terms: "双方互谅互让, 被申请人当面赔礼道歉", hasPaymentObligation: false };
  const signed = (await gqlOk(AGREE, { id: opened.caseId, input }, ACTOR)).recordMediationAgreement;
  return { ...opened, agreementId: signed.id as string, signedAt: signed.signedAt as string, terms: input.terms };
}

async function failedCase(disputeType: string) {
  const opened = await mediating({ disputeType, amount: "36500.00", description: unique("申请人在工地务工三个月, 被申请人拖欠工资") });
  await gqlOk(FAIL, { id: opened.caseId, reason: "双方对欠薪数额分歧较大" }, ACTOR);
  return opened;
}

// ---------------------------------------------------------------------------------------------
// Polling and scoped row counts.
// ---------------------------------------------------------------------------------------------

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

async function bothSides(id: string, other: string) {
  const data = await gqlOk(`query($id: ID!) { handoff(id: $id) { id mediationCenterRecord { ${RECORD} } ${other} { ${RECORD} } } }`, { id });
  return { centre: data.handoff.mediationCenterRecord, other: data.handoff[other] };
}

/** Waits until the handoff shows `centreStatus` at the centre and `otherStatus` at the other side. */
function waitForStatuses(id: string, other: string, centreStatus: string, otherStatus: string) {
  return waitFor(
    () => bothSides(id, other),
    (s) => s.centre?.status === centreStatus && s.other?.status === otherStatus,
    `handoff ${id}: ${centreStatus} at the centre, ${otherStatus} at ${other}`,
  );
}

/**
 * Rows the centre holds about some cases or agreements: their handoffs (a delivery job is only
 * ever written with one) and their own timeline entries. Handoff steps are left out: deliveries
 * of earlier handoffs add theirs asynchronously.
 */
async function centreRowsOf(caseIds: string[]): Promise<Record<string, number>> {
  const [row] = await sql(CENTRE, `select
      (select count(*)::int from handoff where from_case_id = any($1) or to_case_id = any($1)) as handoffs,
      (select count(*)::int from status_change where case_id = any($1)) as steps`, [caseIds]);
  return row;
}

/** Runs a call that must fail with `code` and checks the centre wrote nothing about `caseIds`. */
async function refused(code: string, query: string, variables: Record<string, unknown>, caseIds: string[]): Promise<GraphQLResponse> {
  const before = await centreRowsOf(caseIds);
  const result = await gql(query, variables, ACTOR);
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  expect(await centreRowsOf(caseIds)).toEqual(before);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The centre as sender.
// ---------------------------------------------------------------------------------------------

describe("mediation-center → court-mediation: judicial confirmation (司法确认)", () => {
  it("sends a signed agreement to the court; both sides record it as delivered", async () => {
    const a = await agreement(true);
    const key = uuidKey();
    const sent = (await gqlOk(CONFIRM, { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key }, ACTOR))
      .applyForJudicialConfirmationOfAgreement;
    expect(sent).toMatchObject({
      direction: "OUTGOING",
      kind: "JUDICIAL_CONFIRMATION",
      fromChannel: CENTRE,
      fromCaseType: "MediationAgreement",
      fromCaseId: a.agreementId,
      toChannel: "court-mediation",
      unifiedNumber: a.unifiedNumber,
      idempotencyKey: key,
      toCaseId: null,
      overdue: false,
    });
    expect(["OFFERED", "DELIVERED"]).toContain(sent.status);
    expect(sent.summary).toContain("玉溪市红塔区人民法院");
    // The court has 3 days to accept (法释〔2011〕5号 Art 4): later than now, within 4 days.
    expect(new Date(sent.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(sent.dueAt).getTime()).toBeLessThan(Date.now() + 6 * DAY_MS);

    const sides = await waitForStatuses(sent.id, "courtMediationRecord", "DELIVERED", "DELIVERED");
    expect(sides.other).toMatchObject({ id: sent.id, direction: "INCOMING", kind: "JUDICIAL_CONFIRMATION", fromChannel: CENTRE, fromCaseId: a.agreementId, unifiedNumber: a.unifiedNumber });
    expect(sides.other.idempotencyKey).toBeNull();
    expect(sides.centre.deliveredAt).not.toBeNull();

    const handoffs = (await gqlOk(AGREEMENT, { id: a.agreementId })).mediationAgreement.handoffs;
    expect(handoffs.map((h: any) => [h.id, h.kind, h.status])).toEqual([[sent.id, "JUDICIAL_CONFIRMATION", "DELIVERED"]]);
  });

  it("the court can open its confirmation from the payload, and the centre sees the acceptance", async () => {
    const a = await agreement(false);
    const sent = (await gqlOk(CONFIRM, { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() }, ACTOR))
      .applyForJudicialConfirmationOfAgreement;
    await waitForStatuses(sent.id, "courtMediationRecord", "DELIVERED", "DELIVERED");
    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { status toCaseType toCaseId } }`, { id: sent.id }, "红塔区人民法院-立案庭"))
      .acceptHandoffAtCourtMediation;
    expect(accepted).toMatchObject({ status: "ACCEPTED", toCaseType: "JudicialConfirmation" });
    const sides = await waitForStatuses(sent.id, "courtMediationRecord", "ACCEPTED", "ACCEPTED");
    expect(sides.centre).toMatchObject({ toCaseType: "JudicialConfirmation", toCaseId: accepted.toCaseId, unifiedNumber: a.unifiedNumber });
  });

  it("refuses an application outside the 30 days after the agreement took effect, writing nothing", async () => {
    const a = await agreement(true);
    const signedAt = new Date(Date.now() - 40 * DAY_MS);
    await sql(CENTRE, `update mediation_agreement set signed_at = $2 where id = $1`, [a.agreementId, signedAt]);
    const result = await refused("BAD_USER_INPUT", CONFIRM, { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() }, [a.agreementId]);
    const message = result.errors![0]!.message;
    expect(message).toContain("agreementId");
    expect(message).toContain(a.agreementId);
    expect(message).toContain(signedAt.toISOString());
    expect(result.errors![0]!.extensions!.field).toBe("agreementId");
  });

  it("accepts an application on the 29th day", async () => {
    const a = await agreement(true);
    await sql(CENTRE, `update mediation_agreement set signed_at = $2 where id = $1`, [a.agreementId, new Date(Date.now() - 29 * DAY_MS)]);
    const sent = (await gqlOk(CONFIRM, { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() }, ACTOR))
      .applyForJudicialConfirmationOfAgreement;
    expect(sent.kind).toBe("JUDICIAL_CONFIRMATION");
  });

  it("returns the same handoff for the same idempotency key, and refuses a second application with another key", async () => {
    const a = await agreement(true);
    const key = uuidKey();
    const vars = { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key };
    const first = (await gqlOk(CONFIRM, vars, ACTOR)).applyForJudicialConfirmationOfAgreement;
    const again = (await gqlOk(CONFIRM, vars, ACTOR)).applyForJudicialConfirmationOfAgreement;
    expect(again.id).toBe(first.id);
    const rows = await sql(CENTRE, `select id from handoff where from_case_id = $1`, [a.agreementId]);
    expect(rows.map((r) => r.id)).toEqual([first.id]);

    const second = await refused("CONFLICT", CONFIRM, { ...vars, key: uuidKey() }, [a.agreementId]);
    expect(second.errors![0]!.message).toContain(first.id);
    expect(second.errors![0]!.extensions!.handoffId).toBe(first.id);
  });

  // Without the kit's lock in offerHandoff, 20 concurrent calls wrote 4 handoffs for one agreement.
  it("treats concurrent applications for one agreement with different keys as one", async () => {
    const a = await agreement(true);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => gql(CONFIRM, { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() }, ACTOR)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(new Set(results.filter((r) => r.errors).map(errorCode))).toEqual(new Set(["CONFLICT"]));
    expect(await sql(CENTRE, `select id from handoff where from_case_id = $1`, [a.agreementId])).toHaveLength(1);
  });

  it("treats concurrent calls with one idempotency key as one call", async () => {
    const a = await agreement(true);
    const vars = { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() };
    const results = await Promise.all(Array.from({ length: 20 }, () => gqlOk(CONFIRM, vars, ACTOR)));
    expect(new Set(results.map((r) => r.applyForJudicialConfirmationOfAgreement.id)).size).toBe(1);
    expect(await sql(CENTRE, `select id from handoff where from_case_id = $1`, [a.agreementId])).toHaveLength(1);
  });

  it("refuses unknown agreements, reused keys, short keys, bad division codes and an empty court", async () => {
    const a = await agreement(true);
    const other = await agreement(true);
    const vars = { agreementId: a.agreementId, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", key: uuidKey() };
    await refused("NOT_FOUND", CONFIRM, { ...vars, agreementId: UNKNOWN_ID }, [a.agreementId]);
    await refused("NOT_FOUND", CONFIRM, { ...vars, agreementId: "not-an-id" }, [a.agreementId]);
    await refused("BAD_USER_INPUT", CONFIRM, { ...vars, key: "short" }, [a.agreementId]);
    await refused("BAD_USER_INPUT", CONFIRM, { ...vars, courtDivisionCode: "999999" }, [a.agreementId]);
    await refused("BAD_USER_INPUT", CONFIRM, { ...vars, court: "   " }, [a.agreementId]);
    // A key already used for another agreement is a CONFLICT, and writes nothing for either.
    const key = uuidKey();
    await gqlOk(CONFIRM, { ...vars, agreementId: other.agreementId, key }, ACTOR);
    await refused("CONFLICT", CONFIRM, { ...vars, key }, [a.agreementId, other.agreementId]);
  });
});

describe("mediation-center → notary: notarisation with enforcement effect (赋强公证)", () => {
  const office = "玉溪市红塔区公证处";
  const dueAt = () => new Date(Date.now() + 60 * DAY_MS).toISOString();

  it("sends an agreement with a payment obligation to the notary; both sides record it as delivered", async () => {
    const a = await agreement(true);
    const key = uuidKey();
    const sent = (await gqlOk(NOTARISE, { agreementId: a.agreementId, office, division: "530402", dueAt: dueAt(), consent: true, key }, ACTOR))
      .requestEnforceableNotarisationOfAgreement;
    expect(sent).toMatchObject({ kind: "ENFORCEABLE_NOTARISATION", fromCaseType: "MediationAgreement", fromCaseId: a.agreementId, toChannel: "notary", unifiedNumber: a.unifiedNumber });
    expect(sent.summary).toContain("8000.00");
    const sides = await waitForStatuses(sent.id, "notaryRecord", "DELIVERED", "DELIVERED");
    expect(sides.other).toMatchObject({ direction: "INCOMING", kind: "ENFORCEABLE_NOTARISATION", fromCaseId: a.agreementId });
    const again = (await gqlOk(NOTARISE, { agreementId: a.agreementId, office, division: "530402", dueAt: dueAt(), consent: true, key }, ACTOR))
      .requestEnforceableNotarisationOfAgreement;
    expect(again.id).toBe(sent.id);
  });

  it("refuses an agreement without a payment obligation, missing consent, a due date before signing and unknown agreements", async () => {
    const none = await agreement(false);
    const result = await refused("BAD_USER_INPUT", NOTARISE, { agreementId: none.agreementId, office, division: "530402", dueAt: dueAt(), consent: true, key: uuidKey() }, [none.agreementId]);
    expect(result.errors![0]!.message).toContain("has no payment obligation");
    expect(result.errors![0]!.message).toContain(none.agreementId);

    const a = await agreement(true);
    const vars = { agreementId: a.agreementId, office, division: "530402", dueAt: dueAt(), consent: true, key: uuidKey() };
    const noConsent = await refused("BAD_USER_INPUT", NOTARISE, { ...vars, consent: false }, [a.agreementId]);
    expect(noConsent.errors![0]!.extensions!.field).toBe("debtorConsentToEnforcement");
    const early = await refused("BAD_USER_INPUT", NOTARISE, { ...vars, dueAt: new Date(Date.now() - 30 * DAY_MS).toISOString() }, [a.agreementId]);
    expect(early.errors![0]!.extensions!.field).toBe("paymentDueAt");
    await refused("NOT_FOUND", NOTARISE, { ...vars, agreementId: UNKNOWN_ID }, [a.agreementId]);
    await refused("BAD_USER_INPUT", NOTARISE, { ...vars, office: "" }, [a.agreementId]);
    await refused("BAD_USER_INPUT", NOTARISE, { ...vars, division: "12345" }, [a.agreementId]);
  });
});

describe("mediation-center → arbitration: a failed labour mediation (劳动仲裁)", () => {
  const commission = "玉溪市红塔区劳动人事争议仲裁委员会";

  it("refers a FAILED labour case; both sides record it as delivered, and the case lists it", async () => {
    const failed = await failedCase("MIGRANT_WORKER_WAGES");
    const key = uuidKey();
    const sent = (await gqlOk(ARBITRATE, { caseId: failed.caseId, commission, division: "530402", key }, ACTOR)).referFailedMediationToArbitration;
    expect(sent).toMatchObject({ kind: "LABOUR_ARBITRATION", fromCaseType: "MediationCase", fromCaseId: failed.caseId, toChannel: "arbitration", unifiedNumber: failed.unifiedNumber });
    const sides = await waitForStatuses(sent.id, "arbitrationRecord", "DELIVERED", "DELIVERED");
    expect(sides.other).toMatchObject({ direction: "INCOMING", kind: "LABOUR_ARBITRATION", fromCaseId: failed.caseId });
    const listed = (await gqlOk(CASE, { id: failed.caseId }, ACTOR)).mediationCase.handoffs;
    expect(listed.map((h: any) => [h.id, h.direction, h.kind])).toEqual([[sent.id, "OUTGOING", "LABOUR_ARBITRATION"]]);
    expect(listed[0].timeline.map((t: any) => t.action)).toEqual(expect.arrayContaining(["offer", "delivered"]));
    expect(listed[0].timeline[0].actor).toBe(actorName(ACTOR));
  });

  it("refuses a case that has not failed (CONFLICT) and a dispute that is not about labour (BAD_USER_INPUT)", async () => {
    const running = await mediating({ disputeType: "LABOUR" });
    const notFailed = await refused("CONFLICT", ARBITRATE, { caseId: running.caseId, commission, division: "530402", key: uuidKey() }, [running.caseId]);
    expect(notFailed.errors![0]!.message).toContain("MEDIATING");
    const terminated = await mediating({ disputeType: "LABOUR" });
    await gqlOk(TERMINATE, { id: terminated.caseId, reason: "申请人撤回调解申请" }, ACTOR);
    await refused("CONFLICT", ARBITRATE, { caseId: terminated.caseId, commission, division: "530402", key: uuidKey() }, [terminated.caseId]);

    const neighbours = await failedCase("NEIGHBOURHOOD");
    const wrongType = await refused("BAD_USER_INPUT", ARBITRATE, { caseId: neighbours.caseId, commission, division: "530402", key: uuidKey() }, [neighbours.caseId]);
    expect(wrongType.errors![0]!.message).toContain("NEIGHBOURHOOD");
    expect(wrongType.errors![0]!.extensions!.field).toBe("caseId");
    await refused("NOT_FOUND", ARBITRATE, { caseId: UNKNOWN_ID, commission, division: "530402", key: uuidKey() }, [UNKNOWN_ID]);
  });
});

// ---------------------------------------------------------------------------------------------
// The centre as receiver.
// ---------------------------------------------------------------------------------------------

const REPORT = `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id incidentNumber } }`;
const REFER = `mutation($id: ID!, $key: String!) {
  referIncidentToMediationCenter(id: $id, mediationOrganisation: "红塔区矛盾纠纷调处化解中心", idempotencyKey: $key) { id handoffs { id kind status } } }`;

describe("police-mediation → mediation-center: a referred 110 incident (警调对接)", () => {
  it("registers the dispute with the incident's parties, and sends the mediation result back", async () => {
    const people: Person[] = [{ id: newResidentId(), name: "王五" }, { id: newResidentId("440524"), name: "赵六" }];
    const incident = (await gqlOk(REPORT, {
      input: {
        incidentNumber: unique("JQ530402").toUpperCase(),
        station: "玉兴派出所",
        divisionCode: "530402",
        category: "NEIGHBOUR_QUARREL",
        disputeType: "NEIGHBOURHOOD",
        narrative: "报警人称邻居装修噪音扰民, 双方发生争吵。",
        parties: personParties(people),
      },
    }, POLICE_ACTOR)).reportIncident;
    const referred = (await gqlOk(REFER, { id: incident.id, key: uuidKey() }, POLICE_ACTOR)).referIncidentToMediationCenter;
    const handoffId = referred.handoffs.find((h: any) => h.kind === "POLICE_REFERRAL").id as string;

    await waitForStatuses(handoffId, "policeMediationRecord", "DELIVERED", "DELIVERED");
    const accepted = (await gqlOk(ACCEPT_AT_CENTRE, { id: handoffId }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(accepted).toMatchObject({ status: "ACCEPTED", direction: "INCOMING", toCaseType: "MediationCase" });
    expect(accepted.unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);

    const opened = (await gqlOk(CASE, { id: accepted.toCaseId }, ACTOR)).mediationCase;
    expect(opened).toMatchObject({ status: "REGISTERED", committee: null, unifiedNumber: accepted.unifiedNumber });
    expect(opened.dispute).toMatchObject({ source: "POLICE", sourceReference: incident.incidentNumber, disputeType: "NEIGHBOURHOOD", divisionCode: "530402" });
    expect(opened.parties.map((p: any) => [p.role, p.name, p.identifierMasked]).sort()).toEqual(
      [["APPLICANT", "王五", masked(people[0]!.id)], ["RESPONDENT", "赵六", masked(people[1]!.id)]].sort(),
    );
    expect(opened.handoffs.map((h: any) => [h.id, h.direction, h.status])).toEqual([[handoffId, "INCOMING", "ACCEPTED"]]);
    expect(opened.timeline[0]).toMatchObject({ action: "register", toStatus: "REGISTERED", actor: actorName(ACTOR) });

    // The police learn the unified number the centre minted.
    const policeSide = await waitForStatuses(handoffId, "policeMediationRecord", "ACCEPTED", "ACCEPTED");
    expect(policeSide.other.unifiedNumber).toBe(accepted.unifiedNumber);

    // The case ends: its result goes back in the same transaction, and on to the police.
    const committee = (await gqlOk(CREATE_COMMITTEE, { input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" } }, ACTOR))
      .createMediationCommittee;
    const mediator = (await gqlOk(APPOINT, { input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: [] } }, ACTOR))
      .appointMediator;
    await gqlOk(ACCEPT, { id: accepted.toCaseId, mediatorId: mediator.id }, ACTOR);
    await gqlOk(START, { id: accepted.toCaseId }, ACTOR);
    await gqlOk(FAIL, { id: accepted.toCaseId, reason: "被申请人拒不到场" }, ACTOR);
    const [centreRow] = await sql(CENTRE, `select status, outcome, result from handoff where id = $1`, [handoffId]);
    expect(centreRow).toEqual({ status: "COMPLETED", outcome: "FAILED", result: "调解不成: 被申请人拒不到场" });
    const done = await waitForStatuses(handoffId, "policeMediationRecord", "COMPLETED", "COMPLETED");
    expect(done.other).toMatchObject({ outcome: "FAILED", result: "调解不成: 被申请人拒不到场" });
  });
});

/**
 * Delivers a COURT_REFERRAL straight to the centre's internal endpoint, signed as court-mediation,
 * the way court-mediation's worker does: payloads no sender would write can be tested this way.
 */
async function deliverAsCourt(payload: Record<string, unknown>, unifiedNumber: string | null = null): Promise<{ id: string; response: Response }> {
  const id = randomUUID();
  const wire = {
    id,
    kind: "COURT_REFERRAL",
    fromChannel: "court-mediation",
    fromCaseType: "CourtReferral",
    fromCaseId: randomUUID(),
    toChannel: CENTRE,
    unifiedNumber,
    summary: "玉溪市红塔区人民法院 委派调解",
    payloadEncrypted: encryptField(JSON.stringify(payload)),
    dueAt: new Date(Date.now() + 3 * DAY_MS).toISOString(),
    offeredAt: new Date().toISOString(),
  };
  const body = JSON.stringify(wire);
  const url = new URL(inject("subgraphUrls")[CENTRE]!);
  url.pathname = "/internal/handoffs";
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signServiceCall("court-mediation", "POST", "/internal/handoffs", body) },
    body,
  });
  return { id, response };
}

function courtPayload(overrides: Record<string, unknown> = {}, people: Person[] = [{ id: newResidentId(), name: "钱七" }, { id: newResidentId("440524"), name: "孙八" }]) {
  return {
    disputeType: "CONTRACT",
    divisionCode: "530402",
    amount: "56000.00",
    description: unique("买卖合同纠纷, 原告要求被告支付货款"),
    sourceReference: "（2026）云0402民初1234号",
    parties: personParties(people),
    ...overrides,
  };
}

/** Rows the centre holds for a dispute number: disputes, cases and the parties of those disputes. */
async function disputeRows(unifiedNumber: string) {
  const [row] = await sql(CENTRE, `select
      (select count(*)::int from dispute where unified_number = $1) as disputes,
      (select count(*)::int from mediation_case where unified_number = $1) as cases,
      (select count(*)::int from case_party where case_id in (select id::text from dispute where unified_number = $1)) as parties`, [unifiedNumber]);
  return row;
}

describe("court-mediation → mediation-center: what the receiver does with a payload (诉调对接)", () => {
  it("keeps a well-formed unified number the dispute travels under, with source COURT", async () => {
    const number = newUnifiedNumber("530402").replace("-2026-", "-2025-");
    const { id, response } = await deliverAsCourt(courtPayload({ unifiedNumber: number }), number);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "DELIVERED" });
    const accepted = (await gqlOk(ACCEPT_AT_CENTRE, { id }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(accepted).toMatchObject({ status: "ACCEPTED", unifiedNumber: number, toCaseType: "MediationCase" });
    const opened = (await gqlOk(CASE, { id: accepted.toCaseId }, ACTOR)).mediationCase;
    expect(opened.dispute).toMatchObject({ unifiedNumber: number, source: "COURT", sourceReference: "（2026）云0402民初1234号", amount: "56000.00", disputeType: "CONTRACT" });
    expect(opened.parties).toHaveLength(2);
  });

  it("mints a number when the payload has none or a malformed one, and a later mint never collides with a kept number", async () => {
    const minted = (await gqlOk(ACCEPT_AT_CENTRE, { id: (await deliverAsCourt(courtPayload())).id }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(minted.unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);

    const bad = await deliverAsCourt(courtPayload({ unifiedNumber: "5304-2026-1" }));
    const remedied = (await gqlOk(ACCEPT_AT_CENTRE, { id: bad.id }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(remedied.unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);
    const opened = (await gqlOk(CASE, { id: remedied.toCaseId }, ACTOR)).mediationCase;
    expect(opened.dispute.unifiedNumber).toBe(remedied.unifiedNumber);

    // A number kept from a handoff takes the serial right after the last one minted for 美兰区 in
    // 2023 (a year no other test registers in); the next registration skips it instead of colliding.
    const desk = (registeredAt: string) =>
      gqlOk(REGISTER, {
        input: { disputeType: "CONTRACT", divisionCode: "460108", description: unique("合同纠纷"), source: "WALK_IN", parties: personParties([{ id: newResidentId(), name: "周九" }]), registeredAt },
      }, ACTOR).then((d) => d.registerDispute.unifiedNumber as string);
    const first = await desk("2023-06-01T02:00:00.000Z");
    const [division, year, serial] = first.split("-");
    expect([division, year]).toEqual(["460108", "2023"]);
    const next = `${division}-${year}-${String(Number(serial) + 1).padStart(6, "0")}`;
    const kept = (await gqlOk(ACCEPT_AT_CENTRE, { id: (await deliverAsCourt(courtPayload({ divisionCode: "460108", unifiedNumber: next }))).id }, ACTOR))
      .acceptHandoffAtMediationCenter;
    expect(kept.unifiedNumber).toBe(next);
    const after = await desk("2023-06-02T02:00:00.000Z");
    expect(Number(after.split("-")[2])).toBe(Number(serial) + 2);
  });

  it("opens a new case for a dispute already registered here once its earlier case has ended, without duplicating parties", async () => {
    const first = await mediating({ disputeType: "CONTRACT" });
    const payload = courtPayload({ unifiedNumber: first.unifiedNumber }, first.people);
    // While the first case is under way, the referral cannot be accepted.
    const early = await deliverAsCourt(payload, first.unifiedNumber);
    const before = await disputeRows(first.unifiedNumber);
    expect(errorCode(await gql(ACCEPT_AT_CENTRE, { id: early.id }, ACTOR))).toBe("CONFLICT");
    expect(await disputeRows(first.unifiedNumber)).toEqual(before);
    await gqlOk(REJECT_AT_CENTRE, { id: early.id, reason: "该纠纷正在调解中" }, ACTOR);

    await gqlOk(FAIL, { id: first.caseId, reason: "调解不成" }, ACTOR);
    const later = await deliverAsCourt(payload, first.unifiedNumber);
    const accepted = (await gqlOk(ACCEPT_AT_CENTRE, { id: later.id }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(accepted.unifiedNumber).toBe(first.unifiedNumber);
    expect(accepted.toCaseId).not.toBe(first.caseId);
    expect(await disputeRows(first.unifiedNumber)).toEqual({ disputes: 1, cases: 2, parties: 2 });
    const opened = (await gqlOk(CASE, { id: accepted.toCaseId }, ACTOR)).mediationCase;
    expect(opened.dispute.mediationCases.map((c: any) => c.status)).toEqual(["FAILED", "REGISTERED"]);
  });

  it("refuses a payload its own desk would refuse, naming the payload field, and writes nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ parties: [personParty("钱七", withWrongCheckCharacter(newResidentId()))] }, "payload.parties[0].idNumber"],
      [{ parties: [] }, "payload.parties"],
      [{ divisionCode: "999999" }, "payload.divisionCode"],
      [{ amount: 12.5 }, "payload.amount"],
      [{ amount: "-3.00" }, "payload.amount"],
      [{ amount: "1.005" }, "payload.amount"],
      [{ disputeType: "GOSSIP" }, "payload.disputeType"],
      [{ description: "  " }, "payload.description"],
      [{ sourceReference: "x".repeat(65) }, "payload.sourceReference"],
      [{ parties: [{ role: "APPLICANT", kind: "PERSON", name: "钱七" }] }, "payload.parties[0].idNumber"],
    ];
    for (const [overrides, field] of cases) {
      const payload = courtPayload({ description: unique("退回测试"), ...overrides });
      const { id } = await deliverAsCourt(payload);
      const result = await gql(ACCEPT_AT_CENTRE, { id }, ACTOR);
      expect(errorCode(result), `${field}: ${JSON.stringify(result.errors)}`).toBe("BAD_USER_INPUT");
      expect(result.errors![0]!.extensions!.field).toBe(field);
      const [after] = await sql(CENTRE, `select (select status from handoff where id = $1::uuid) as status,
        (select count(*)::int from status_change where case_id = $1::text) as steps,
        (select count(*)::int from dispute where description = $2) as disputes`, [id, String(payload.description).trim()]);
      // Still DELIVERED with only its "deliver" step, and no dispute (nor its case and parties) written.
      expect(after).toEqual({ status: "DELIVERED", steps: 1, disputes: 0 });
    }
  });

  it("completes the handoff with the agreement when the case reaches one, and refuses a second acceptance", async () => {
    const { id } = await deliverAsCourt(courtPayload());
    const accepted = (await gqlOk(ACCEPT_AT_CENTRE, { id }, ACTOR)).acceptHandoffAtMediationCenter;
    expect(errorCode(await gql(ACCEPT_AT_CENTRE, { id }, ACTOR))).toBe("CONFLICT");
    const committee = (await gqlOk(CREATE_COMMITTEE, { input: { name: unique("人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" } }, ACTOR)).createMediationCommittee;
    const mediator = (await gqlOk(APPOINT, { input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: [] } }, ACTOR)).appointMediator;
    await gqlOk(ACCEPT, { id: accepted.toCaseId, mediatorId: mediator.id }, ACTOR);
    await gqlOk(START, { id: accepted.toCaseId }, ACTOR);
    await gqlOk(AGREE, { id: accepted.toCaseId, input: { terms: "被告于三十日内支付货款五万元", amount: "50000.00", hasPaymentObligation: true } }, ACTOR);
    const record = (await gqlOk(CASE, { id: accepted.toCaseId }, ACTOR)).mediationCase.handoffs[0];
    expect(record).toMatchObject({ id, status: "COMPLETED", outcome: "SUCCEEDED" });
    expect(record.result).toContain("被告于三十日内支付货款五万元");
    expect(record.result).toContain("50000.00");
    expect(record.timeline.map((t: any) => t.action)).toEqual(["deliver", "accept", "complete"]);
    expect(record.timeline.at(-1).actor).toBe(actorName(ACTOR));
  });

  it("refuses a handoff past its due date instead of accepting it", async () => {
    const { id } = await deliverAsCourt(courtPayload());
    await sql(CENTRE, `update handoff set due_at = now() - interval '1 minute' where id = $1`, [id]);
    const result = await gql(ACCEPT_AT_CENTRE, { id }, ACTOR);
    expect(errorCode(result)).toBe("CONFLICT");
    expect(result.errors![0]!.message).toMatch(/expired/i);
  });

  it("refuses a delivery from a channel that does not send that kind", async () => {
    const id = randomUUID();
    const body = JSON.stringify({ id, kind: "COURT_REFERRAL", fromChannel: "notary", toChannel: CENTRE });
    const url = new URL(inject("subgraphUrls")[CENTRE]!);
    url.pathname = "/internal/handoffs";
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...signServiceCall("notary", "POST", "/internal/handoffs", body) }, body });
    expect(response.status).toBe(403);
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    expect(await sql(CENTRE, `select id from handoff where id = $1`, [id])).toEqual([]);
  });
});
