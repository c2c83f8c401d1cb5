import { beforeAll, describe, expect, it } from "vitest";
import { auditor, courtClerk, HONGTA, jointMeeting, mediator, petitionClerk, policeOfficer } from "../support/callers.ts";
import { errorCode, gql, gqlOk, subgraphGql, type GraphQLResponse } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { referAndAccept, registerPetition, reportIncident } from "../support/records.ts";
import { unique } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// Who reads and writes what (issue 5), through the gateway: an agency reads and writes its own
// channel within its division scope; the partner of a handoff reads the handed-off case; joint
// meetings read summaries across channels within their scope, petition content and incident
// narratives only with the role content-reader; auditors read the audit log and nothing else.
// Every refusal is FORBIDDEN, says who may do it, and writes nothing.

const XIANAN = "421202"; // 湖北省咸宁市咸安区: another district

const POLICE = policeOfficer(HONGTA, "玉兴派出所-民警authz");
const POLICE_ELSEWHERE = policeOfficer(XIANAN, "咸安派出所-民警authz");
const BUREAU = petitionClerk(HONGTA, "红塔区信访局-authz");
const COURT = courtClerk(HONGTA, "红塔区人民法院-authz");
const CENTRE = mediator(HONGTA, "红塔区人民调解中心-authz");
const REVIEWER = jointMeeting(HONGTA, ["reviewer"], "联席会议-authz");
const CONTENT_READER = jointMeeting(HONGTA, ["reviewer", "content-reader"], "联席会议-内容-authz");

const INCIDENT = `query($id: ID!) { policeIncident(id: $id) { id status station narrative } }`;
const INCIDENTS = `query($p: DivisionPrefix) { policeIncidents(filter: { divisionPrefix: $p }, first: 100) { edges { node { id } } } }`;
const SCHEDULE = `mutation($id: ID!) { scheduleIncidentMediation(id: $id) { id status } }`;
const PETITION = `query($id: ID!) { petition(id: $id) { id status content } }`;

function forbidden(result: GraphQLResponse, path?: (string | number)[]): string {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe("FORBIDDEN");
  if (path) expect(result.errors![0]!.path).toEqual(path);
  return result.errors![0]!.message;
}

/** What the police database holds about one incident: its status, version and timeline length. */
async function incidentState(id: string) {
  const [row] = await sql(
    "police-mediation",
    `select status, version, (select count(*)::int from status_change where case_id = $1::text) as steps, (select count(*)::int from handoff where from_case_id = $1::text) as handoffs
     from police_incident where id = $1::uuid`,
    [id],
  );
  return row;
}

async function auditRows(subgraph: string, entityId: string) {
  return sql(subgraph, `select subject, agency_id, agency_kind, action, entity_type, field, purpose, division_code from audit_log where entity_id = $1 order by id`, [entityId]);
}

let incident: Awaited<ReturnType<typeof reportIncident>>;
let elsewhere: Awaited<ReturnType<typeof reportIncident>>;
let petition: Awaited<ReturnType<typeof registerPetition>>;

beforeAll(async () => {
  incident = await reportIncident(POLICE, HONGTA);
  elsewhere = await reportIncident(POLICE_ELSEWHERE, XIANAN);
  petition = await registerPetition(BUREAU, HONGTA, incident.people);
});

describe("division scope: a token of another district", () => {
  it("reads nothing of 红塔区: a lookup is FORBIDDEN, a list leaves it out", async () => {
    const message = forbidden(await gql(INCIDENT, { id: incident.id }, POLICE_ELSEWHERE), ["policeIncident"]);
    expect(message).toContain("division 530402");
    expect(message).toContain(`police agency ${POLICE_ELSEWHERE.agencyId} (division scope ${XIANAN})`);
    forbidden(await gql(`query($n: String!) { policeIncidentByNumber(incidentNumber: $n) { id } }`, { n: incident.incidentNumber }, POLICE_ELSEWHERE));

    const listed = nodes((await gqlOk(INCIDENTS, {}, POLICE_ELSEWHERE)).policeIncidents).map((i: { id: string }) => i.id);
    expect(listed).toContain(elsewhere.id);
    expect(listed).not.toContain(incident.id);
    // Asking for 红塔区 by filter does not widen the scope.
    expect(nodes((await gqlOk(INCIDENTS, { p: "5304" }, POLICE_ELSEWHERE)).policeIncidents)).toEqual([]);
    // The owner in 红塔区 sees its own and not the other district's.
    const own = nodes((await gqlOk(INCIDENTS, {}, POLICE)).policeIncidents).map((i: { id: string }) => i.id);
    expect(own).toContain(incident.id);
    expect(own).not.toContain(elsewhere.id);
  });

  it("writes nothing in 红塔区: neither a step on its incident nor a new one there", async () => {
    const before = await incidentState(incident.id);
    const message = forbidden(await gql(SCHEDULE, { id: incident.id }, POLICE_ELSEWHERE), ["scheduleIncidentMediation"]);
    expect(message).toContain("outside your division scope 421202");
    expect(await incidentState(incident.id)).toEqual(before);

    const number = unique("J530402").toUpperCase();
    const input = { incidentNumber: number, station: "玉兴派出所", divisionCode: HONGTA, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD", narrative: "越权登记", parties: [] };
    forbidden(await gql(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, { input }, POLICE_ELSEWHERE));
    expect(await sql("police-mediation", `select count(*)::int as n from police_incident where incident_number = $1`, [number])).toEqual([{ n: 0 }]);
  });

  it("resolves no reference to it either: the gateway's _entities call gets null, not the incident", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PoliceIncident { id status } } }`;
    const r = [{ __typename: "PoliceIncident", id: incident.id }, { __typename: "PoliceIncident", id: elsewhere.id }];
    const asElsewhere = await subgraphGql("police-mediation", query, { r }, POLICE_ELSEWHERE);
    expect(asElsewhere.data!._entities).toEqual([null, { id: elsewhere.id, status: "REPORTED" }]);
    const asOwner = await subgraphGql("police-mediation", query, { r }, POLICE);
    expect(asOwner.data!._entities).toEqual([{ id: incident.id, status: "REPORTED" }, null]);
  });
});

describe("channels: an agency reads and writes only its own", () => {
  it("a police token reading a petition is FORBIDDEN, and the petition list too", async () => {
    const message = forbidden(await gql(PETITION, { id: petition.id }, POLICE), ["petition"]);
    expect(message).toContain("letters-and-visits bureau");
    forbidden(await gql(`{ petitions(first: 10) { edges { node { id } } } }`, {}, POLICE));
    forbidden(await gql(`query($n: String!) { petitionByNumber(number: $n) { id } }`, { n: petition.petitionNumber }, POLICE));
  });

  it("a party's history shows each caller only what it may read, and leaves the rest out without an error", async () => {
    const query = `query($id: ResidentId!) { party(idNumber: $id) { petitions { id } policeIncidents { id } } }`;
    const asPolice = await gql(query, { id: incident.people[0]!.id }, POLICE);
    expect(asPolice.errors).toBeUndefined();
    expect(asPolice.data!.party).toEqual({ petitions: [], policeIncidents: [{ id: incident.id }] });
    const asBureau = await gqlOk(query, { id: incident.people[0]!.id }, BUREAU);
    expect(asBureau.party).toEqual({ petitions: [{ id: petition.id }], policeIncidents: [] });
    const asReviewer = await gqlOk(query, { id: incident.people[0]!.id }, REVIEWER);
    expect(asReviewer.party).toEqual({ petitions: [{ id: petition.id }], policeIncidents: [{ id: incident.id }] });
  });

  it("a court clerk writing a police case is FORBIDDEN, naming the police as the ones who may", async () => {
    const before = await incidentState(incident.id);
    const message = forbidden(await gql(SCHEDULE, { id: incident.id }, COURT));
    expect(message).toBe(`Only the police (公安机关) (agency kind police) changes police-mediation records; you are court agency ${COURT.agencyId} (division scope 530402)`);
    expect(await incidentState(incident.id)).toEqual(before);
    // Nor may it register one, even with input that would be refused anyway.
    forbidden(await gql(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
      input: { incidentNumber: "X", station: "", divisionCode: HONGTA, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD", narrative: "", parties: [] },
    }, COURT));
  });

  it("joint-meeting staff write nowhere", async () => {
    const before = await incidentState(incident.id);
    forbidden(await gql(SCHEDULE, { id: incident.id }, REVIEWER));
    expect(await incidentState(incident.id)).toEqual(before);
  });
});

describe("joint meetings: summaries across channels, content only with content-reader", () => {
  it("a reviewer sees the incident but not its narrative, nor the petition's content; each read is audited", async () => {
    const seen = await gql(INCIDENT, { id: incident.id }, REVIEWER);
    expect(seen.data!.policeIncident).toEqual({ id: incident.id, status: "REPORTED", station: "玉兴派出所", narrative: null });
    const message = forbidden(seen, ["policeIncident", "narrative"]);
    expect(message).toContain('joint-meeting staff with the role "content-reader"');

    const read = await gql(PETITION, { id: petition.id }, REVIEWER);
    expect(read.data!.petition).toMatchObject({ id: petition.id, content: null });
    forbidden(read, ["petition", "content"]);

    const rows = await auditRows("police-mediation", incident.id);
    expect(rows).toContainEqual({
      subject: REVIEWER.subject, agency_id: REVIEWER.agencyId, agency_kind: "joint-meeting", action: "READ", entity_type: "PoliceIncident",
      field: null, purpose: null, division_code: HONGTA,
    });
    expect(rows.filter((r: any) => r.action === "CONTENT" && r.subject === REVIEWER.subject)).toEqual([]);
  });

  it("a content reader sees the narrative and the content, and the audit log says so", async () => {
    const seen = await gqlOk(INCIDENT, { id: incident.id }, CONTENT_READER);
    expect(seen.policeIncident.narrative).toBe(incident.narrative);
    const read = await gqlOk(PETITION, { id: petition.id }, CONTENT_READER);
    expect(read.petition.content).toBe(petition.content);
    expect(await auditRows("police-mediation", incident.id)).toContainEqual(expect.objectContaining({ subject: CONTENT_READER.subject, action: "CONTENT", field: "narrative" }));
    expect(await auditRows("petition-mediation", petition.id)).toContainEqual(expect.objectContaining({ subject: CONTENT_READER.subject, action: "CONTENT", field: "content" }));
  });

  it("the owning agency reads its own content without an audit entry", async () => {
    const seen = await gqlOk(INCIDENT, { id: incident.id }, POLICE);
    expect(seen.policeIncident.narrative).toBe(incident.narrative);
    expect((await auditRows("police-mediation", incident.id)).filter((r: any) => r.subject === POLICE.subject)).toEqual([]);
  });

  it("the petition's reply, review and re-review texts are content too: a reviewer gets each FORBIDDEN, a content reader reads them audited", async () => {
    const answered = await registerPetition(BUREAU, HONGTA, incident.people);
    const as = (mutation: string) => gqlOk(`mutation($id: ID!) { ${mutation} { id } }`, { id: answered.id }, BUREAU);
    await as(`acceptPetition(id: $id)`);
    await as(`replyToPetition(id: $id, reply: "经核查，已责令施工单位结清工资")`);
    await as(`requestPetitionReview(id: $id, reason: "答复未写明支付金额")`);
    await as(`answerPetitionReview(id: $id, answer: "维持原答复，支付金额以劳动监察认定为准")`);
    const TEXTS = `query($id: ID!) { petition(id: $id) { id status reply reviewRequestReason reviewAnswer } }`;

    const seen = await gql(TEXTS, { id: answered.id }, REVIEWER);
    expect(seen.data!.petition).toEqual({ id: answered.id, status: "REVIEWED", reply: null, reviewRequestReason: null, reviewAnswer: null });
    expect(seen.errors?.map((e) => [e.extensions?.code, e.path?.join(".")]).sort()).toEqual([
      ["FORBIDDEN", "petition.reply"], ["FORBIDDEN", "petition.reviewAnswer"], ["FORBIDDEN", "petition.reviewRequestReason"],
    ]);

    const read = await gqlOk(TEXTS, { id: answered.id }, CONTENT_READER);
    expect(read.petition).toMatchObject({ reply: "经核查，已责令施工单位结清工资", reviewRequestReason: "答复未写明支付金额", reviewAnswer: "维持原答复，支付金额以劳动监察认定为准" });
    const audited = (await auditRows("petition-mediation", answered.id)).filter((r: any) => r.subject === CONTENT_READER.subject && r.action === "CONTENT");
    expect(audited.map((r: any) => r.field).sort()).toEqual(["reply", "reviewAnswer", "reviewRequestReason"]);
    expect((await gqlOk(TEXTS, { id: answered.id }, BUREAU)).petition.reply).toBe("经核查，已责令施工单位结清工资");
  });

  it("police mediation session notes are content too", async () => {
    const mediated = await reportIncident(POLICE, HONGTA);
    await gqlOk(SCHEDULE, { id: mediated.id }, POLICE);
    const notes = `双方对赔偿数额分歧较大-${mediated.id.slice(0, 8)}`;
    await gqlOk(
      `mutation($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { id } }`,
      { input: { incidentId: mediated.id, heldAt: new Date().toISOString(), officer: "王警官", agreementReached: false, notes } },
      POLICE,
    );
    const SESSIONS = `query($id: ID!) { policeIncident(id: $id) { id sessions { sequence notes } } }`;
    const seen = await gql(SESSIONS, { id: mediated.id }, REVIEWER);
    expect(seen.data!.policeIncident).toEqual({ id: mediated.id, sessions: [{ sequence: 1, notes: null }] });
    forbidden(seen, ["policeIncident", "sessions", 0, "notes"]);
    expect((await gqlOk(SESSIONS, { id: mediated.id }, CONTENT_READER)).policeIncident.sessions).toEqual([{ sequence: 1, notes }]);
    expect(await auditRows("police-mediation", (await sql("police-mediation", `select id from police_mediation_session where incident_id = $1::uuid`, [mediated.id]))[0]!.id)).toContainEqual(
      expect.objectContaining({ subject: CONTENT_READER.subject, action: "CONTENT", entity_type: "PoliceMediationSession", field: "notes", division_code: HONGTA }),
    );
    expect((await gqlOk(SESSIONS, { id: mediated.id }, POLICE)).policeIncident.sessions[0].notes).toBe(notes);
  });

  it("a joint meeting of another district reads nothing of 红塔区", async () => {
    forbidden(await gql(INCIDENT, { id: incident.id }, jointMeeting(XIANAN, ["reviewer", "content-reader"])));
    const listed = nodes((await gqlOk(INCIDENTS, {}, jointMeeting(XIANAN))).policeIncidents).map((i: { id: string }) => i.id);
    expect(listed).not.toContain(incident.id);
    expect(listed).toContain(elsewhere.id);
  });
});

describe("handoff partners read the handed-off case", () => {
  it("the centre reads the incident the police handed it (not the narrative), the police read the centre's case; others read neither", async () => {
    const handed = await reportIncident(POLICE, HONGTA);
    const { handoffId, caseId } = await referAndAccept(POLICE, CENTRE, handed.id);

    const atPolice = await gql(INCIDENT, { id: handed.id }, CENTRE);
    expect(atPolice.data!.policeIncident).toMatchObject({ id: handed.id, status: "REFERRED_TO_MEDIATION_CENTER", narrative: null });
    forbidden(atPolice, ["policeIncident", "narrative"]);
    expect(await auditRows("police-mediation", handed.id)).toContainEqual(expect.objectContaining({ subject: CENTRE.subject, agency_kind: "mediation-center", action: "READ" }));
    // An incident the police did not hand over stays theirs.
    forbidden(await gql(INCIDENT, { id: incident.id }, CENTRE));

    const atCentre = await gqlOk(`query($id: ID!) { mediationCase(id: $id) { id status dispute { unifiedNumber } } }`, { id: caseId }, POLICE);
    expect(atCentre.mediationCase).toMatchObject({ id: caseId, status: "REGISTERED" });
    expect(await auditRows("mediation-center", caseId)).toContainEqual(expect.objectContaining({ subject: POLICE.subject, action: "READ", entity_type: "MediationCase" }));

    // Both sides of the handoff see both records; a court, no partner, sees neither.
    const both = `query($id: ID!) { handoff(id: $id) { policeMediationRecord { status divisionCode } mediationCenterRecord { status divisionCode } } }`;
    expect((await gqlOk(both, { id: handoffId }, POLICE)).handoff).toEqual({
      policeMediationRecord: { status: "ACCEPTED", divisionCode: HONGTA },
      mediationCenterRecord: { status: "ACCEPTED", divisionCode: HONGTA },
    });
    expect((await gqlOk(both, { id: handoffId }, COURT)).handoff).toEqual({ policeMediationRecord: null, mediationCenterRecord: null });
    forbidden(await gql(`query($id: ID!) { mediationCase(id: $id) { id } }`, { id: caseId }, COURT));
  });

  it("the centre may not change the incident it was handed", async () => {
    const handed = await reportIncident(POLICE, HONGTA);
    await referAndAccept(POLICE, CENTRE, handed.id);
    const before = await incidentState(handed.id);
    forbidden(await gql(`mutation($id: ID!) { penaliseIncident(id: $id, penalty: "罚款", adviceToSue: "可起诉") { id } }`, { id: handed.id }, CENTRE));
    expect(await incidentState(handed.id)).toEqual(before);
  });
});

describe("auditors read the audit log only", () => {
  const AUDITOR = auditor("", "审计员-authz");

  it("cases, lists, party history and changes are FORBIDDEN to an auditor", async () => {
    const message = forbidden(await gql(INCIDENT, { id: incident.id }, AUDITOR));
    expect(message).toContain("Auditors read the audit log only");
    forbidden(await gql(INCIDENTS, {}, AUDITOR));
    forbidden(await gql(`query($id: ResidentId!) { party(idNumber: $id) { partyKey } }`, { id: incident.people[0]!.id }, AUDITOR));
    forbidden(await gql(`query($id: ID!) { handoff(id: $id) { id } }`, { id: incident.id }, AUDITOR));
    const before = await incidentState(incident.id);
    forbidden(await gql(SCHEDULE, { id: incident.id }, AUDITOR));
    expect(await incidentState(incident.id)).toEqual(before);
  });

  it("an auditor reads the audit log; nobody else does", async () => {
    await gqlOk(INCIDENT.replace(" narrative", ""), { id: incident.id }, REVIEWER);
    const query = `query($id: ID!) { policeMediationAuditLog(filter: { entityId: $id, action: READ }, first: 100) { entries { channel subject agencyId agencyKind action entityType entityId divisionCode } hasNextPage } }`;
    const log = (await gqlOk(query, { id: incident.id }, AUDITOR)).policeMediationAuditLog;
    expect(log.entries).toContainEqual({
      channel: "police-mediation", subject: REVIEWER.subject, agencyId: REVIEWER.agencyId, agencyKind: "joint-meeting", action: "READ",
      entityType: "PoliceIncident", entityId: incident.id, divisionCode: HONGTA,
    });
    const notMine = forbidden(await gql(query, { id: incident.id }, POLICE));
    expect(notMine).toContain("auditors (agency kind auditor) only");
    forbidden(await gql(query, { id: incident.id }, REVIEWER));
    // An auditor of another district sees none of 红塔区's entries.
    expect((await gqlOk(query, { id: incident.id }, auditor(XIANAN))).policeMediationAuditLog.entries).toEqual([]);
  });
});

describe("fail closed", () => {
  it("a caller without division scope reads nothing (the gateway refuses such a token; a signed context could still carry one)", async () => {
    const nobody = { subject: "nobody", agencyId: "none", agencyKind: "joint-meeting" as const, roles: ["reviewer"], divisionScope: [] };
    const seen = await subgraphGql("police-mediation", INCIDENTS, {}, nobody);
    expect(nodes(seen.data!.policeIncidents)).toEqual([]);
    forbidden(await subgraphGql("police-mediation", INCIDENT, { id: incident.id }, nobody));
    expect(nodes((await subgraphGql("mediation-center", `{ mediationCases(first: 100) { edges { node { id } } } }`, {}, nobody)).data!.mediationCases)).toEqual([]);
  });
});
