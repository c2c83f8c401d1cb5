import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultHub, waitFor, type FaultHub } from "../support/fault-hub.ts";
import { courtClerk, jointMeeting, mediator, petitionClerk } from "../support/callers.ts";
import { newResidentId, personParty } from "../support/people.ts";

// One channel down must cost only that channel's part of an answer: a party's history still
// comes back with every other channel's records and an error naming the missing one; and cases
// changed while the index owner (the mediation centre) was down reach the index once it is back.

let hub: FaultHub;

beforeAll(async () => {
  hub = await startFaultHub();
});

afterAll(async () => {
  await hub?.stop();
});

const idNumber = newResidentId("530402");
const person = personParty("宇文静怡", idNumber, "APPLICANT");
const respondent = personParty("慕容建华", newResidentId("530402"), "RESPONDENT");

// Each channel's records are written by its own agency; the history and searches are read by a
// joint meeting of the whole country.
const reader = jointMeeting("");

const HISTORY = `query($id: ResidentId!) {
  party(idNumber: $id) { disputes { unifiedNumber } courtReferrals { id } petitions { id status } policeIncidents { id } }
}`;

async function searchByPerson(): Promise<{ caseType: string; status: string }[]> {
  const result = await hub.gql(`query($id: ResidentId!) { searchCases(filter: { idNumber: $id }, first: 50) { edges { node { caseType status } } } }`, { id: idNumber }, reader);
  return result.data?.searchCases?.edges.map((e: { node: { caseType: string; status: string } }) => e.node) ?? [];
}

describe("a channel that cannot be reached", () => {
  it("leaves a party's history answered by the other channels, with an error naming the missing one", async () => {
    const registered = await hub.gql(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }`,
      { input: { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", description: "相邻通行纠纷(故障测试)", source: "WALK_IN", parties: [person, respondent] } },
      mediator(),
    );
    expect(registered.errors).toBeUndefined();
    const referral = await hub.gql(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
      input: { kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: "530402", judge: "李文", disputeType: "NEIGHBOURHOOD", summary: "诉前委派调解", parties: [person, respondent] },
    }, courtClerk());
    expect(referral.errors).toBeUndefined();
    const petition = await hub.gql(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
      input: { form: "VISIT", divisionCode: "530402", disputeType: "NEIGHBOURHOOD", content: "反映邻居堵路", petitioners: [person] },
    }, petitionClerk());
    expect(petition.errors).toBeUndefined();

    const complete = await hub.gql(HISTORY, { id: idNumber }, reader);
    expect(complete.errors).toBeUndefined();
    expect(complete.data.party.petitions).toHaveLength(1);

    await hub.processes.kill("petition-mediation", "SIGTERM");
    try {
      const partial = await hub.gql(HISTORY, { id: idNumber }, reader);
      expect(partial.data.party.disputes).toEqual([{ unifiedNumber: registered.data.registerDispute.unifiedNumber }]);
      expect(partial.data.party.courtReferrals).toEqual([{ id: referral.data.referCaseToMediation.id }]);
      expect(partial.data.party.policeIncidents).toEqual([]);
      expect(partial.data.party.petitions).toBeNull();
      expect(partial.errors).toHaveLength(1);
      expect(partial.errors![0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "petition-mediation" });
      expect(partial.errors![0]!.message).toContain("petition-mediation");
    } finally {
      await hub.processes.restart("petition-mediation");
    }
    const again = await hub.gql(HISTORY, { id: idNumber }, reader);
    expect(again.errors).toBeUndefined();
    expect(again.data.party.petitions).toEqual([{ id: petition.data.registerPetition.id, status: "REGISTERED" }]);
  });

  it("holds back index updates while the mediation centre is down and delivers them when it is back", async () => {
    await waitFor("the petition in the index", searchByPerson, (cases) => cases.some((c) => c.caseType === "Petition"), { timeoutMs: 30_000, intervalMs: 200 });
    const petitionId = (await hub.gql(HISTORY, { id: idNumber }, reader)).data.party.petitions[0].id;

    await hub.processes.kill("mediation-center", "SIGKILL");
    // Written in the petition bureau while the index cannot hear of it: the publish job waits in
    // the bureau's own database, retried with backoff, and the index keeps the old state.
    const accept = await hub.gql(`mutation { acceptPetition(id: "${petitionId}") { status } }`, undefined, petitionClerk());
    expect(accept.errors).toBeUndefined();
    const pending = await hub.sql("petition-mediation", `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'publish_case_event'`);
    expect(pending[0].n).toBeGreaterThanOrEqual(1);
    const stale = await hub.sql("mediation-center", `select status from indexed_case where case_id = $1`, [petitionId]);
    expect(stale).toEqual([{ status: "REGISTERED" }]);

    await hub.processes.restart("mediation-center");
    const cases = await waitFor(
      "the accepted petition in the index",
      searchByPerson,
      (list) => list.some((c) => c.caseType === "Petition" && c.status === "ACCEPTED"),
      { timeoutMs: 120_000, intervalMs: 500, explain: async () => hub.logTail(30) },
    );
    expect(cases.filter((c) => c.caseType === "Petition")).toEqual([{ caseType: "Petition", status: "ACCEPTED" }]);
  });
});
