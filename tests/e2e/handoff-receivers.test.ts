import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorName, HONGTA, arbitrator, mediator, notary } from "../support/callers.ts";
import { errorCode, gql, gqlOk } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParties, type Person } from "../support/people.ts";
import { daysAgo, daysAhead, ms } from "../support/time.ts";
import { unique } from "../support/values.ts";
import { allNodes } from "../support/paging.ts";

// Cross-agency handoffs RECEIVED by the notary (赋强公证) and by arbitration (劳动仲裁), through the
// gateway: the mediation centre sends, the receiver accepts (opening its own case with the same
// parties and unified number) or rejects, and the end of the receiver's case travels back.
// Delivery is asynchronous (graphile-worker): every wait below is a bounded poll, never a sleep.

const ACTOR = mediator(HONGTA, "红塔区人民调解中心-调解员handoff-e2e");
const NOTARY = notary(HONGTA, "红塔公证处-公证员handoff-e2e");
const ARBITRATOR = arbitrator(HONGTA, "红塔区劳动人事争议仲裁委员会-仲裁员handoff-e2e");


const RECORD = `id status outcome result reason toCaseType toCaseId unifiedNumber kind direction fromChannel toChannel`;
const HANDOFF = `query Handoff($id: ID!) { handoff(id: $id) {
  id
  mediationCenterRecord { ${RECORD} }
  notaryRecord { ${RECORD} }
  arbitrationRecord { ${RECORD} }
} }`;

const year = () => new Date().getFullYear();
const certificateNumber = () => `（${year()}）云玉红证字第${randomInt(1, 100_000_000)}号`;

// ---------------------------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------------------------

/** Polls `probe` every 200 ms until `done` holds, for at most 15 s; fails with the last value otherwise. */
async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * What accepting or rejecting handoff `id` at a receiver could have written there: its record
 * of the handoff and the cases opened under the handoff's unified number, with their parties
 * and steps (rows of this handoff only: other tests write to the same tables meanwhile).
 */
async function receivedAt(subgraph: "notary" | "arbitration", caseTable: string, id: string) {
  const [row] = await sql(
    subgraph,
    `with opened as (select c.id from ${caseTable} c join handoff h on c.unified_number = h.unified_number where h.id = $1::uuid)
     select (select json_agg(json_build_object('status', status, 'version', version, 'toCaseId', to_case_id)) from handoff where id = $1::uuid) as handoff,
            (select count(*) from opened) as cases,
            (select count(*) from case_party where case_id in (select id::text from opened)) as parties,
            (select count(*) from status_change where case_id in (select id::text from opened)) as steps`,
    [id],
  );
  return row;
}

async function handoff(id: string) {
  return (await gqlOk(HANDOFF, { id })).handoff;
}

/** Waits until `side`'s record of the handoff is in `status`; returns the whole handoff. */
function handoffWhere(id: string, side: "mediationCenterRecord" | "notaryRecord" | "arbitrationRecord", status: string) {
  return waitFor(`handoff ${id}: ${side} ${status}`, () => handoff(id), (h) => h?.[side]?.status === status);
}

// ---------------------------------------------------------------------------------------------
// The mediation centre's side
// ---------------------------------------------------------------------------------------------

const DISPUTE_FIELDS = `unifiedNumber registeredAt parties { role kind name partyKey identifierMasked } mediationCases { id }`;

async function mediatingCase(disputeType: string, people: Person[], overrides: Record<string, unknown> = {}) {
  const committee = (
    await gqlOk(
      `mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`,
      { input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" } },
      ACTOR,
    )
  ).createMediationCommittee;
  const mediator = (
    await gqlOk(
      `mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`,
      { input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: [disputeType] } },
      ACTOR,
    )
  ).appointMediator;
  const dispute = (
    await gqlOk(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ${DISPUTE_FIELDS} } }`,
      {
        input: {
          disputeType,
          divisionCode: "530402",
          amount: "36000.00",
          description: unique("拖欠工资及经济补偿"),
          source: "WALK_IN",
          parties: personParties(people),
          committeeId: committee.id,
          ...overrides,
        },
      },
      ACTOR,
    )
  ).registerDispute;
  const caseId = dispute.mediationCases[0].id as string;
  await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator.id }, ACTOR);
  await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, ACTOR);
  return { dispute, caseId };
}

/** A dispute mediated to an agreement with a payment obligation; returns the dispute and the agreement. */
async function agreementWithPayment(people: Person[]) {
  const { dispute, caseId } = await mediatingCase("DAMAGES", people);
  const terms = unique("被申请人于2026年12月31日前向申请人一次性支付赔偿款20000元");
  const agreement = (
    await gqlOk(
      `mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id unifiedNumber terms amount } }`,
      { id: caseId, input: { terms, amount: "20000.00", hasPaymentObligation: true } },
      ACTOR,
    )
  ).recordMediationAgreement;
  return { dispute, agreement };
}

const NOTARISE = `mutation Notarise($agreementId: ID!, $office: String!, $division: DivisionCode!, $due: DateTimeISO!, $key: String!) {
  requestEnforceableNotarisationOfAgreement(agreementId: $agreementId, notaryOffice: $office, notaryDivisionCode: $division,
    paymentDueAt: $due, debtorConsentToEnforcement: true, idempotencyKey: $key) { ${RECORD} } }`;

async function requestNotarisation(agreementId: string, office = unique("云南省玉溪市红塔公证处")) {
  const paymentDueAt = daysAhead(60);
  const sent = (await gqlOk(NOTARISE, { agreementId, office, division: "530402", due: paymentDueAt, key: randomUUID() }, ACTOR))
    .requestEnforceableNotarisationOfAgreement;
  return { sent, office, paymentDueAt };
}

const REFER = `mutation Refer($caseId: ID!, $commission: String!, $division: DivisionCode!, $key: String!) {
  referFailedMediationToArbitration(caseId: $caseId, commission: $commission, commissionDivisionCode: $division, idempotencyKey: $key) { ${RECORD} } }`;

/** A labour dispute whose mediation failed, referred to arbitration; returns the dispute and the handoff. */
async function failedLabourMediationReferred(people: Person[], overrides: Record<string, unknown> = {}) {
  const { dispute, caseId } = await mediatingCase("LABOUR", people, overrides);
  await gqlOk(`mutation($id: ID!) { recordMediationFailure(id: $id, reason: "用人单位拒绝支付,调解不成") { id } }`, { id: caseId }, ACTOR);
  const commission = unique("玉溪市红塔区劳动人事争议仲裁委员会");
  const sent = (await gqlOk(REFER, { caseId, commission, division: "530402", key: randomUUID() }, ACTOR)).referFailedMediationToArbitration;
  return { dispute, caseId, sent, commission };
}

const sortedParties = (parties: { role: string; name: string; partyKey: string }[]) =>
  parties.map((p) => ({ role: p.role, name: p.name, partyKey: p.partyKey })).sort((a, b) => a.partyKey.localeCompare(b.partyKey));

// ---------------------------------------------------------------------------------------------
// Notary
// ---------------------------------------------------------------------------------------------

const NOTARISATION_FIELDS = `
  id notaryOffice divisionCode unifiedNumber agreementId debtTerms paymentAmount paymentDueAt debtorConsentToEnforcement appliedAt status dueAt
  certificateNumber refusalReason
  parties { role kind name partyKey identifierMasked }
  timeline { action fromStatus toStatus actor note }
  handoffs { id direction status outcome result kind toCaseType toCaseId }
  dispute { unifiedNumber }
`;
const NOTARISATION = `query($id: ID!) { notarisationApplication(id: $id) { ${NOTARISATION_FIELDS} } }`;

describe("notary receives ENFORCEABLE_NOTARISATION handoffs", () => {
  it("accepts an agreement from the mediation centre, opens the application with the same parties, and the certificate completes the handoff on both sides", async () => {
    const people = [{ id: newResidentId(), name: "王债权" }, { id: newResidentId("460108"), name: "赵债务" }];
    const { dispute, agreement } = await agreementWithPayment(people);
    const { sent, office, paymentDueAt } = await requestNotarisation(agreement.id);
    expect(sent).toMatchObject({ kind: "ENFORCEABLE_NOTARISATION", direction: "OUTGOING", fromChannel: "mediation-center", toChannel: "notary" });

    const delivered = await handoffWhere(sent.id, "notaryRecord", "DELIVERED");
    expect(delivered.notaryRecord).toMatchObject({ direction: "INCOMING", toCaseId: null, unifiedNumber: dispute.unifiedNumber });
    // The notary's desk lists it among its incoming handoffs.
    const desk = await allNodes(
      `query($after: String) { notaryHandoffs(direction: INCOMING, status: DELIVERED, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      "notaryHandoffs",
    );
    expect(desk.map((h: any) => h.id)).toContain(sent.id);

    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtNotary(id: $id) { ${RECORD} } }`, { id: sent.id }, NOTARY)).acceptHandoffAtNotary;
    expect(accepted).toMatchObject({ status: "ACCEPTED", toCaseType: "NotarisationApplication", unifiedNumber: dispute.unifiedNumber });

    const application = (await gqlOk(NOTARISATION, { id: accepted.toCaseId })).notarisationApplication;
    expect(application).toMatchObject({
      notaryOffice: office,
      divisionCode: "530402",
      unifiedNumber: dispute.unifiedNumber,
      agreementId: agreement.id,
      debtTerms: agreement.terms,
      paymentAmount: "20000.00",
      debtorConsentToEnforcement: true,
      status: "APPLIED",
      certificateNumber: null,
      dispute: { unifiedNumber: dispute.unifiedNumber },
    });
    expect(ms(application.paymentDueAt)).toBe(ms(paymentDueAt));
    // The same people, not re-keyed: identical party keys and roles (creditor APPLICANT, debtor RESPONDENT).
    expect(sortedParties(application.parties)).toEqual(sortedParties(dispute.parties));
    expect(application.parties.map((p: any) => p.role).sort()).toEqual(["APPLICANT", "RESPONDENT"]);
    expect(application.timeline).toHaveLength(1);
    expect(application.timeline[0]).toMatchObject({ action: "register", fromStatus: null, toStatus: "APPLIED", actor: actorName(NOTARY) });
    expect(application.timeline[0].note).toContain(sent.id);
    expect(application.handoffs).toEqual([
      { id: sent.id, direction: "INCOMING", status: "ACCEPTED", outcome: null, result: null, kind: "ENFORCEABLE_NOTARISATION", toCaseType: "NotarisationApplication", toCaseId: application.id },
    ]);
    // Accepting twice is a CONFLICT and opens nothing more.
    const before = await receivedAt("notary", "notarisation_application", sent.id);
    expect(errorCode(await gql(`mutation($id: ID!) { acceptHandoffAtNotary(id: $id) { id } }`, { id: sent.id }, NOTARY))).toBe("CONFLICT");
    expect(await receivedAt("notary", "notarisation_application", sent.id)).toEqual(before);

    const acceptedAtCentre = await handoffWhere(sent.id, "mediationCenterRecord", "ACCEPTED");
    expect(acceptedAtCentre.mediationCenterRecord).toMatchObject({ toCaseType: "NotarisationApplication", toCaseId: application.id });

    // The certificate ends the application and completes the handoff in the same transaction.
    await gqlOk(`mutation($id: ID!) { startNotarisationReview(id: $id) { id } }`, { id: application.id }, NOTARY);
    const number = certificateNumber();
    const issued = (
      await gqlOk(`mutation($id: ID!, $n: String!) { issueNotarialCertificate(id: $id, certificateNumber: $n) { status certificateNumber handoffs { status outcome result } } }`, { id: application.id, n: number }, NOTARY)
    ).issueNotarialCertificate;
    expect(issued).toMatchObject({ status: "ISSUED", certificateNumber: number, handoffs: [{ status: "COMPLETED", outcome: "SUCCEEDED", result: `公证书 ${number}` }] });

    const completed = await handoffWhere(sent.id, "mediationCenterRecord", "COMPLETED");
    expect(completed.mediationCenterRecord).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED", result: `公证书 ${number}` });
    expect(completed.notaryRecord).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED", result: `公证书 ${number}` });
    expect(completed.arbitrationRecord).toBeNull();
    // And the agreement at the centre shows it.
    const atCentre = (await gqlOk(`query($id: ID!) { mediationAgreement(id: $id) { handoffs { id status outcome result } } }`, { id: agreement.id })).mediationAgreement;
    expect(atCentre.handoffs).toEqual([{ id: sent.id, status: "COMPLETED", outcome: "SUCCEEDED", result: `公证书 ${number}` }]);
  });

  it("a refused notarisation completes the handoff as FAILED with the refusal reason", async () => {
    const { agreement } = await agreementWithPayment([{ id: newResidentId(), name: "钱债权" }, { id: newResidentId(), name: "孙债务" }]);
    const { sent } = await requestNotarisation(agreement.id);
    await handoffWhere(sent.id, "notaryRecord", "DELIVERED");
    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtNotary(id: $id) { toCaseId } }`, { id: sent.id }, NOTARY)).acceptHandoffAtNotary;

    const reason = unique("债务人未能提供书面同意强制执行的原件,不予办理");
    const refused = (
      await gqlOk(`mutation($id: ID!, $r: String!) { refuseNotarisation(id: $id, reason: $r) { status refusalReason handoffs { status outcome result } } }`, { id: accepted.toCaseId, r: reason }, NOTARY)
    ).refuseNotarisation;
    expect(refused).toMatchObject({ status: "REFUSED", refusalReason: reason, handoffs: [{ status: "COMPLETED", outcome: "FAILED", result: reason }] });

    const completed = await handoffWhere(sent.id, "mediationCenterRecord", "COMPLETED");
    expect(completed.mediationCenterRecord).toMatchObject({ outcome: "FAILED", result: reason });
    expect(completed.notaryRecord).toMatchObject({ status: "COMPLETED", outcome: "FAILED", result: reason });
  });

  it("a rejection at the notary goes back to the centre with its reason, and opens nothing", async () => {
    const { agreement } = await agreementWithPayment([{ id: newResidentId(), name: "周债权" }, { id: newResidentId(), name: "吴债务" }]);
    const { sent } = await requestNotarisation(agreement.id);
    await handoffWhere(sent.id, "notaryRecord", "DELIVERED");

    // An empty reason is refused and changes nothing.
    const before = await receivedAt("notary", "notarisation_application", sent.id);
    expect(errorCode(await gql(`mutation($id: ID!) { rejectHandoffAtNotary(id: $id, reason: "  ") { id } }`, { id: sent.id }, NOTARY))).toBe("BAD_USER_INPUT");
    expect(await receivedAt("notary", "notarisation_application", sent.id)).toEqual(before);

    const reason = unique("本处不受理该辖区以外的债权文书公证,请向债务人住所地公证处申请");
    const rejected = (await gqlOk(`mutation($id: ID!, $r: String!) { rejectHandoffAtNotary(id: $id, reason: $r) { ${RECORD} } }`, { id: sent.id, r: reason }, NOTARY))
      .rejectHandoffAtNotary;
    expect(rejected).toMatchObject({ status: "REJECTED", reason, toCaseId: null });
    const rows = await sql("notary", `select count(*)::int as n from notarisation_application where agreement_id = $1`, [agreement.id]);
    expect(rows[0].n).toBe(0);

    const back = await handoffWhere(sent.id, "mediationCenterRecord", "REJECTED");
    expect(back.mediationCenterRecord).toMatchObject({ status: "REJECTED", reason, toCaseId: null, outcome: null });
    // A rejected handoff cannot be accepted afterwards.
    expect(errorCode(await gql(`mutation($id: ID!) { acceptHandoffAtNotary(id: $id) { id } }`, { id: sent.id }, NOTARY))).toBe("CONFLICT");
  });

  it("an unknown handoff id is NOT_FOUND at the notary", async () => {
    expect(errorCode(await gql(`mutation { acceptHandoffAtNotary(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, NOTARY))).toBe("NOT_FOUND");
  });
});

// ---------------------------------------------------------------------------------------------
// Arbitration
// ---------------------------------------------------------------------------------------------

const ARBITRATION_FIELDS = `
  id kind commission divisionCode disputeType unifiedNumber disputeAroseAt appliedAt status dueAt outcome outcomeSummary awardedAmount
  claims { position description amount } totalClaimed
  parties { role kind name partyKey identifierMasked }
  timeline { action fromStatus toStatus actor note }
  handoffs { id direction status outcome result kind toCaseType toCaseId }
  dispute { unifiedNumber }
`;
const ARBITRATION = `query($id: ID!) { arbitrationCase(id: $id) { ${ARBITRATION_FIELDS} } }`;

describe("arbitration receives LABOUR_ARBITRATION handoffs", () => {
  it("accepts a failed labour mediation, opens a LABOUR case with the same parties, and the award completes the handoff on both sides", async () => {
    const people = [{ id: newResidentId(), name: "刘工人" }, { id: newResidentId("440524"), name: "陈老板" }];
    const { dispute, caseId, sent, commission } = await failedLabourMediationReferred(people);
    expect(sent).toMatchObject({ kind: "LABOUR_ARBITRATION", direction: "OUTGOING", fromChannel: "mediation-center", toChannel: "arbitration" });

    await handoffWhere(sent.id, "arbitrationRecord", "DELIVERED");
    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtArbitration(id: $id) { ${RECORD} } }`, { id: sent.id }, ARBITRATOR)).acceptHandoffAtArbitration;
    expect(accepted).toMatchObject({ status: "ACCEPTED", toCaseType: "ArbitrationCase", unifiedNumber: dispute.unifiedNumber });

    const arbitration = (await gqlOk(ARBITRATION, { id: accepted.toCaseId })).arbitrationCase;
    expect(arbitration).toMatchObject({
      kind: "LABOUR",
      commission,
      divisionCode: "530402",
      disputeType: "LABOUR",
      unifiedNumber: dispute.unifiedNumber,
      status: "APPLIED",
      outcome: null,
      totalClaimed: "36000.00",
      dispute: { unifiedNumber: dispute.unifiedNumber },
    });
    expect(ms(arbitration.disputeAroseAt)).toBe(ms(dispute.registeredAt));
    expect(arbitration.claims).toHaveLength(1);
    expect(arbitration.claims[0]).toMatchObject({ position: 1, amount: "36000.00" });
    expect(sortedParties(arbitration.parties)).toEqual(sortedParties(dispute.parties));
    expect(arbitration.timeline).toHaveLength(1);
    expect(arbitration.timeline[0]).toMatchObject({ action: "register", toStatus: "APPLIED", actor: actorName(ARBITRATOR) });
    expect(arbitration.handoffs).toEqual([
      { id: sent.id, direction: "INCOMING", status: "ACCEPTED", outcome: null, result: null, kind: "LABOUR_ARBITRATION", toCaseType: "ArbitrationCase", toCaseId: arbitration.id },
    ]);

    // The mediation case at the centre lists the referral.
    await handoffWhere(sent.id, "mediationCenterRecord", "ACCEPTED");
    const mediationCase = (await gqlOk(`query($id: ID!) { mediationCase(id: $id) { handoffs { id status toCaseId } } }`, { id: caseId })).mediationCase;
    expect(mediationCase.handoffs).toEqual([{ id: sent.id, status: "ACCEPTED", toCaseId: arbitration.id }]);

    // Accepted, heard, awarded: the award's summary goes back as the result.
    await gqlOk(`mutation($id: ID!, $n: String!) { acceptArbitration(id: $id, caseNumber: $n) { id } }`, { id: arbitration.id, n: unique("玉劳人仲案字〔2026〕第") }, ARBITRATOR);
    await gqlOk(`mutation($id: ID!) { startArbitrationHearing(id: $id) { id } }`, { id: arbitration.id }, ARBITRATOR);
    const summary = unique("裁决被申请人支付申请人拖欠工资30000元");
    const closed = (
      await gqlOk(
        `mutation($id: ID!, $s: String!) { closeArbitrationWithAward(id: $id, summary: $s, awardedAmount: "30000.00") { status outcome handoffs { status outcome result } } }`,
        { id: arbitration.id, s: summary },
        ARBITRATOR,
      )
    ).closeArbitrationWithAward;
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "AWARD", handoffs: [{ status: "COMPLETED", outcome: "SUCCEEDED", result: summary }] });

    const completed = await handoffWhere(sent.id, "mediationCenterRecord", "COMPLETED");
    expect(completed.mediationCenterRecord).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED", result: summary });
    expect(completed.arbitrationRecord).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED", result: summary });
    expect(completed.notaryRecord).toBeNull();
  });

  it("a mediation statement completes the handoff as SUCCEEDED, a withdrawal as FAILED", async () => {
    const statement = await failedLabourMediationReferred([{ id: newResidentId(), name: "黄工人" }, { id: newResidentId(), name: "林老板" }]);
    const withdrawal = await failedLabourMediationReferred([{ id: newResidentId(), name: "何工人" }, { id: newResidentId(), name: "郭老板" }]);
    const caseIds: string[] = [];
    for (const { sent } of [statement, withdrawal]) {
      await handoffWhere(sent.id, "arbitrationRecord", "DELIVERED");
      caseIds.push((await gqlOk(`mutation($id: ID!) { acceptHandoffAtArbitration(id: $id) { toCaseId } }`, { id: sent.id }, ARBITRATOR)).acceptHandoffAtArbitration.toCaseId);
    }

    await gqlOk(`mutation($id: ID!, $n: String!) { acceptArbitration(id: $id, caseNumber: $n) { id } }`, { id: caseIds[0], n: unique("玉劳人仲案字〔2026〕第") }, ARBITRATOR);
    const terms = unique("双方自愿达成调解: 被申请人支付工资25000元");
    await gqlOk(`mutation($id: ID!, $s: String!) { closeArbitrationWithMediationStatement(id: $id, summary: $s, amount: "25000.00") { id } }`, { id: caseIds[0], s: terms }, ARBITRATOR);
    const reason = unique("申请人与用人单位和解,撤回仲裁申请");
    await gqlOk(`mutation($id: ID!, $r: String!) { withdrawArbitration(id: $id, reason: $r) { id } }`, { id: caseIds[1], r: reason }, ARBITRATOR);

    const settled = await handoffWhere(statement.sent.id, "mediationCenterRecord", "COMPLETED");
    expect(settled.mediationCenterRecord).toMatchObject({ outcome: "SUCCEEDED", result: terms });
    const withdrawn = await handoffWhere(withdrawal.sent.id, "mediationCenterRecord", "COMPLETED");
    expect(withdrawn.mediationCenterRecord).toMatchObject({ outcome: "FAILED", result: reason });
    expect(withdrawn.arbitrationRecord).toMatchObject({ status: "COMPLETED", outcome: "FAILED", result: reason });
  });

  it("a case the commission does not accept completes the handoff as FAILED with the reason", async () => {
    const { sent } = await failedLabourMediationReferred([{ id: newResidentId(), name: "罗工人" }, { id: newResidentId(), name: "梁老板" }]);
    await handoffWhere(sent.id, "arbitrationRecord", "DELIVERED");
    const { toCaseId } = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtArbitration(id: $id) { toCaseId } }`, { id: sent.id }, ARBITRATOR)).acceptHandoffAtArbitration;
    const reason = unique("申请人与被申请人之间不存在劳动关系,不属于劳动争议仲裁受理范围");
    const declined = (
      await gqlOk(`mutation($id: ID!, $r: String!) { declineArbitration(id: $id, reason: $r) { status handoffs { status outcome result } } }`, { id: toCaseId, r: reason }, ARBITRATOR)
    ).declineArbitration;
    expect(declined).toMatchObject({ status: "NOT_ACCEPTED", handoffs: [{ status: "COMPLETED", outcome: "FAILED", result: reason }] });
    const back = await handoffWhere(sent.id, "mediationCenterRecord", "COMPLETED");
    expect(back.mediationCenterRecord).toMatchObject({ outcome: "FAILED", result: reason });
  });

  it("a labour dispute older than the one-year limitation cannot be accepted (nothing written) and can be rejected", async () => {
    // Registered at the centre 400 days ago: the payload's disputeAroseAt is that day.
    const { sent } = await failedLabourMediationReferred([{ id: newResidentId(), name: "宋工人" }, { id: newResidentId(), name: "唐老板" }], { registeredAt: daysAgo(400) });
    await handoffWhere(sent.id, "arbitrationRecord", "DELIVERED");

    const before = await receivedAt("arbitration", "arbitration_case", sent.id);
    const result = await gql(`mutation($id: ID!) { acceptHandoffAtArbitration(id: $id) { id } }`, { id: sent.id }, ARBITRATOR);
    expect(errorCode(result), JSON.stringify(result.errors)).toBe("BAD_USER_INPUT");
    expect(result.errors![0]!.message).toContain("payload.disputeAroseAt");
    expect(await receivedAt("arbitration", "arbitration_case", sent.id)).toEqual(before);
    expect((await handoff(sent.id)).arbitrationRecord.status).toBe("DELIVERED");

    const reason = "仲裁时效已过(劳动争议调解仲裁法第二十七条)";
    await gqlOk(`mutation($id: ID!, $r: String!) { rejectHandoffAtArbitration(id: $id, reason: $r) { status } }`, { id: sent.id, r: reason }, ARBITRATOR);
    const back = await handoffWhere(sent.id, "mediationCenterRecord", "REJECTED");
    expect(back.mediationCenterRecord).toMatchObject({ status: "REJECTED", reason });
  });
});
