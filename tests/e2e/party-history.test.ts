import { describe, expect, inject, it } from "vitest";
import { arbitrator, courtClerk, HONGTA, mediator, notary, petitionClerk, policeOfficer } from "../support/callers.ts";
import { gqlOk, headersFor, subgraphGql } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParty } from "../support/people.ts";
import { daysAgo, daysAhead } from "../support/time.ts";
import { masked } from "../support/values.ts";

// One person, one dispute, six agencies: the gateway must return the person's records from every
// channel in one query, and follow the dispute's unified number across all of them.
describe("a party's cross-agency history", () => {
  const idNumber = newResidentId("530402");
  const other = newResidentId("530402");
  const person = personParty("欧阳建华", idNumber, "APPLICANT", "13912345678");
  const respondent = personParty("钱多多", other, "RESPONDENT");
  const ids: Record<string, string> = {};
  let unifiedNumber = "";

  it("records the person in all six channels", async () => {
    const { registerDispute } = await gqlOk(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`,
      { input: { disputeType: "LABOUR", divisionCode: "530402", amount: "18000.00", description: "拖欠工资纠纷(跨部门测试)", source: "WALK_IN", parties: [person, respondent] } },
      mediator(HONGTA),
    );
    unifiedNumber = registerDispute.unifiedNumber;
    ids.mediationCase = registerDispute.mediationCases[0].id;

    const { referCaseToMediation } = await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
      input: { kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: "530402", judge: "李文", unifiedNumber, disputeType: "LABOUR", summary: "诉前委派调解", parties: [person, respondent] },
    }, courtClerk(HONGTA));
    ids.courtReferral = referCaseToMediation.id;

    const { registerPetition } = await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
      input: { form: "VISIT", divisionCode: "530402", disputeType: "LABOUR", unifiedNumber, content: "反映被拖欠工资", petitioners: [person] },
    }, petitionClerk(HONGTA));
    ids.petition = registerPetition.id;

    const { reportIncident } = await gqlOk(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
      input: {
        incidentNumber: `J530402${Date.now()}`, station: "玉兴派出所", divisionCode: "530402", category: "LABOUR_WAGE", disputeType: "LABOUR",
        unifiedNumber, narrative: "讨薪引发争执", parties: [person, respondent],
      },
    }, policeOfficer(HONGTA));
    ids.policeIncident = reportIncident.id;

    const { applyForArbitration } = await gqlOk(`mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, {
      input: {
        kind: "LABOUR", commission: "红塔区劳动人事争议仲裁委员会", divisionCode: "530402", disputeType: "LABOUR", unifiedNumber,
        disputeAroseAt: daysAgo(30), claims: [{ description: "支付工资", amount: "18000.00" }], parties: [person, respondent],
      },
    }, arbitrator(HONGTA));
    ids.arbitrationCase = applyForArbitration.id;

    const { applyForEnforceableNotarisation } = await gqlOk(
      `mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`,
      {
        input: {
          notaryOffice: "玉溪市红塔公证处", divisionCode: "530402", unifiedNumber, debtTerms: "分期支付工资", paymentAmount: "18000.00",
          paymentDueAt: daysAhead(30), debtorConsentToEnforcement: true,
          parties: [person, { ...respondent, role: "RESPONDENT" }],
        },
      },
      notary(HONGTA),
    );
    ids.notarisation = applyForEnforceableNotarisation.id;
    expect(Object.keys(ids)).toHaveLength(6);
  });

  it("returns the person's records from every channel in one gateway query, masked", async () => {
    const query = `query($id: ResidentId!) { party(idNumber: $id) {
      partyKey
      disputes { unifiedNumber parties { name identifierMasked phoneMasked } }
      mediationCases { id }
      courtReferrals { id }
      petitions { id }
      policeIncidents { id }
      arbitrationCases { id }
      notarisations { id }
    } }`;
    const raw = await fetch(inject("gatewayUrl"), {
      method: "POST",
      headers: await headersFor(),
      body: JSON.stringify({ query, variables: { id: idNumber } }),
    });
    const text = await raw.text();
    expect(text).not.toContain(idNumber);
    const { data } = JSON.parse(text);
    const party = data.party;
    expect(party.disputes.map((d: { unifiedNumber: string }) => d.unifiedNumber)).toEqual([unifiedNumber]);
    expect(party.mediationCases.map((c: { id: string }) => c.id)).toEqual([ids.mediationCase]);
    expect(party.courtReferrals.map((c: { id: string }) => c.id)).toEqual([ids.courtReferral]);
    expect(party.petitions.map((c: { id: string }) => c.id)).toEqual([ids.petition]);
    expect(party.policeIncidents.map((c: { id: string }) => c.id)).toEqual([ids.policeIncident]);
    expect(party.arbitrationCases.map((c: { id: string }) => c.id)).toEqual([ids.arbitrationCase]);
    expect(party.notarisations.map((c: { id: string }) => c.id)).toEqual([ids.notarisation]);
    const me = party.disputes[0].parties.find((x: { name: string }) => x.name === "欧阳建华");
    expect(me.identifierMasked).toBe(masked(idNumber));
    expect(me.phoneMasked).toBe("139****5678");
  });

  it("never stores the raw ID number in plain text in any channel", async () => {
    for (const subgraph of Object.keys(inject("databaseUrls"))) {
      const rows = await sql(subgraph, `select identifier_encrypted, identifier_masked from case_party where identifier_masked = $1`, [masked(idNumber)]);
      expect(rows.length, `${subgraph} holds the party`).toBeGreaterThan(0);
      for (const row of rows) expect(row.identifier_encrypted).not.toContain(idNumber);
      const leaks = await sql(subgraph, `select count(*)::int as n from case_party where identifier_encrypted = $1 or name = $1`, [idNumber]);
      expect(leaks[0].n).toBe(0);
    }
  });

  it("follows the unified dispute number across every channel", async () => {
    const { dispute } = await gqlOk(
      `query($n: String!) { dispute(unifiedNumber: $n) {
        unifiedNumber mediationCases { id } courtReferrals { id } petitions { id } policeIncidents { id } arbitrationCases { id } notarisations { id }
      } }`,
      { n: unifiedNumber },
    );
    expect(dispute.mediationCases[0].id).toBe(ids.mediationCase);
    expect(dispute.courtReferrals[0].id).toBe(ids.courtReferral);
    expect(dispute.petitions[0].id).toBe(ids.petition);
    expect(dispute.policeIncidents[0].id).toBe(ids.policeIncident);
    expect(dispute.arbitrationCases[0].id).toBe(ids.arbitrationCase);
    expect(dispute.notarisations[0].id).toBe(ids.notarisation);
  });
});

// The gateway asks each subgraph for all parties of a response in one _entities call; the
// subgraph must answer it with a constant number of SQL statements, in the order asked.
describe("Party lists are batched in every subgraph", () => {
  const fields: Record<string, string> = {
    "mediation-center": "disputes { unifiedNumber } mediationCases { id }",
    "court-mediation": "courtReferrals { id } judicialConfirmations { id }",
    "petition-mediation": "petitions { id }",
    "police-mediation": "policeIncidents { id }",
    arbitration: "arbitrationCases { id }",
    notary: "notarisations { id }",
  };

  async function entities(subgraph: string, partyKeys: string[]) {
    // Signed like the gateway's own call: subgraphs answer nobody else.
    const response = await subgraphGql(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Party { partyKey ${fields[subgraph]} } } }`, {
      r: partyKeys.map((partyKey) => ({ __typename: "Party", partyKey })),
    });
    return response as { data: { _entities: { partyKey: string }[] }; extensions: { sqlStatements: number } };
  }

  for (const subgraph of Object.keys(fields)) {
    it(`${subgraph}: 1 party and 25 parties cost the same number of SQL statements`, async () => {
      const keys = Array.from({ length: 25 }, (_, i) => `test-party-${i}-${Math.random().toString(36).slice(2)}`);
      const one = await entities(subgraph, keys.slice(0, 1));
      const many = await entities(subgraph, keys);
      expect(one.extensions.sqlStatements).toBeGreaterThan(0);
      expect(many.extensions.sqlStatements).toBe(one.extensions.sqlStatements);
      expect(many.data._entities.map((e) => e.partyKey)).toEqual(keys);
    });
  }
});
