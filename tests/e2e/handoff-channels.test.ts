import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorName, HONGTA, courtClerk, jointMeeting, mediator, petitionClerk, policeOfficer } from "../support/callers.ts";
import { errorCode, gql, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { waitFor } from "../support/fault-hub.ts";
import { newResidentId, personParties, type Person } from "../support/people.ts";
import { ms } from "../support/time.ts";
import { masked, unique, UNKNOWN_ID } from "../support/values.ts";
import { allNodes } from "../support/paging.ts";

// Cross-agency handoffs through the gateway, on the three roads into the mediation centre
// (警调对接 police → centre, 访调对接 petition bureau → centre, 诉调对接 court → centre) and the
// road back to the court (司法确认 centre → court). Delivery is asynchronous: every wait is a
// bounded poll, never a fixed sleep.

const POLICE = policeOfficer(HONGTA, "红塔分局玉兴派出所-e2e");
const BUREAU = petitionClerk(HONGTA, "红塔区信访局-访调对接e2e");
const COURT = courtClerk(HONGTA, "红塔区人民法院-e2e");
const CENTRE = mediator(HONGTA, "红塔区人民调解中心-e2e");

const RECORD = `id direction kind status fromChannel fromCaseType fromCaseId toChannel toCaseType toCaseId unifiedNumber summary
  reason outcome result dueAt offeredAt deliveredAt decidedAt completedAt idempotencyKey timeline { action fromStatus toStatus actor note }`;
const PARTY_FIELDS = `role kind name partyKey identifierMasked`;

/** Bounded wait for asynchronous delivery and answers: up to 15 s, every 200 ms. */
function eventually<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  return waitFor(what, probe, done, { timeoutMs: 15_000, intervalMs: 200 });
}

/** Both agencies' records of a handoff. */
async function bothSides(id: string, senderField: string, receiverField: string) {
  const data = await gqlOk(`query($id: ID!) { handoff(id: $id) { id ${senderField} { ${RECORD} } ${receiverField} { ${RECORD} } } }`, { id });
  return { sender: data.handoff[senderField], receiver: data.handoff[receiverField] };
}

async function delivered(id: string, senderField: string, receiverField: string) {
  return eventually(`handoff ${id} delivered on both sides`, () => bothSides(id, senderField, receiverField), (h) => h.receiver?.status === "DELIVERED" && h.sender?.status === "DELIVERED");
}

function people(): Person[] {
  return [
    { id: newResidentId(), name: unique("申请人") },
    { id: newResidentId("440524"), name: unique("被申请人") },
  ];
}

const sortedKeys = (parties: { partyKey: string }[]) => parties.map((p) => p.partyKey).sort();

// --- the mediation centre's side --------------------------------------------------------------

let mediatorId: string | undefined;

/** A committee and a mediator at the centre, made once for the file. */
async function centreMediator(): Promise<string> {
  if (mediatorId) return mediatorId;
  const committee = (
    await gqlOk(`mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`, {
      input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402" },
    }, CENTRE)
  ).createMediationCommittee;
  const mediator = (
    await gqlOk(`mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`, {
      input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["NEIGHBOURHOOD"] },
    }, CENTRE)
  ).appointMediator;
  mediatorId = mediator.id as string;
  return mediatorId;
}

const ACCEPT_AT_CENTRE = `mutation($id: ID!) { acceptHandoffAtMediationCenter(id: $id) { ${RECORD} } }`;
const REJECT_AT_CENTRE = `mutation($id: ID!, $reason: String!) { rejectHandoffAtMediationCenter(id: $id, reason: $reason) { ${RECORD} } }`;
const CENTRE_CASE = `query($id: ID!) { mediationCase(id: $id) { id unifiedNumber status parties { ${PARTY_FIELDS} } dispute { unifiedNumber source sourceReference description } handoffs { id direction status } } }`;

/** The centre's desk takes the case up and the parties sign an agreement: the centre's case ends SUCCEEDED. */
async function mediateToAgreement(caseId: string, terms: string) {
  const mediator = await centreMediator();
  await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator }, CENTRE);
  await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, CENTRE);
  return (
    await gqlOk(`mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id unifiedNumber } }`, {
      id: caseId,
      input: { terms, amount: "3000.00", hasPaymentObligation: true },
    }, CENTRE)
  ).recordMediationAgreement;
}

/** Accepts a delivered handoff at the centre and checks the case it opened carries the sender's parties. */
async function acceptAtCentre(handoffId: string, senderParties: { partyKey: string; name: string; identifierMasked: string }[], sourceReference: string) {
  const accepted = (await gqlOk(ACCEPT_AT_CENTRE, { id: handoffId }, CENTRE)).acceptHandoffAtMediationCenter;
  expect(accepted).toMatchObject({ id: handoffId, direction: "INCOMING", status: "ACCEPTED", toChannel: "mediation-center", toCaseType: "MediationCase" });
  expect(accepted.unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);
  const opened = (await gqlOk(CENTRE_CASE, { id: accepted.toCaseId }, CENTRE)).mediationCase;
  expect(opened).toMatchObject({ id: accepted.toCaseId, unifiedNumber: accepted.unifiedNumber, status: "REGISTERED" });
  expect(opened.dispute).toMatchObject({ unifiedNumber: accepted.unifiedNumber, sourceReference });
  // The same people, recognised by the same key, without anyone typing their ID numbers again.
  expect(sortedKeys(opened.parties)).toEqual(sortedKeys(senderParties));
  expect(opened.parties.map((p: any) => [p.name, p.identifierMasked]).sort()).toEqual(senderParties.map((p) => [p.name, p.identifierMasked]).sort());
  expect(opened.handoffs).toEqual([{ id: handoffId, direction: "INCOMING", status: "ACCEPTED" }]);
  return { accepted, caseId: accepted.toCaseId as string, unifiedNumber: accepted.unifiedNumber as string };
}

// --- the senders -------------------------------------------------------------------------------

const INCIDENT_FIELDS = `id incidentNumber status unifiedNumber mediationOrganisation mediationOutcome mediationResult mediationResultAt closedAt
  parties { ${PARTY_FIELDS} } timeline { action fromStatus toStatus actor } handoffs { ${RECORD} }`;
const REFER = `mutation($id: ID!, $org: String!, $unifiedNumber: String, $key: String!) {
  referIncidentToMediationCenter(id: $id, mediationOrganisation: $org, unifiedNumber: $unifiedNumber, idempotencyKey: $key) { ${INCIDENT_FIELDS} } }`;
const INCIDENT = `query($id: ID!) { policeIncident(id: $id) { ${INCIDENT_FIELDS} } }`;

async function reportIncident(who = people()) {
  const input = {
    incidentNumber: unique("J530402").toUpperCase(),
    station: "红塔分局玉兴派出所",
    divisionCode: "530402",
    category: "NEIGHBOUR_QUARREL",
    disputeType: "NEIGHBOURHOOD",
    narrative: `报警人称邻居装修噪音扰民,双方发生争吵。${unique("警情")}`,
    parties: personParties(who),
  };
  return (await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { ${INCIDENT_FIELDS} } }`, { input }, POLICE)).reportIncident;
}

const PETITION_FIELDS = `id petitionNumber status unifiedNumber mediationOrganisation mediationOutcome mediationResult mediationResultAt dueAt
  satisfaction petitioners { ${PARTY_FIELDS} } timeline { action toStatus actor } handoffs { ${RECORD} }`;
const DIVERT = `mutation($id: ID!, $org: String!, $key: String!) {
  divertPetitionToMediation(id: $id, mediationOrganisation: $org, idempotencyKey: $key) { ${PETITION_FIELDS} } }`;
const PETITION = `query($id: ID!) { petition(id: $id) { ${PETITION_FIELDS} } }`;

async function registerPetition(who = people()) {
  const input = {
    form: "VISIT",
    divisionCode: "530402",
    disputeType: "MIGRANT_WORKER_WAGES",
    content: `反映某工地拖欠三个月工资共计 48000 元,请求协调解决。${unique("信访")}`,
    petitioners: personParties(who),
  };
  return (await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { ${PETITION_FIELDS} } }`, { input }, BUREAU)).registerPetition;
}

const REFERRAL_FIELDS = `id status dueAt unifiedNumber mediationOrganisation resultSummary resultAt parties { ${PARTY_FIELDS} }
  timeline { action fromStatus toStatus actor note } handoffs { ${RECORD} }`;
const HAND_OFF = `mutation($id: ID!, $key: String!) { handOffReferralToMediationCenter(id: $id, idempotencyKey: $key) { ${REFERRAL_FIELDS} } }`;
const REFERRAL = `query($id: ID!) { courtReferral(id: $id) { ${REFERRAL_FIELDS} } }`;

async function referCase(who = people()) {
  const input = {
    kind: "DELEGATED",
    court: "玉溪市红塔区人民法院",
    divisionCode: "530402",
    judge: "李文",
    disputeType: "CONTRACT",
    amount: "35000.00",
    summary: `原告请求被告支付货款 35000 元。${unique("诉前")}`,
    parties: personParties(who),
  };
  return (await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { ${REFERRAL_FIELDS} } }`, { input }, COURT)).referCaseToMediation;
}

/** Exactly one row of the handoff table of `subgraph` belongs to the case. */
async function handoffRowsOf(subgraph: string, caseId: string): Promise<number> {
  const [row] = await sql<{ n: string }>(subgraph, `select count(*) as n from handoff where direction = 'OUTGOING' and from_case_id = $1`, [caseId]);
  return Number(row!.n);
}

describe("警调对接: a police incident handed to the mediation centre", () => {
  it("travels with its parties, gets the centre's unified number and comes back with the mediation result", async () => {
    const incident = await reportIncident();
    expect(incident.unifiedNumber).toBeNull();
    const key = randomUUID();
    const referred = (await gqlOk(REFER, { id: incident.id, org: "红塔区人民调解中心", key }, POLICE)).referIncidentToMediationCenter;
    expect(referred).toMatchObject({ status: "REFERRED_TO_MEDIATION_CENTER", mediationOrganisation: "红塔区人民调解中心", unifiedNumber: null });
    expect(referred.handoffs).toHaveLength(1);
    const offered = referred.handoffs[0];
    expect(offered).toMatchObject({
      direction: "OUTGOING",
      kind: "POLICE_REFERRAL",
      fromChannel: "police-mediation",
      fromCaseType: "PoliceIncident",
      fromCaseId: incident.id,
      toChannel: "mediation-center",
      idempotencyKey: key,
    });
    expect(["OFFERED", "DELIVERED"]).toContain(offered.status);
    // The summary is listed unencrypted at the centre's desk: no narrative, no names.
    expect(offered.summary).toContain(incident.incidentNumber);
    for (const party of incident.parties) expect(offered.summary).not.toContain(party.name);

    // The same key again: the same incident, the same single handoff.
    const again = (await gqlOk(REFER, { id: incident.id, org: "红塔区人民调解中心", key }, POLICE)).referIncidentToMediationCenter;
    expect(again.handoffs.map((h: any) => h.id)).toEqual([offered.id]);
    expect(again.timeline.filter((t: any) => t.action === "referToMediationCenter")).toHaveLength(1);
    expect(await handoffRowsOf("police-mediation", incident.id)).toBe(1);

    // The centre receives it and finds it among its incoming handoffs.
    const arrived = await delivered(offered.id, "policeMediationRecord", "mediationCenterRecord");
    expect(arrived.receiver).toMatchObject({ direction: "INCOMING", kind: "POLICE_REFERRAL", fromCaseId: incident.id, summary: offered.summary });
    // Every page: other files' handoffs wait at the same desk, and may be due before this one.
    const incoming = await allNodes(
      `query($after: String) { mediationCenterHandoffs(direction: INCOMING, status: DELIVERED, first: 100, after: $after) { edges { node { id direction status } } pageInfo { hasNextPage endCursor } } }`,
      "mediationCenterHandoffs",
    );
    expect(incoming).toContainEqual({ id: offered.id, direction: "INCOMING", status: "DELIVERED" });

    const { caseId, unifiedNumber } = await acceptAtCentre(offered.id, incident.parties, incident.incidentNumber);

    // The incident learns the unified number the centre minted.
    const numbered = await eventually("the incident gets the unified number", () => gqlOk(INCIDENT, { id: incident.id }), (d) => d.policeIncident.unifiedNumber === unifiedNumber);
    expect(numbered.policeIncident.handoffs[0]).toMatchObject({ status: "ACCEPTED", toCaseType: "MediationCase", toCaseId: caseId, unifiedNumber });
    expect(numbered.policeIncident.mediationOutcome).toBeNull();

    // The centre mediates to an agreement; the result goes back to the police.
    const terms = `双方自愿达成协议:被申请人赔偿申请人 3000 元。${unique("协议")}`;
    await mediateToAgreement(caseId, terms);
    const done = await eventually("the incident gets the mediation result", () => gqlOk(INCIDENT, { id: incident.id }), (d) => d.policeIncident.mediationOutcome !== null);
    const closed = done.policeIncident;
    expect(closed).toMatchObject({ status: "REFERRED_TO_MEDIATION_CENTER", mediationOutcome: "SUCCEEDED", unifiedNumber });
    expect(closed.mediationResult).toContain(terms);
    expect(ms(closed.mediationResultAt)).toBeGreaterThanOrEqual(ms(closed.closedAt));

    const final = await bothSides(offered.id, "policeMediationRecord", "mediationCenterRecord");
    for (const side of [final.sender, final.receiver]) {
      expect(side).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED", toCaseId: caseId, unifiedNumber });
      expect(side.result).toContain(terms);
    }
    // The police side's steps, each with who took it.
    expect(final.sender.timeline.map((t: any) => [t.action, t.toStatus])).toEqual([
      ["offer", "OFFERED"],
      ["delivered", "DELIVERED"],
      ["receiver:accepted", "ACCEPTED"],
      ["receiver:completed", "COMPLETED"],
    ]);
    expect(final.sender.timeline[0].actor).toBe(actorName(POLICE));
    expect(final.sender.timeline[3].actor).toBe("system:mediation-center");
  }, 60_000);

  it("shows the centre's rejection and its reason to the police", async () => {
    const incident = await reportIncident();
    const referred = (await gqlOk(REFER, { id: incident.id, org: "红塔区人民调解中心", key: randomUUID() }, POLICE)).referIncidentToMediationCenter;
    const handoffId = referred.handoffs[0].id;
    await delivered(handoffId, "policeMediationRecord", "mediationCenterRecord");

    // A reason is required.
    for (const reason of ["", "   "]) {
      expect(errorCode(await gql(REJECT_AT_CENTRE, { id: handoffId, reason }, CENTRE))).toBe("BAD_USER_INPUT");
    }
    expect((await bothSides(handoffId, "policeMediationRecord", "mediationCenterRecord")).receiver.status).toBe("DELIVERED");

    const reason = "该纠纷已进入诉讼程序,不属于人民调解受理范围";
    const rejected = (await gqlOk(REJECT_AT_CENTRE, { id: handoffId, reason }, CENTRE)).rejectHandoffAtMediationCenter;
    expect(rejected).toMatchObject({ status: "REJECTED", reason, toCaseId: null });
    const seen = await eventually("the police see the rejection", () => gqlOk(INCIDENT, { id: incident.id }), (d) => d.policeIncident.handoffs[0].status === "REJECTED");
    expect(seen.policeIncident.handoffs[0]).toMatchObject({ status: "REJECTED", reason });
    expect(seen.policeIncident).toMatchObject({ unifiedNumber: null, mediationOutcome: null });

    // A rejected handoff is answered: accepting it now is a conflict.
    expect(errorCode(await gql(ACCEPT_AT_CENTRE, { id: handoffId }, CENTRE))).toBe("CONFLICT");
  }, 60_000);

  it("refuses a second referral of one incident, an unknown incident and a malformed key", async () => {
    const incident = await reportIncident();
    await gqlOk(REFER, { id: incident.id, org: "红塔区人民调解中心", key: randomUUID() }, POLICE);
    const twice = await gql(REFER, { id: incident.id, org: "红塔区人民调解中心", key: randomUUID() }, POLICE);
    expect(errorCode(twice)).toBe("CONFLICT");
    expect(await handoffRowsOf("police-mediation", incident.id)).toBe(1);

    expect(errorCode(await gql(REFER, { id: UNKNOWN_ID, org: "红塔区人民调解中心", key: randomUUID() }, POLICE))).toBe("NOT_FOUND");

    const fresh = await reportIncident();
    const short = await gql(REFER, { id: fresh.id, org: "红塔区人民调解中心", key: "short" }, POLICE);
    expect(errorCode(short)).toBe("BAD_USER_INPUT");
    expect(short.errors![0]!.extensions!.field).toBe("idempotencyKey");
    expect((await gqlOk(INCIDENT, { id: fresh.id })).policeIncident).toMatchObject({ status: "REPORTED", handoffs: [] });
  });
});

describe("访调对接: a petition diverted to the mediation centre", () => {
  it("travels with its petitioners, gets the unified number and the result, and the callback follows", async () => {
    const petition = await registerPetition();
    const key = randomUUID();
    const diverted = (await gqlOk(DIVERT, { id: petition.id, org: "红塔区人民调解中心", key }, BUREAU)).divertPetitionToMediation;
    expect(diverted).toMatchObject({ status: "DIVERTED", unifiedNumber: null });
    expect(diverted.handoffs).toHaveLength(1);
    const offered = diverted.handoffs[0];
    expect(offered).toMatchObject({ kind: "PETITION_DIVERSION", fromCaseType: "Petition", fromCaseId: petition.id, toChannel: "mediation-center", idempotencyKey: key });
    expect(offered.summary).toContain(petition.petitionNumber);

    const again = (await gqlOk(DIVERT, { id: petition.id, org: "红塔区人民调解中心", key }, BUREAU)).divertPetitionToMediation;
    expect(again.handoffs.map((h: any) => h.id)).toEqual([offered.id]);
    expect(await handoffRowsOf("petition-mediation", petition.id)).toBe(1);

    await delivered(offered.id, "petitionMediationRecord", "mediationCenterRecord");
    const { caseId, unifiedNumber } = await acceptAtCentre(offered.id, petition.petitioners, petition.petitionNumber);
    await eventually("the petition gets the unified number", () => gqlOk(PETITION, { id: petition.id }), (d) => d.petition.unifiedNumber === unifiedNumber);

    const terms = `用工单位同意于本月底前结清拖欠工资。${unique("协议")}`;
    await mediateToAgreement(caseId, terms);
    const done = await eventually("the petition gets the mediation result", () => gqlOk(PETITION, { id: petition.id }), (d) => d.petition.mediationOutcome !== null);
    expect(done.petition).toMatchObject({ status: "DIVERTED", mediationOutcome: "SUCCEEDED", unifiedNumber });
    expect(done.petition.mediationResult).toContain(terms);
    expect(done.petition.handoffs[0]).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED" });
    const final = await bothSides(offered.id, "petitionMediationRecord", "mediationCenterRecord");
    expect([final.sender.status, final.receiver.status]).toEqual(["COMPLETED", "COMPLETED"]);

    // The satisfaction callback follows the result and ends the mediation clock.
    const callback = (
      await gqlOk(`mutation($id: ID!) { recordPetitionSatisfaction(id: $id, satisfaction: SATISFIED, note: "工资已结清") { ${PETITION_FIELDS} } }`, { id: petition.id }, BUREAU)
    ).recordPetitionSatisfaction;
    expect(callback).toMatchObject({ status: "DIVERTED", satisfaction: "SATISFIED", dueAt: null, mediationOutcome: "SUCCEEDED" });
  }, 60_000);

  it("refuses a second diversion with another key and an unknown petition", async () => {
    const petition = await registerPetition();
    await gqlOk(DIVERT, { id: petition.id, org: "红塔区人民调解中心", key: randomUUID() }, BUREAU);
    expect(errorCode(await gql(DIVERT, { id: petition.id, org: "另一个调解中心", key: randomUUID() }, BUREAU))).toBe("CONFLICT");
    expect(await handoffRowsOf("petition-mediation", petition.id)).toBe(1);
    expect(errorCode(await gql(DIVERT, { id: UNKNOWN_ID, org: "红塔区人民调解中心", key: randomUUID() }, BUREAU))).toBe("NOT_FOUND");
  });
});

describe("诉调对接: a court referral handed to the mediation centre", () => {
  it("goes IN_MEDIATION when the centre accepts and SUCCEEDED when the centre's agreement comes back", async () => {
    const referral = await referCase();
    const key = randomUUID();
    const handed = (await gqlOk(HAND_OFF, { id: referral.id, key }, COURT)).handOffReferralToMediationCenter;
    expect(handed.status).toBe("REFERRED");
    expect(handed.timeline.at(-1)).toMatchObject({ action: "handOff", fromStatus: "REFERRED", toStatus: "REFERRED", actor: actorName(COURT) });
    expect(handed.handoffs).toHaveLength(1);
    const offered = handed.handoffs[0];
    // The centre must answer within the referral's own legal time limit (委派: 30 days).
    expect(offered).toMatchObject({ kind: "COURT_REFERRAL", fromCaseType: "CourtReferral", fromCaseId: referral.id, dueAt: referral.dueAt, idempotencyKey: key });

    const again = (await gqlOk(HAND_OFF, { id: referral.id, key }, COURT)).handOffReferralToMediationCenter;
    expect(again.handoffs.map((h: any) => h.id)).toEqual([offered.id]);
    expect(again.timeline.filter((t: any) => t.action === "handOff")).toHaveLength(1);

    const arrived = await delivered(offered.id, "courtMediationRecord", "mediationCenterRecord");
    expect(ms(arrived.receiver.dueAt)).toBe(ms(referral.dueAt));
    const { caseId, unifiedNumber } = await acceptAtCentre(offered.id, referral.parties, `CourtReferral ${referral.id}`);

    const started = await eventually("the referral goes IN_MEDIATION", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.status === "IN_MEDIATION");
    expect(started.courtReferral).toMatchObject({ mediationOrganisation: "人民调解中心", unifiedNumber });
    expect(started.courtReferral.timeline.at(-1)).toMatchObject({ action: "startMediation", fromStatus: "REFERRED", toStatus: "IN_MEDIATION", actor: "system:mediation-center" });

    const terms = `被告于三十日内支付货款 35000 元,原告放弃违约金。${unique("协议")}`;
    await mediateToAgreement(caseId, terms);
    const done = await eventually("the referral ends SUCCEEDED", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.status === "SUCCEEDED");
    expect(done.courtReferral.resultSummary).toContain(terms);
    expect(done.courtReferral.resultAt).not.toBeNull();
    expect(done.courtReferral.timeline.at(-1)).toMatchObject({ action: "recordSuccess", fromStatus: "IN_MEDIATION", toStatus: "SUCCEEDED", actor: "system:mediation-center" });
    const final = await bothSides(offered.id, "courtMediationRecord", "mediationCenterRecord");
    expect([final.sender.status, final.sender.outcome, final.receiver.status]).toEqual(["COMPLETED", "SUCCEEDED", "COMPLETED"]);
  }, 60_000);

  it("ends FAILED when the centre's mediation fails", async () => {
    const referral = await referCase();
    const offered = (await gqlOk(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT)).handOffReferralToMediationCenter.handoffs[0];
    await delivered(offered.id, "courtMediationRecord", "mediationCenterRecord");
    const { caseId } = await acceptAtCentre(offered.id, referral.parties, `CourtReferral ${referral.id}`);
    await eventually("the referral goes IN_MEDIATION", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.status === "IN_MEDIATION");
    const mediator = await centreMediator();
    await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator }, CENTRE);
    await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, CENTRE);
    const why = `被告坚持货物质量不合格,拒绝付款。${unique("不成")}`;
    await gqlOk(`mutation($id: ID!, $reason: String!) { recordMediationFailure(id: $id, reason: $reason) { id } }`, { id: caseId, reason: why }, CENTRE);
    const done = await eventually("the referral ends FAILED", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.status === "FAILED");
    expect(done.courtReferral.resultSummary).toContain(why);
    expect(done.courtReferral.handoffs[0]).toMatchObject({ status: "COMPLETED", outcome: "FAILED" });
  }, 60_000);

  it("a rejected handoff leaves the referral REFERRED: the court may hand it off again or withdraw it", async () => {
    const referral = await referCase();
    const first = (await gqlOk(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT)).handOffReferralToMediationCenter.handoffs[0];
    await delivered(first.id, "courtMediationRecord", "mediationCenterRecord");
    await gqlOk(REJECT_AT_CENTRE, { id: first.id, reason: "当事人已另行起诉" }, CENTRE);
    const seen = await eventually("the court sees the rejection", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.handoffs[0].status === "REJECTED");
    expect(seen.courtReferral).toMatchObject({ status: "REFERRED", mediationOrganisation: null });
    expect(seen.courtReferral.handoffs[0].reason).toBe("当事人已另行起诉");

    const second = (await gqlOk(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT)).handOffReferralToMediationCenter;
    expect(second.handoffs.map((h: any) => h.status)).toEqual(["REJECTED", expect.stringMatching(/^(OFFERED|DELIVERED)$/)]);
    const withdrawn = (await gqlOk(`mutation($id: ID!) { withdrawReferral(id: $id, reason: "当事人已另行起诉") { status } }`, { id: referral.id }, COURT)).withdrawReferral;
    expect(withdrawn.status).toBe("WITHDRAWN");
  }, 60_000);

  it("the court's desk still records a referral's mediation by hand (the steps the handoff answers reuse)", async () => {
    const referral = await referCase();
    const started = (
      await gqlOk(`mutation($id: ID!) { startReferralMediation(id: $id, mediationOrganisation: "玉兴街道人民调解委员会") { ${REFERRAL_FIELDS} } }`, { id: referral.id }, COURT)
    ).startReferralMediation;
    expect(started).toMatchObject({ status: "IN_MEDIATION", mediationOrganisation: "玉兴街道人民调解委员会" });
    // Once in mediation by hand, it is no longer REFERRED and cannot be handed off.
    expect(errorCode(await gql(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT))).toBe("CONFLICT");
    const empty = await gql(`mutation($id: ID!) { recordReferralSuccess(id: $id, result: { resultSummary: "  " }) { id } }`, { id: referral.id }, COURT);
    expect(errorCode(empty)).toBe("BAD_USER_INPUT");
    expect(empty.errors![0]!.extensions!.field).toBe("result.resultSummary");
    const done = (
      await gqlOk(`mutation($id: ID!) { recordReferralSuccess(id: $id, result: { resultSummary: "双方达成和解", agreedAmount: "30000.00" }) { ${REFERRAL_FIELDS} } }`, { id: referral.id }, COURT)
    ).recordReferralSuccess;
    expect(done).toMatchObject({ status: "SUCCEEDED", resultSummary: "双方达成和解", handoffs: [] });
    expect(done.timeline.at(-1)).toMatchObject({ action: "recordSuccess", actor: actorName(COURT) });
    expect(errorCode(await gql(`mutation($id: ID!) { recordReferralFailure(id: $id, reason: "晚了") { id } }`, { id: referral.id }, COURT))).toBe("CONFLICT");
  });

  it("refuses handing a referral off twice with different keys, reusing a key for another case, an unknown referral and one not REFERRED", async () => {
    const referral = await referCase();
    const key = randomUUID();
    await gqlOk(HAND_OFF, { id: referral.id, key }, COURT);
    const twice = await gql(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT);
    expect(errorCode(twice)).toBe("CONFLICT");
    expect(await handoffRowsOf("court-mediation", referral.id)).toBe(1);

    const other = await referCase();
    expect(errorCode(await gql(HAND_OFF, { id: other.id, key }, COURT))).toBe("CONFLICT");
    expect((await gqlOk(REFERRAL, { id: other.id })).courtReferral.handoffs).toEqual([]);

    expect(errorCode(await gql(HAND_OFF, { id: UNKNOWN_ID, key: randomUUID() }, COURT))).toBe("NOT_FOUND");

    await gqlOk(`mutation($id: ID!) { withdrawReferral(id: $id, reason: "撤回") { id } }`, { id: other.id }, COURT);
    expect(errorCode(await gql(HAND_OFF, { id: other.id, key: randomUUID() }, COURT))).toBe("CONFLICT");
  });
});

describe("the receiving desk: accepting and rejecting races", () => {
  it("accept and reject sent at once: exactly one succeeds, the other is a CONFLICT; accepting twice is a CONFLICT", async () => {
    const incident = await reportIncident();
    const handoffId = (await gqlOk(REFER, { id: incident.id, org: "红塔区人民调解中心", key: randomUUID() }, POLICE)).referIncidentToMediationCenter.handoffs[0].id;
    await delivered(handoffId, "policeMediationRecord", "mediationCenterRecord");

    const results: GraphQLResponse[] = await Promise.all([
      gql(ACCEPT_AT_CENTRE, { id: handoffId }, CENTRE),
      gql(REJECT_AT_CENTRE, { id: handoffId, reason: "同时退回" }, CENTRE),
    ]);
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(1);
    const winner = codes[0] === undefined ? "ACCEPTED" : "REJECTED";

    const settled = await eventually("both sides agree", () => bothSides(handoffId, "policeMediationRecord", "mediationCenterRecord"), (h) => h.sender.status === winner);
    expect(settled.receiver.status).toBe(winner);
    const [row] = await sql<{ n: string }>("mediation-center", `select count(*) as n from mediation_case mc join handoff h on h.to_case_id = mc.id::text where h.id = $1`, [handoffId]);
    expect(Number(row!.n)).toBe(winner === "ACCEPTED" ? 1 : 0);

    // Whichever won, the handoff is answered: accepting it (again) is a conflict.
    expect(errorCode(await gql(ACCEPT_AT_CENTRE, { id: handoffId }, CENTRE))).toBe("CONFLICT");
    expect(errorCode(await gql(REJECT_AT_CENTRE, { id: handoffId, reason: "再次退回" }, CENTRE))).toBe("CONFLICT");
    expect(errorCode(await gql(ACCEPT_AT_CENTRE, { id: UNKNOWN_ID }, CENTRE))).toBe("NOT_FOUND");
  }, 60_000);
});

describe("司法确认: an agreement the centre sends to the court", () => {
  it("opens a judicial confirmation with the agreement's parties, and the court's ruling goes back", async () => {
    const mediator = await centreMediator();
    const who = people();
    const dispute = (
      await gqlOk(`mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } parties { ${PARTY_FIELDS} } } }`, {
        input: { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", description: unique("楼上漏水赔偿"), source: "WALK_IN", parties: personParties(who) },
      }, CENTRE)
    ).registerDispute;
    const caseId = dispute.mediationCases[0].id;
    await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator }, CENTRE);
    await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, CENTRE);
    const terms = `被申请人赔偿维修费 3000 元。${unique("协议")}`;
    const agreement = (
      await gqlOk(`mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id } }`, {
        id: caseId,
        input: { terms, amount: "3000.00", hasPaymentObligation: true },
      }, CENTRE)
    ).recordMediationAgreement;

    const applied = (
      await gqlOk(`mutation($a: ID!, $key: String!) { applyForJudicialConfirmationOfAgreement(agreementId: $a, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", idempotencyKey: $key) { id status } }`, {
        a: agreement.id,
        key: randomUUID(),
      }, CENTRE)
    ).applyForJudicialConfirmationOfAgreement;
    const arrived = await eventually("the court receives the application", () => bothSides(applied.id, "mediationCenterRecord", "courtMediationRecord"), (h) => h.receiver?.status === "DELIVERED");
    expect(arrived.receiver).toMatchObject({ direction: "INCOMING", kind: "JUDICIAL_CONFIRMATION", fromChannel: "mediation-center" });

    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { ${RECORD} } }`, { id: applied.id }, COURT)).acceptHandoffAtCourtMediation;
    expect(accepted).toMatchObject({ status: "ACCEPTED", toCaseType: "JudicialConfirmation", unifiedNumber: dispute.unifiedNumber });
    const CONFIRMATION = `query($id: ID!) { judicialConfirmation(id: $id) { id status court divisionCode unifiedNumber agreementId agreementTerms agreementAmount appliedAt dueAt
      parties { ${PARTY_FIELDS} } timeline { action toStatus actor note } handoffs { id direction status outcome } } }`;
    const opened = (await gqlOk(CONFIRMATION, { id: accepted.toCaseId })).judicialConfirmation;
    expect(opened).toMatchObject({
      status: "APPLIED",
      court: "玉溪市红塔区人民法院",
      divisionCode: "530402",
      unifiedNumber: dispute.unifiedNumber,
      agreementId: agreement.id,
      agreementTerms: terms,
      agreementAmount: "3000.00",
      handoffs: [{ id: applied.id, direction: "INCOMING", status: "ACCEPTED", outcome: null }],
    });
    // 双方共同申请: both sides are applicants, the same people as at the centre.
    expect(sortedKeys(opened.parties)).toEqual(sortedKeys(dispute.parties));
    expect(opened.parties.map((p: any) => p.role)).toEqual(["APPLICANT", "APPLICANT"]);
    expect(opened.parties.map((p: any) => p.identifierMasked).sort()).toEqual(who.map((p) => masked(p.id)).sort());
    expect(ms(opened.appliedAt)).toBe(ms(arrived.receiver.offeredAt));
    expect(opened.timeline[0]).toMatchObject({ action: "register", toStatus: "APPLIED", actor: actorName(COURT) });

    const caseNumber = `（2026）云0402民特${randomInt(100_000, 999_999)}号`;
    await gqlOk(`mutation($id: ID!, $n: CaseNumber!) { acceptJudicialConfirmation(id: $id, caseNumber: $n) { id } }`, { id: opened.id, n: caseNumber }, COURT);
    await gqlOk(`mutation($id: ID!) { ruleOnJudicialConfirmation(id: $id, confirmed: true) { id } }`, { id: opened.id }, COURT);

    const final = await eventually("the centre learns the ruling", () => bothSides(applied.id, "mediationCenterRecord", "courtMediationRecord"), (h) => h.sender.status === "COMPLETED");
    for (const side of [final.sender, final.receiver]) {
      expect(side).toMatchObject({ status: "COMPLETED", outcome: "SUCCEEDED" });
      expect(side.result).toContain(caseNumber);
    }
  }, 60_000);

  it("the court's own desk applies the same checks: both sides, and within 30 days of the agreement", async () => {
    const APPLY = `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id status appliedAt dueAt parties { role } handoffs { id } } }`;
    const input = (overrides: Record<string, unknown>) => ({
      court: "玉溪市红塔区人民法院",
      divisionCode: "530402",
      agreementTerms: `互相让行。${unique("协议")}`,
      agreementEffectiveAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
      parties: personParties(people()),
      ...overrides,
    });
    const applied = (await gqlOk(APPLY, { input: input({}) }, COURT)).applyForJudicialConfirmation;
    expect(applied).toMatchObject({ status: "APPLIED", handoffs: [] });
    expect(applied.parties).toHaveLength(2);
    const late = await gql(APPLY, { input: input({ agreementEffectiveAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString() }) }, COURT);
    expect(errorCode(late)).toBe("BAD_USER_INPUT");
    expect(late.errors![0]!.extensions!.field).toBe("input.agreementEffectiveAt");
    const alone = await gql(APPLY, { input: input({ parties: personParties(people().slice(0, 1)) }) }, COURT);
    expect(errorCode(alone)).toBe("BAD_USER_INPUT");
    expect(alone.errors![0]!.extensions!.field).toBe("input.parties");
  });

  it("a refusal (不予受理) goes back as FAILED", async () => {
    const mediator = await centreMediator();
    const dispute = (
      await gqlOk(`mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { mediationCases { id } } }`, {
        input: { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", description: unique("相邻通行纠纷"), source: "WALK_IN", parties: personParties(people()) },
      }, CENTRE)
    ).registerDispute;
    const caseId = dispute.mediationCases[0].id;
    await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator }, CENTRE);
    await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, CENTRE);
    const agreement = (
      await gqlOk(`mutation($id: ID!) { recordMediationAgreement(id: $id, input: { terms: "互相让行", hasPaymentObligation: false }) { id } }`, { id: caseId }, CENTRE)
    ).recordMediationAgreement;
    const applied = (
      await gqlOk(`mutation($a: ID!, $key: String!) { applyForJudicialConfirmationOfAgreement(agreementId: $a, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", idempotencyKey: $key) { id } }`, {
        a: agreement.id,
        key: randomUUID(),
      }, CENTRE)
    ).applyForJudicialConfirmationOfAgreement;
    await eventually("the court receives the application", () => bothSides(applied.id, "mediationCenterRecord", "courtMediationRecord"), (h) => h.receiver?.status === "DELIVERED");
    const accepted = (await gqlOk(`mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { toCaseId } }`, { id: applied.id }, COURT)).acceptHandoffAtCourtMediation;
    await gqlOk(`mutation($id: ID!) { refuseJudicialConfirmation(id: $id, reason: "协议内容不属于司法确认范围") { id } }`, { id: accepted.toCaseId }, COURT);
    const final = await eventually("the centre learns the refusal", () => bothSides(applied.id, "mediationCenterRecord", "courtMediationRecord"), (h) => h.sender.status === "COMPLETED");
    expect(final.sender).toMatchObject({ outcome: "FAILED" });
    expect(final.sender.result).toContain("协议内容不属于司法确认范围");
  }, 60_000);
});

describe("availableActions: what the court's case pages offer on a referral and a judicial confirmation", () => {
  const referralActions = async (id: string, who = COURT) =>
    (await gqlOk(`query($id: ID!) { courtReferral(id: $id) { availableActions } }`, { id }, who)).courtReferral.availableActions;
  const confirmationActions = async (id: string, who = COURT) =>
    (await gqlOk(`query($id: ID!) { judicialConfirmation(id: $id) { availableActions } }`, { id }, who)).judicialConfirmation.availableActions;

  it("a referral: handOff only while no handoff of it is open, then its mediation's steps, then nothing", async () => {
    const referral = await referCase();
    expect(await referralActions(referral.id)).toEqual(["handOff", "startMediation", "withdraw"]);
    const offered = (await gqlOk(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT)).handOffReferralToMediationCenter.handoffs[0];
    expect(await referralActions(referral.id)).toEqual(["startMediation", "withdraw"]);
    await delivered(offered.id, "courtMediationRecord", "mediationCenterRecord");
    await gqlOk(REJECT_AT_CENTRE, { id: offered.id, reason: "当事人已另行起诉" }, CENTRE);
    await eventually("the court sees the rejection", () => gqlOk(REFERRAL, { id: referral.id }), (d) => d.courtReferral.handoffs[0].status === "REJECTED");
    expect(await referralActions(referral.id)).toEqual(["handOff", "startMediation", "withdraw"]);

    await gqlOk(`mutation($id: ID!) { startReferralMediation(id: $id, mediationOrganisation: "玉兴街道人民调解委员会") { id } }`, { id: referral.id }, COURT);
    expect(await referralActions(referral.id)).toEqual(["extendByConsent", "recordSuccess", "recordFailure", "withdraw"]);
    await gqlOk(`mutation($id: ID!) { recordReferralFailure(id: $id, reason: "被告拒绝调解") { id } }`, { id: referral.id }, COURT);
    expect(await referralActions(referral.id)).toEqual([]);
  }, 60_000);

  it("a referral past its mediation time limit is not offered for handoff (the mutation refuses it too)", async () => {
    const input = {
      kind: "DELEGATED",
      court: "玉溪市红塔区人民法院",
      divisionCode: "530402",
      judge: "李文",
      disputeType: "CONTRACT",
      summary: `原告请求被告支付货款。${unique("逾期")}`,
      parties: personParties(people()),
      referredAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString(),
    };
    const late = (await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, { input }, COURT)).referCaseToMediation;
    expect(await referralActions(late.id)).toEqual(["startMediation", "withdraw"]);
    expect(errorCode(await gql(HAND_OFF, { id: late.id, key: randomUUID() }, COURT))).toBe("CONFLICT");
  });

  it("a judicial confirmation: accept or refuse, then the ruling with one extension, then nothing", async () => {
    const APPLY = `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`;
    const apply = async () =>
      (
        await gqlOk(APPLY, {
          input: {
            court: "玉溪市红塔区人民法院",
            divisionCode: "530402",
            agreementTerms: `互相让行。${unique("协议")}`,
            agreementEffectiveAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
            parties: personParties(people()),
          },
        }, COURT)
      ).applyForJudicialConfirmation.id as string;
    const id = await apply();
    expect(await confirmationActions(id)).toEqual(["accept", "refuse"]);
    await gqlOk(`mutation($id: ID!, $n: CaseNumber!) { acceptJudicialConfirmation(id: $id, caseNumber: $n) { id } }`, { id, n: `（2026）云0402民特${randomInt(100_000, 999_999)}号` }, COURT);
    expect(await confirmationActions(id)).toEqual(["extendDecision", "confirm", "reject"]);
    await gqlOk(`mutation($id: ID!) { extendJudicialConfirmationDecision(id: $id, reason: "案情复杂，经院长批准") { id } }`, { id }, COURT);
    // The law allows one extension: the second is left out, and refused if sent anyway.
    expect(await confirmationActions(id)).toEqual(["confirm", "reject"]);
    expect(errorCode(await gql(`mutation($id: ID!) { extendJudicialConfirmationDecision(id: $id, reason: "再次延长") { id } }`, { id }, COURT))).toBe("BAD_USER_INPUT");
    await gqlOk(`mutation($id: ID!) { ruleOnJudicialConfirmation(id: $id, confirmed: false, reason: "协议内容违反法律规定") { id } }`, { id }, COURT);
    expect(await confirmationActions(id)).toEqual([]);

    const refused = await apply();
    await gqlOk(`mutation($id: ID!) { refuseJudicialConfirmation(id: $id, reason: "不属于本院管辖") { id } }`, { id: refused }, COURT);
    expect(await confirmationActions(refused)).toEqual([]);
  });

  it("offers nothing to another agency or to joint-meeting staff, and an out-of-scope court may not even read the case", async () => {
    const referral = await referCase();
    const offered = (await gqlOk(HAND_OFF, { id: referral.id, key: randomUUID() }, COURT)).handOffReferralToMediationCenter.handoffs[0];
    await delivered(offered.id, "courtMediationRecord", "mediationCenterRecord");
    // The centre reads the referral as the partner of its handoff, and may take none of the court's steps.
    expect(await referralActions(referral.id, CENTRE)).toEqual([]);
    expect(await referralActions(referral.id, jointMeeting(""))).toEqual([]);
    // The city's court (scope 5304) covers the district's referral and is offered its steps.
    expect(await referralActions(referral.id, courtClerk("5304", "玉溪市中级人民法院-e2e"))).toEqual(["startMediation", "withdraw"]);
    const elsewhere = await gql(`query($id: ID!) { courtReferral(id: $id) { availableActions } }`, { id: referral.id }, courtClerk("530421", "华宁县人民法院-e2e"));
    expect(errorCode(elsewhere)).toBe("FORBIDDEN");
  }, 60_000);
});
