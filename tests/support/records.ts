import { randomUUID } from "node:crypto";
import { gqlOk, type Who } from "./client.ts";
import { waitFor } from "./fault-hub.ts";
import { newResidentId, personParties, type Person } from "./people.ts";
import { unique } from "./values.ts";

// Records the access-control tests look at, each written by its owning agency.

/** Two fresh people of a county: the applicant (with a phone) and the respondent. */
export function twoPeople(division = "530402"): Person[] {
  return [
    { id: newResidentId(division), name: unique("张三").slice(0, 12) },
    { id: newResidentId(division), name: unique("李四").slice(0, 12) },
  ];
}

/** A 110 incident reported by `police` in `division`, with a narrative that names `tag`. */
export async function reportIncident(police: Who, division: string, people = twoPeople(division), tag = unique("警情")) {
  const input = {
    incidentNumber: unique(`J${division}`).toUpperCase(),
    station: "玉兴派出所",
    divisionCode: division,
    category: "NEIGHBOUR_QUARREL",
    disputeType: "NEIGHBOURHOOD",
    narrative: `报警人称邻居装修噪音扰民,双方发生争吵。[${tag}]`,
    parties: personParties(people, "13812345678"),
  };
  const data = await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id incidentNumber narrative divisionCode } }`, { input }, police);
  return { ...data.reportIncident, people } as { id: string; incidentNumber: string; narrative: string; divisionCode: string; people: Person[] };
}

/** A petition registered by `bureau` in `division`, whose content names `tag`; `extra` adds to or overrides the input (a registeredAt, say). */
export async function registerPetition(bureau: Who, division: string, people = twoPeople(division), tag = unique("信访"), extra: Record<string, unknown> = {}) {
  const input = {
    form: "VISIT",
    divisionCode: division,
    disputeType: "MIGRANT_WORKER_WAGES",
    content: `反映某工地拖欠三个月工资,请求协调解决。[${tag}]`,
    petitioners: personParties(people.slice(0, 1)),
    ...extra,
  };
  const data = await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id petitionNumber content } }`, { input }, bureau);
  return { ...data.registerPetition, people } as { id: string; petitionNumber: string; content: string; people: Person[] };
}

/** The police refer an incident to the mediation centre (警调对接): returns the handoff's id, not waiting for its delivery. */
export async function referIncident(police: Who, incidentId: string): Promise<string> {
  const referred = await gqlOk(
    `mutation($id: ID!, $key: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: "红塔区人民调解中心", idempotencyKey: $key) { handoffs { id } } }`,
    { id: incidentId, key: randomUUID() },
    police,
  );
  return referred.referIncidentToMediationCenter.handoffs[0].id as string;
}

/**
 * The police refer an incident to the mediation centre and the centre accepts it: returns the
 * handoff's id and the centre's case opened from it.
 */
export async function referAndAccept(police: Who, centre: Who, incidentId: string): Promise<{ handoffId: string; caseId: string }> {
  const handoffId = await referIncident(police, incidentId);
  await waitFor(
    `delivery of handoff ${handoffId}`,
    () => gqlOk(`query($id: ID!) { handoff(id: $id) { mediationCenterRecord { status } } }`, { id: handoffId }, centre),
    (d) => d.handoff.mediationCenterRecord?.status === "DELIVERED",
    { timeoutMs: 15_000, intervalMs: 200 },
  );
  const accepted = await gqlOk(`mutation($id: ID!) { acceptHandoffAtMediationCenter(id: $id) { toCaseId } }`, { id: handoffId }, centre);
  // The answer changes the incident too (its unified number): wait for it, so that no later check races it.
  await waitFor(
    `the acceptance of handoff ${handoffId} reaching the police`,
    () => gqlOk(`query($id: ID!) { handoff(id: $id) { policeMediationRecord { status } } }`, { id: handoffId }, police),
    (d) => d.handoff.policeMediationRecord?.status === "ACCEPTED",
    { timeoutMs: 15_000, intervalMs: 200 },
  );
  return { handoffId, caseId: accepted.acceptHandoffAtMediationCenter.toCaseId as string };
}

/**
 * The centre mediates one of its cases to an agreement with a payment obligation: a committee
 * in `division`, a mediator, acceptance, mediation, the agreement.
 */
export async function mediateToAgreement(centre: Who, caseId: string, division = "530402"): Promise<{ id: string; unifiedNumber: string }> {
  const committee = (
    await gqlOk(`mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`, {
      input: { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: division },
    }, centre)
  ).createMediationCommittee;
  const mediator = (
    await gqlOk(`mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`, {
      input: { committeeId: committee.id, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["NEIGHBOURHOOD"] },
    }, centre)
  ).appointMediator;
  await gqlOk(`mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediator.id }, centre);
  await gqlOk(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, centre);
  return (
    await gqlOk(`mutation($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { id unifiedNumber } }`, {
      id: caseId, input: { terms: `赔偿 2000 元 ${unique("协议")}`, amount: "2000.00", hasPaymentObligation: true },
    }, centre)
  ).recordMediationAgreement;
}
