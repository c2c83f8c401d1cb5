import { beforeAll, describe, expect, it } from "vitest";
import { auditor, HONGTA, jointMeeting, mediator, policeOfficer } from "../support/callers.ts";
import { errorCode, gql, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { referAndAccept, reportIncident } from "../support/records.ts";
import { masked } from "../support/values.ts";

// Personal data (issue 5): ID numbers and phone numbers are masked; unmasked they need a role that
// allows it (unmask) AND a stated purpose (x-hub-purpose). Every unmasked read is appended to the
// serving subgraph's audit log, which the database keeps append-only and auditors read through
// the gateway.

const PURPOSE = "执行立案核对当事人身份";
const OFFICER = policeOfficer(HONGTA, "玉兴派出所-民警unmask");
const UNMASKER = { ...policeOfficer(HONGTA, "玉兴派出所-所长unmask"), roles: ["officer", "unmask"] };
const REVIEWER_UNMASK = jointMeeting(HONGTA, ["reviewer", "unmask"], "联席会议-unmask");
const AUDITOR = auditor("", "审计员-unmask");

const PARTIES = `query($id: ID!) { policeIncident(id: $id) { id parties { role name identifierMasked identifier phoneMasked phone } } }`;

let incident: Awaited<ReturnType<typeof reportIncident>>;

beforeAll(async () => {
  incident = await reportIncident(OFFICER, HONGTA);
});

function forbiddenFields(result: GraphQLResponse): { path: (string | number)[]; message: string }[] {
  expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
  for (const e of result.errors!) expect(e.extensions?.code).toBe("FORBIDDEN");
  return result.errors!.map((e) => ({ path: e.path!, message: e.message }));
}

async function unmaskRows(entityId: string) {
  return sql(
    "police-mediation",
    `select subject, agency_id, agency_kind, action, entity_type, field, party_key, purpose, division_code from audit_log where entity_id = $1 and action = 'UNMASK' order by id`,
    [entityId],
  );
}

describe("unmasking ID numbers and phone numbers", () => {
  it("without the role unmask is FORBIDDEN, saying which role and purpose are needed; the masked forms still come back", async () => {
    const result = await gql(PARTIES, { id: incident.id }, { as: OFFICER, purpose: PURPOSE });
    const refusals = forbiddenFields(result);
    // Refused before anything is looked at: the respondent's phone, which is not on record, too.
    expect(refusals.map((r) => r.path.at(-1)).sort()).toEqual(["identifier", "identifier", "phone", "phone"]);
    expect(refusals[0]!.message).toContain('needs the role "unmask"');
    expect(refusals[0]!.message).not.toContain("purpose (the x-hub-purpose");
    const applicant = result.data!.policeIncident.parties.find((p: any) => p.role === "APPLICANT");
    expect(applicant).toMatchObject({ identifierMasked: masked(incident.people[0]!.id), identifier: null, phoneMasked: "138****5678", phone: null });
    expect(JSON.stringify(result)).not.toContain(incident.people[0]!.id);
    expect(await unmaskRows(incident.id)).toEqual([]);
  });

  it("with the role but no stated purpose is FORBIDDEN, naming the purpose header", async () => {
    const result = await gql(PARTIES, { id: incident.id }, UNMASKER);
    const [first] = forbiddenFields(result);
    expect(first!.message).toContain("a stated purpose (the x-hub-purpose request header");
    expect(first!.message).not.toContain('the role "unmask"');
    expect(JSON.stringify(result)).not.toContain(incident.people[0]!.id);
    expect(await unmaskRows(incident.id)).toEqual([]);
  });

  it("with neither, the message names both", async () => {
    const [first] = forbiddenFields(await gql(PARTIES, { id: incident.id }, OFFICER));
    expect(first!.message).toMatch(/needs the role "unmask" and a stated purpose/);
  });

  it("with the role and a purpose, returns the numbers and writes one audit row per number read, in the database", async () => {
    const data = await gqlOk(PARTIES, { id: incident.id }, { as: UNMASKER, purpose: PURPOSE });
    const byRole = Object.fromEntries(data.policeIncident.parties.map((p: any) => [p.role, p]));
    expect(byRole.APPLICANT).toMatchObject({ identifier: incident.people[0]!.id, phone: "13812345678" });
    expect(byRole.RESPONDENT).toMatchObject({ identifier: incident.people[1]!.id, phone: null });

    const rows = await unmaskRows(incident.id);
    const partyKeys = await sql("police-mediation", `select role, party_key from case_party where case_id = $1 order by role`, [incident.id]);
    const keyOf = Object.fromEntries(partyKeys.map((r: any) => [r.role, r.party_key]));
    const who = { subject: UNMASKER.subject, agency_id: UNMASKER.agencyId, agency_kind: "police", action: "UNMASK", entity_type: "PoliceIncident", purpose: PURPOSE, division_code: HONGTA };
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { ...who, field: "identifier", party_key: keyOf.APPLICANT },
        { ...who, field: "phone", party_key: keyOf.APPLICANT },
        { ...who, field: "identifier", party_key: keyOf.RESPONDENT },
      ]),
    );
  });

  it("a joint meeting allowed to unmask leaves both a cross-agency read and the unmasked reads in the log", async () => {
    const other = await reportIncident(OFFICER, HONGTA);
    const data = await gqlOk(PARTIES, { id: other.id }, { as: REVIEWER_UNMASK, purpose: "联席会议研判" });
    expect(data.policeIncident.parties.map((p: any) => p.identifier).sort()).toEqual(other.people.map((p) => p.id).sort());
    const rows = await sql("police-mediation", `select action, field, purpose from audit_log where entity_id = $1 and subject = $2 order by action, field`, [other.id, REVIEWER_UNMASK.subject]);
    expect(rows).toEqual([
      { action: "READ", field: null, purpose: "联席会议研判" },
      { action: "UNMASK", field: "identifier", purpose: "联席会议研判" },
      { action: "UNMASK", field: "identifier", purpose: "联席会议研判" },
      { action: "UNMASK", field: "phone", purpose: "联席会议研判" },
    ]);
  });

  it("a purpose does not open a case the caller may not read", async () => {
    const elsewhere = { ...policeOfficer("421202", "咸安派出所-unmask"), roles: ["officer", "unmask"] };
    const result = await gql(PARTIES, { id: incident.id }, { as: elsewhere, purpose: PURPOSE });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.data?.policeIncident ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toContain(incident.people[0]!.id);
  });
});

describe("the audit log", () => {
  it("is append-only in the database: UPDATE, DELETE and TRUNCATE fail and change nothing", async () => {
    await gqlOk(PARTIES, { id: incident.id }, { as: UNMASKER, purpose: PURPOSE });
    const before = await sql("police-mediation", `select * from audit_log order by id`);
    expect(before.length).toBeGreaterThan(0);
    await expect(sql("police-mediation", `update audit_log set purpose = 'nothing to see' where entity_id = $1`, [incident.id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(sql("police-mediation", `delete from audit_log where entity_id = $1`, [incident.id])).rejects.toThrow(/append-only: DELETE/);
    await expect(sql("police-mediation", `truncate audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await sql("police-mediation", `select * from audit_log where id <= $1 order by id`, [before.at(-1).id])).toEqual(before);
  });

  it("auditors page through it newest first, filtered, with a cursor; a foreign cursor is BAD_USER_INPUT", async () => {
    const query = `query($id: ID!, $after: String) { policeMediationAuditLog(filter: { entityId: $id, action: UNMASK, subject: "${UNMASKER.subject}" }, first: 2, after: $after) {
      entries { id at subject agencyId action entityType entityId field partyKey purpose divisionCode } endCursor hasNextPage } }`;
    const first = (await gqlOk(query, { id: incident.id }, AUDITOR)).policeMediationAuditLog;
    expect(first.entries).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    expect(first.entries[0]).toMatchObject({ subject: UNMASKER.subject, agencyId: UNMASKER.agencyId, action: "UNMASK", entityType: "PoliceIncident", entityId: incident.id, purpose: PURPOSE, divisionCode: HONGTA });
    const ids: string[] = first.entries.map((e: any) => e.id);
    const rest: string[] = [];
    let after: string | null = first.endCursor;
    while (after) {
      const page: any = (await gqlOk(query, { id: incident.id, after }, AUDITOR)).policeMediationAuditLog;
      rest.push(...page.entries.map((e: any) => e.id));
      after = page.endCursor;
    }
    const all = [...ids, ...rest];
    expect(new Set(all).size).toBe(all.length);
    expect(all.map(Number)).toEqual([...all.map(Number)].sort((a, b) => b - a));
    const inDatabase = await sql("police-mediation", `select count(*)::int as n from audit_log where entity_id = $1 and action = 'UNMASK' and subject = $2`, [incident.id, UNMASKER.subject]);
    expect(all).toHaveLength(inDatabase[0].n);

    for (const bad of ["not-a-cursor", Buffer.from("audit:1; drop table audit_log").toString("base64url"), "x".repeat(500)]) {
      const refused = await gql(query, { id: incident.id, after: bad }, AUDITOR);
      expect(errorCode(refused), bad).toBe("BAD_USER_INPUT");
    }
    expect(errorCode(await gql(`{ policeMediationAuditLog(first: 101) { hasNextPage } }`, {}, AUDITOR))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(`{ policeMediationAuditLog(filter: { since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z" }) { hasNextPage } }`, {}, AUDITOR))).toBe("BAD_USER_INPUT");
  });
});

describe("at rest", () => {
  it("ID numbers and phone numbers are nowhere in plain text: not in parties, handoff payloads, timelines, the job queue or the audit log", async () => {
    const handed = await reportIncident(OFFICER, HONGTA);
    await referAndAccept(OFFICER, mediator(HONGTA, "调解中心-atrest"), handed.id);
    await gqlOk(PARTIES, { id: handed.id }, { as: UNMASKER, purpose: PURPOSE });
    const secrets = [...handed.people.map((p) => p.id), "13812345678"];
    for (const subgraph of ["police-mediation", "mediation-center"]) {
      // Every text-like column of every table, the job queue's included.
      const columns = await sql<{ table_schema: string; table_name: string; column_name: string }>(
        subgraph,
        `select table_schema, table_name, column_name from information_schema.columns
         where table_schema in ('public', 'graphile_worker') and data_type in ('text', 'character varying', 'json', 'jsonb')`,
      );
      expect(columns.length).toBeGreaterThan(20);
      for (const c of columns) {
        const rows = await sql(subgraph, `select count(*)::int as n from "${c.table_schema}"."${c.table_name}" where "${c.column_name}"::text like any($1)`, [secrets.map((s) => `%${s}%`)]);
        expect(rows[0].n, `${subgraph} ${c.table_schema}.${c.table_name}.${c.column_name}`).toBe(0);
      }
    }
    // …while the centre holds the same people, under the same keys, from the encrypted payload.
    const keys = (r: any[]) => r.map((x) => x.party_key).sort();
    const atPolice = await sql("police-mediation", `select party_key from case_party where case_id = $1`, [handed.id]);
    const atCentre = await sql("mediation-center", `select party_key from case_party where party_key = any($1)`, [keys(atPolice)]);
    expect(keys(atCentre)).toEqual(keys(atPolice));
  });
});
