import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jointMeeting, policeOfficer } from "../support/callers.ts";
import { startFaultHub, sleep, waitFor, type FaultHub } from "../support/fault-hub.ts";
import { newResidentId, personParties } from "../support/people.ts";
import { unique } from "../support/values.ts";

// Operators read the services' logs; the people in the cases must not be in them. Every line the
// gateway and the subgraphs print while ID and phone numbers pass through them — registered,
// refused as malformed, looked up, unmasked, handed over, and a subgraph down — is checked.

let hub: FaultHub;

beforeAll(async () => {
  hub = await startFaultHub();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

describe("no personal data in the logs", () => {
  it("an ID number or phone number sent to the hub appears in no log line", async () => {
    const idNumber = newResidentId("530402");
    const otherId = newResidentId("440524");
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const officer = policeOfficer("530402", "日志隐私-民警");
    const input = {
      incidentNumber: unique("LOG530402").toUpperCase(),
      station: "玉兴派出所",
      divisionCode: "530402",
      category: "NEIGHBOUR_QUARREL",
      disputeType: "NEIGHBOURHOOD",
      narrative: "报警人称邻居装修噪音扰民,双方发生争吵。",
      parties: personParties([{ id: idNumber, name: "欧阳明" }, { id: otherId, name: "司马青" }], phone),
    };
    const REPORT = `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`;
    const reported = await hub.gql(REPORT, { input }, officer);
    expect(reported.errors).toBeUndefined();
    const incidentId = reported.data.reportIncident.id as string;

    // Refused input: a wrong check digit, and the same number inside a literal.
    const wrong = idNumber.slice(0, 17) + (idNumber.endsWith("0") ? "1" : "0");
    const refused = await hub.gql(REPORT, { input: { ...input, incidentNumber: unique("LOG"), parties: personParties([{ id: wrong, name: "欧阳明" }], phone) } }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(refused)).not.toContain(wrong);
    const literal = await hub.gql(`{ party(idNumber: "${wrong}") { partyKey } }`, undefined, jointMeeting("530402"));
    expect(literal.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    // Looked up, and read unmasked with a purpose.
    const reviewer = { as: jointMeeting("530402", ["reviewer", "unmask"], "日志隐私-核查"), purpose: "核实当事人身份" };
    const party = await hub.gql(`query($id: ResidentId!) { party(idNumber: $id) { partyKey policeIncidents { id parties { identifier } } } }`, { id: idNumber }, reviewer);
    expect(party.errors).toBeUndefined();
    expect(JSON.stringify(party.data)).toContain(idNumber);

    // Handed over to the mediation centre (the payload carries the identifiers), with the centre down
    // for a moment so the worker logs its failed deliveries.
    await hub.processes.kill("mediation-center");
    const referred = await hub.gql(
      `mutation($id: ID!, $key: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: "玉兴街道人民调解委员会", idempotencyKey: $key) { id } }`,
      { id: incidentId, key: randomUUID() },
      officer,
    );
    expect(referred.errors).toBeUndefined();
    await sleep(3_000);
    await hub.processes.restart("mediation-center");
    await waitFor(
      "the handoff to arrive at the centre",
      () => hub.sql("mediation-center", `select id from handoff where from_case_id = $1`, [incidentId]),
      (rows) => rows.length === 1,
      { timeoutMs: 30_000 },
    );

    const lines = hub.lines();
    expect(lines.some((line) => line.includes("worker:")), "the worker logged its failed deliveries").toBe(true);
    for (const secret of [idNumber, otherId, wrong, phone, idNumber.slice(0, 17)]) {
      expect(lines.filter((line) => line.includes(secret)), `log lines with ${secret.slice(0, 6)}…`).toEqual([]);
    }
  }, 120_000);
});
