import { describe, it, expect } from "vitest";
import { dueDate } from "@hub/kit";
import { actingAs, actorOf } from "../support/acting.ts";
import { courtClerk, jointMeeting, mediator as centreStaff } from "../support/callers.ts";
import { errorCode } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { CREDIT_CODE, newResidentId, organisationParty, personParties, personParty, withWrongCheckCharacter, type Person } from "../support/people.ts";
import { markersIn, refusalCheck, uuidsOf } from "../support/refusals.ts";
import { CHINA_OFFSET_MS } from "../support/time.ts";
import { masked, unique, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// 人民调解中心 through the gateway: committees and mediators, unified intake (统一受理) with its
// unified dispute number, people's mediation cases from registration to agreement and
// performance, and the party lookup that fans a party's history out to every channel.

const SUBGRAPH = "mediation-center";
// Only the mediation centre writes to this channel; these workflow tests act as a centre whose
// scope is the whole country (division scope has tests of its own, tests/e2e/authz-*.test.ts).
const ACTOR = centreStaff("", "红塔区人民调解中心-调解员e2e");
const ACTOR_NAME = actorOf(ACTOR);
const { gql, gqlOk } = actingAs(ACTOR);

/** Year of a moment in China Standard Time: unified numbers carry the registration year there. */
function chinaYear(at: Date): number {
  return new Date(at.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
}
function serialOf(unifiedNumber: string): number {
  return Number(unifiedNumber.slice(-6));
}

const COMMITTEE_FIELDS = `id name kind industry divisionCode divisionName createdAt mediators { id name grade }`;
const MEDIATOR_FIELDS = `id name employment grade specialties appointedAt committee { id name }`;
const CASE_FIELDS = `
  id unifiedNumber status registeredAt acceptedAt startedAt dueAt closedAt closingReason overdue
  committee { id name } mediator { id name }
  agreement { id performance }
  parties { role kind name identifierMasked phoneMasked partyKey }
  timeline { action fromStatus toStatus actor at note }
  dispute { unifiedNumber }
`;
const AGREEMENT_FIELDS = `
  id unifiedNumber terms amount hasPaymentObligation signedAt performance performanceNote performanceRecordedAt createdAt
  case { id status closedAt }
  dispute { unifiedNumber }
  parties { name }
  timeline { action fromStatus toStatus actor at note }
`;
const DISPUTE_FIELDS = `
  unifiedNumber disputeType divisionCode divisionName amount description source sourceReference registeredAt
  parties { role kind name identifierMasked phoneMasked partyKey identifierWarning }
  timeline { action fromStatus toStatus actor at note }
  mediationCases { ${CASE_FIELDS} }
`;

const CREATE_COMMITTEE = `mutation CreateCommittee($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { ${COMMITTEE_FIELDS} } }`;
const APPOINT = `mutation Appoint($input: AppointMediatorInput!) { appointMediator(input: $input) { ${MEDIATOR_FIELDS} } }`;
const REGISTER = `mutation Register($input: RegisterDisputeInput!) { registerDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
const ACCEPT = `mutation Accept($id: ID!, $mediatorId: ID!) { acceptMediationCase(id: $id, mediatorId: $mediatorId) { ${CASE_FIELDS} } }`;
const START = `mutation Start($id: ID!) { startMediation(id: $id) { ${CASE_FIELDS} } }`;
const AGREE = `mutation Agree($id: ID!, $input: MediationAgreementInput!) { recordMediationAgreement(id: $id, input: $input) { ${AGREEMENT_FIELDS} } }`;
const FAIL = `mutation Fail($id: ID!, $reason: String!) { recordMediationFailure(id: $id, reason: $reason) { ${CASE_FIELDS} } }`;
const TERMINATE = `mutation Terminate($id: ID!, $reason: String!) { terminateMediation(id: $id, reason: $reason) { ${CASE_FIELDS} } }`;
const PERFORMANCE = `mutation Performance($id: ID!, $performance: MediationAgreementPerformance!, $note: String) {
  recordAgreementPerformance(id: $id, performance: $performance, note: $note) { ${AGREEMENT_FIELDS} } }`;
const DISPUTE = `query Dispute($number: String!) { dispute(unifiedNumber: $number) { ${DISPUTE_FIELDS} } }`;
const CASE = `query Case($id: ID!) { mediationCase(id: $id) { ${CASE_FIELDS} } }`;
const CASES = `query Cases($filter: MediationCaseFilter, $first: Int) { mediationCases(filter: $filter, first: $first) { edges { node { id status overdue dueAt } } } }`;
const PARTY = `query Party($idNumber: ResidentId, $creditCode: CreditCode) {
  party(idNumber: $idNumber, creditCode: $creditCode) { partyKey disputes { unifiedNumber disputeType } mediationCases { id unifiedNumber status } } }`;

function committeeInput(overrides: Record<string, unknown> = {}) {
  return { name: unique("玉兴街道人民调解委员会"), kind: "TOWNSHIP_STREET", divisionCode: "530402", ...overrides };
}

async function committee(overrides: Record<string, unknown> = {}) {
  return (await gqlOk(CREATE_COMMITTEE, { input: committeeInput(overrides) }, ACTOR)).createMediationCommittee;
}

async function mediator(committeeId: string, overrides: Record<string, unknown> = {}) {
  const input = { committeeId, name: unique("调解员"), employment: "FULL_TIME", grade: "SENIOR", specialties: ["NEIGHBOURHOOD"], ...overrides };
  return (await gqlOk(APPOINT, { input }, ACTOR)).appointMediator;
}

function disputeInput(overrides: Record<string, unknown> = {}, people: Person[] = [{ id: newResidentId(), name: "张三" }]): Record<string, any> {
  return {
    disputeType: "NEIGHBOURHOOD",
    divisionCode: "530402",
    amount: "12800.50",
    description: unique("楼上装修导致楼下漏水,申请人要求赔偿维修费用"),
    source: "WALK_IN",
    // A second marker, so a refusal of the description still finds what the input would have written.
    sourceReference: unique("窗口登记"),
    parties: personParties(people),
    ...overrides,
  };
}

async function register(overrides: Record<string, unknown> = {}, people?: Person[]) {
  return (await gqlOk(REGISTER, { input: disputeInput(overrides, people) }, ACTOR)).registerDispute;
}

/** A committee with one mediator, and a dispute registered to it; returns its open case. */
async function openCase(overrides: Record<string, unknown> = {}) {
  const c = await committee();
  const m = await mediator(c.id);
  const dispute = await register({ committeeId: c.id, ...overrides });
  return { committee: c, mediator: m, dispute, caseId: dispute.mediationCases[0].id as string };
}

async function mediatingCase() {
  const opened = await openCase();
  await gqlOk(ACCEPT, { id: opened.caseId, mediatorId: opened.mediator.id }, ACTOR);
  await gqlOk(START, { id: opened.caseId }, ACTOR);
  return opened;
}

/**
 * What a refused call to the centre could have written: the case, agreement, committee or
 * mediator it names (state, steps, agreements, appointments) and the rows that would carry its
 * input's unique text (a dispute, its parties, a committee or mediator of that name).
 */
async function written(variables: Record<string, any>) {
  const ids = uuidsOf(variables.id, variables.mediatorId, variables.input?.committeeId);
  const markers = markersIn(variables);
  const names = typeof variables.input?.name === "string" && !variables.input.name.includes("\u0000") ? [variables.input.name.trim()] : [];
  const [row] = await sql(
    SUBGRAPH,
    `select (select coalesce(json_agg(json_build_object('id', id, 'status', status, 'version', version, 'mediator', mediator_id) order by id), '[]')
               from mediation_case where id = any($1::uuid[]) or committee_id = any($1::uuid[])) as cases,
            (select coalesce(json_agg(json_build_object('id', id, 'status', status, 'version', version) order by id), '[]')
               from mediation_agreement where id = any($1::uuid[]) or case_id = any($1::uuid[])) as agreements,
            (select count(*) from status_change where case_id = any($1::text[])) as steps,
            (select count(*) from mediator where committee_id = any($1::uuid[]) or name like any($2) or btrim(name) = any($3)) as mediators,
            (select count(*) from mediation_committee where name like any($2) or btrim(name) = any($3)) as committees,
            (select count(*) from dispute where description like any($2) or source_reference like any($2)) as disputes,
            (select count(*) from case_party where name like any($2)) as parties`,
    [ids, markers, names],
  );
  return row;
}

/** Runs a call that must fail with `code`, and checks that it wrote nothing (see `written`). */
const refused = refusalCheck(written, ACTOR);

async function caseStatus(id: string): Promise<string> {
  return (await gqlOk(CASE, { id })).mediationCase.status;
}

describe("mediation-center: full workflow", () => {
  it("creates a committee, appoints a mediator, registers a dispute, accepts, mediates, records the agreement and its performance", async () => {
    // 1. The committee and its mediator.
    const committeeIn = committeeInput();
    const createdCommittee = (await gqlOk(CREATE_COMMITTEE, { input: committeeIn }, ACTOR)).createMediationCommittee;
    expect(createdCommittee).toMatchObject({
      name: committeeIn.name,
      kind: "TOWNSHIP_STREET",
      industry: null,
      divisionCode: "530402",
      divisionName: "云南省 玉溪市 红塔区",
      mediators: [],
    });

    const appointed = (
      await gqlOk(APPOINT, {
        input: { committeeId: createdCommittee.id, name: "李调解", employment: "FULL_TIME", grade: "PRINCIPAL", specialties: ["NEIGHBOURHOOD", "DAMAGES", "NEIGHBOURHOOD"] },
      }, ACTOR)
    ).appointMediator;
    expect(appointed).toMatchObject({
      name: "李调解",
      employment: "FULL_TIME",
      grade: "PRINCIPAL",
      specialties: ["NEIGHBOURHOOD", "DAMAGES"],
      committee: { id: createdCommittee.id, name: committeeIn.name },
    });
    const listed = (await gqlOk(`query($id: ID!) { mediators(committeeId: $id) { edges { node { id } } } mediationCommittee(id: $id) { mediators { id name } } }`, { id: createdCommittee.id }));
    expect(nodes(listed.mediators)).toEqual([{ id: appointed.id }]);
    expect(listed.mediationCommittee.mediators).toEqual([{ id: appointed.id, name: "李调解" }]);

    // 2. Intake: the unified number is minted and the people's mediation case opened in one go.
    const applicant = { id: newResidentId(), name: "张三" };
    const respondent = { id: newResidentId("440524"), name: "李四" };
    const input = disputeInput({ committeeId: createdCommittee.id, source: "HOTLINE_12345", sourceReference: unique("12345") }, [applicant, respondent]);
    input.parties.push(organisationParty("某物业服务有限公司", CREDIT_CODE, "THIRD_PARTY"));
    const dispute = (await gqlOk(REGISTER, { input }, ACTOR)).registerDispute;

    const year = chinaYear(new Date(dispute.registeredAt));
    expect(dispute.unifiedNumber).toMatch(new RegExp(`^530402-${year}-\\d{6}$`));
    expect(dispute).toMatchObject({
      disputeType: "NEIGHBOURHOOD",
      divisionCode: "530402",
      divisionName: "云南省 玉溪市 红塔区",
      amount: "12800.50",
      description: input.description,
      source: "HOTLINE_12345",
      sourceReference: input.sourceReference,
    });
    expect(Math.abs(new Date(dispute.registeredAt).getTime() - Date.now())).toBeLessThan(60_000);

    // Identifiers leave the subgraph only masked, and are stored only encrypted.
    const byRole = Object.fromEntries(dispute.parties.map((p: any) => [p.role, p]));
    expect(byRole.APPLICANT).toMatchObject({ kind: "PERSON", name: "张三", identifierMasked: masked(applicant.id), phoneMasked: "138****5678" });
    expect(byRole.RESPONDENT).toMatchObject({ kind: "PERSON", name: "李四", identifierMasked: masked(respondent.id), phoneMasked: null });
    expect(byRole.THIRD_PARTY).toMatchObject({ kind: "ORGANISATION", identifierMasked: masked(CREDIT_CODE), identifierWarning: null });
    expect(JSON.stringify(dispute)).not.toContain(applicant.id);
    expect(JSON.stringify(dispute)).not.toContain(respondent.id);
    expect(JSON.stringify(dispute)).not.toContain("13812345678");
    const stored = await sql(SUBGRAPH, `select p.identifier_encrypted, p.phone_encrypted from case_party p join dispute d on p.case_id = d.id::text
      where p.case_type = 'Dispute' and d.unified_number = $1`, [dispute.unifiedNumber]);
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row.identifier_encrypted).not.toContain(applicant.id);
      expect(row.identifier_encrypted).not.toContain(respondent.id);
      expect(row.phone_encrypted ?? "").not.toContain("13812345678");
    }

    expect(dispute.mediationCases).toHaveLength(1);
    const registered = dispute.mediationCases[0];
    expect(registered).toMatchObject({
      unifiedNumber: dispute.unifiedNumber,
      status: "REGISTERED",
      committee: { id: createdCommittee.id },
      mediator: null,
      acceptedAt: null,
      dueAt: null,
      overdue: false,
      agreement: null,
      dispute: { unifiedNumber: dispute.unifiedNumber },
    });
    expect(registered.parties.map((p: any) => p.name).sort()).toEqual(["张三", "李四", "某物业服务有限公司"].sort());
    expect(registered.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor])).toEqual([["register", null, "REGISTERED", ACTOR_NAME]]);

    // 3. Acceptance starts the one-month clock (人民调解工作若干规定 Art 33).
    const accepted = (await gqlOk(ACCEPT, { id: registered.id, mediatorId: appointed.id }, ACTOR)).acceptMediationCase;
    expect(accepted).toMatchObject({ status: "ACCEPTED", mediator: { id: appointed.id, name: "李调解" }, committee: { id: createdCommittee.id }, overdue: false });
    expect(new Date(accepted.dueAt).toISOString()).toBe(dueDate("PEOPLES_MEDIATION", new Date(accepted.acceptedAt)).toISOString());
    expect(new Date(accepted.dueAt).getTime() - new Date(accepted.acceptedAt).getTime()).toBeGreaterThan(27 * 24 * 3600 * 1000);

    const started = (await gqlOk(START, { id: registered.id }, ACTOR)).startMediation;
    expect(started.status).toBe("MEDIATING");
    expect(started.startedAt).toBeTruthy();
    expect(started.dueAt).toBe(accepted.dueAt);

    // 4. The agreement (Art 29): signedAt is the day it takes effect.
    const agreementIn = { terms: "被申请人李四于2026年12月31日前赔偿申请人张三维修费12800.50元", amount: "12800.50", hasPaymentObligation: true };
    const agreement = (await gqlOk(AGREE, { id: registered.id, input: agreementIn }, ACTOR)).recordMediationAgreement;
    expect(agreement).toMatchObject({
      unifiedNumber: dispute.unifiedNumber,
      terms: agreementIn.terms,
      amount: "12800.50",
      hasPaymentObligation: true,
      performance: "PENDING",
      performanceNote: null,
      case: { id: registered.id, status: "AGREEMENT_REACHED" },
      dispute: { unifiedNumber: dispute.unifiedNumber },
    });
    expect(agreement.case.closedAt).toBeTruthy();
    expect(agreement.parties).toHaveLength(3);
    expect(new Date(agreement.signedAt).getTime()).toBeGreaterThanOrEqual(new Date(accepted.acceptedAt).getTime());
    expect(agreement.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor])).toEqual([["register", null, "PENDING", ACTOR_NAME]]);

    // 5. Performance follow-up (履行回访).
    const performed = (await gqlOk(PERFORMANCE, { id: agreement.id, performance: "PERFORMED", note: "已全额支付" }, ACTOR)).recordAgreementPerformance;
    expect(performed).toMatchObject({ performance: "PERFORMED", performanceNote: "已全额支付" });
    expect(performed.performanceRecordedAt).toBeTruthy();
    expect(performed.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor, t.note])).toEqual([
      ["register", null, "PENDING", ACTOR_NAME, expect.any(String)],
      ["recordPerformed", "PENDING", "PERFORMED", ACTOR_NAME, "已全额支付"],
    ]);

    // 6. The case and the dispute tell the whole story.
    const finalCase = (await gqlOk(CASE, { id: registered.id })).mediationCase;
    expect(finalCase).toMatchObject({ status: "AGREEMENT_REACHED", overdue: false, agreement: { id: agreement.id, performance: "PERFORMED" } });
    expect(finalCase.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus])).toEqual([
      ["register", null, "REGISTERED"],
      ["accept", "REGISTERED", "ACCEPTED"],
      ["startMediation", "ACCEPTED", "MEDIATING"],
      ["recordAgreement", "MEDIATING", "AGREEMENT_REACHED"],
    ]);
    expect(finalCase.timeline.every((t: any) => t.actor === ACTOR_NAME)).toBe(true);
    expect(finalCase.timeline[1].note).toContain("李调解");

    const whole = (await gqlOk(DISPUTE, { number: dispute.unifiedNumber })).dispute;
    expect(whole.timeline.map((t: any) => [t.action, t.toStatus])).toEqual([
      ["register", "REGISTERED"],
      ["register", "REGISTERED"],
      ["accept", "ACCEPTED"],
      ["startMediation", "MEDIATING"],
      ["recordAgreement", "AGREEMENT_REACHED"],
      ["register", "PENDING"],
      ["recordPerformed", "PERFORMED"],
    ]);
    expect(whole.timeline.every((t: any) => t.actor === ACTOR_NAME)).toBe(true);
    expect(whole.timeline[0].note).toContain(dispute.unifiedNumber);

    const rows = await sql(SUBGRAPH, `select status, version, due_at from mediation_case where id = $1`, [registered.id]);
    expect(rows).toEqual([{ status: "AGREEMENT_REACHED", version: 4, due_at: new Date(accepted.dueAt) }]);
  });

  it("records a failed mediation with its reason", async () => {
    const { caseId } = await mediatingCase();
    const failed = (await gqlOk(FAIL, { id: caseId, reason: "双方对赔偿金额分歧较大" }, ACTOR)).recordMediationFailure;
    expect(failed).toMatchObject({ status: "FAILED", closingReason: "双方对赔偿金额分歧较大", overdue: false, agreement: null });
    expect(failed.closedAt).toBeTruthy();
    expect(failed.timeline.at(-1)).toMatchObject({ action: "recordFailure", fromStatus: "MEDIATING", toStatus: "FAILED", actor: ACTOR_NAME, note: "双方对赔偿金额分歧较大" });
  });

  it("terminates a registered case when a party refuses mediation (当事人拒绝调解)", async () => {
    const { caseId } = await openCase();
    const terminated = (await gqlOk(TERMINATE, { id: caseId, reason: "被申请人明确拒绝调解" }, ACTOR)).terminateMediation;
    expect(terminated).toMatchObject({ status: "TERMINATED", closingReason: "被申请人明确拒绝调解", mediator: null, dueAt: null });
    expect(terminated.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus])).toEqual([
      ["register", null, "REGISTERED"],
      ["terminate", "REGISTERED", "TERMINATED"],
    ]);
  });

  it("assigns a case registered without a committee to the accepting mediator's committee", async () => {
    const c = await committee({ kind: "INDUSTRY", industry: "医疗纠纷", name: unique("红塔区医疗纠纷人民调解委员会") });
    expect(c).toMatchObject({ kind: "INDUSTRY", industry: "医疗纠纷" });
    const m = await mediator(c.id, { employment: "PART_TIME", grade: "JUNIOR", specialties: ["MEDICAL"] });
    const dispute = await register({ disputeType: "MEDICAL" });
    expect(dispute.mediationCases[0].committee).toBeNull();
    const accepted = (await gqlOk(ACCEPT, { id: dispute.mediationCases[0].id, mediatorId: m.id }, ACTOR)).acceptMediationCase;
    expect(accepted).toMatchObject({ status: "ACCEPTED", committee: { id: c.id }, mediator: { id: m.id } });
  });

  it("records a default, and a late performance after it", async () => {
    const { caseId } = await mediatingCase();
    const agreement = (await gqlOk(AGREE, { id: caseId, input: { terms: "分期偿还", amount: "3000.00", hasPaymentObligation: true } }, ACTOR)).recordMediationAgreement;
    const defaulted = (await gqlOk(PERFORMANCE, { id: agreement.id, performance: "DEFAULTED", note: "到期未付款" }, ACTOR)).recordAgreementPerformance;
    expect(defaulted).toMatchObject({ performance: "DEFAULTED", performanceNote: "到期未付款" });
    const late = (await gqlOk(PERFORMANCE, { id: agreement.id, performance: "PERFORMED" }, ACTOR)).recordAgreementPerformance;
    expect(late.performance).toBe("PERFORMED");
    expect(late.timeline.map((t: any) => t.toStatus)).toEqual(["PENDING", "DEFAULTED", "PERFORMED"]);
  });

  it("lists open cases past their one-month limit (督办), and not closed ones", async () => {
    const overdue = await openCase();
    await gqlOk(ACCEPT, { id: overdue.caseId, mediatorId: overdue.mediator.id }, ACTOR);
    // Time passes: the month ran out yesterday.
    await sql(SUBGRAPH, `update mediation_case set due_at = now() - interval '1 day' where id = $1`, [overdue.caseId]);
    const closed = await mediatingCase();
    await sql(SUBGRAPH, `update mediation_case set due_at = now() - interval '1 day' where id = $1`, [closed.caseId]);
    await gqlOk(FAIL, { id: closed.caseId, reason: "调解不成" }, ACTOR);

    const list = nodes((await gqlOk(CASES, { filter: { overdueOnly: true, committeeId: overdue.committee.id } })).mediationCases);
    expect(list).toEqual([expect.objectContaining({ id: overdue.caseId, status: "ACCEPTED", overdue: true })]);
    const closedList = nodes((await gqlOk(CASES, { filter: { overdueOnly: true, committeeId: closed.committee.id } })).mediationCases);
    expect(closedList).toEqual([]);
    const byStatus = nodes((await gqlOk(CASES, { filter: { status: "FAILED", committeeId: closed.committee.id } })).mediationCases);
    expect(byStatus).toEqual([expect.objectContaining({ id: closed.caseId, status: "FAILED", overdue: false })]);
  });

  it("lists disputes by division and type, and committees by division", async () => {
    const description = unique("阿拉尔市劳动争议");
    const dispute = await register({ divisionCode: "659002", disputeType: "MIGRANT_WORKER_WAGES", description, source: "PETITION" });
    expect(dispute.unifiedNumber.startsWith("659002-")).toBe(true);
    const found = nodes((await gqlOk(`{ disputes(filter: { divisionPrefix: "6590", disputeType: MIGRANT_WORKER_WAGES }, first: 100) { edges { node { unifiedNumber description } } } }`)).disputes);
    expect(found).toContainEqual({ unifiedNumber: dispute.unifiedNumber, description });
    const elsewhere = nodes((await gqlOk(`{ disputes(filter: { divisionPrefix: "5304", disputeType: MIGRANT_WORKER_WAGES }, first: 100) { edges { node { unifiedNumber } } } }`)).disputes);
    expect(elsewhere.map((d: any) => d.unifiedNumber)).not.toContain(dispute.unifiedNumber);

    const c = await committee({ divisionCode: "460108", name: unique("美兰区人民调解委员会") });
    const committees = nodes((await gqlOk(`{ mediationCommittees(divisionPrefix: "4601", first: 100) { edges { node { id divisionCode } } } }`)).mediationCommittees);
    expect(committees).toContainEqual({ id: c.id, divisionCode: "460108" });
    expect(committees.every((x: any) => x.divisionCode.startsWith("4601"))).toBe(true);
  });
});

describe("mediation-center: unified dispute numbers", () => {
  it("never hands out the same number to concurrent registrations", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => register({ divisionCode: "421202", disputeType: "LABOUR" })));
    const numbers = results.map((d) => d.unifiedNumber as string);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^421202-\d{4}-\d{6}$/);
    const [counter] = await sql(SUBGRAPH, `select last_serial from dispute_counter where division_code = '421202' and year = $1`, [Number(numbers[0]!.slice(7, 11))]);
    expect(counter.last_serial).toBeGreaterThanOrEqual(Math.max(...numbers.map(serialOf)));
  });

  it("counts per county and year, uses the county of a 12-digit code, and gives back the serial of a refused registration", async () => {
    // 于田县 is used by no other test, so its serials follow each other.
    const first = await register({ divisionCode: "653226" });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ divisionCode: "653226", parties: [personParty("王五", newResidentId(), "APPLICANT", "12")] }) });
    const second = await register({ divisionCode: "653226100200" });
    expect(second.divisionCode).toBe("653226100200");
    expect(second.unifiedNumber.slice(0, 12)).toBe(first.unifiedNumber.slice(0, 12));
    expect(serialOf(second.unifiedNumber)).toBe(serialOf(first.unifiedNumber) + 1);
  });
});

describe("mediation-center: party lookup across agencies", () => {
  it("finds the disputes and mediation cases of a person by ID number, and of an organisation by credit code", async () => {
    const person = { id: newResidentId("210802"), name: "赵六" };
    const other = { id: newResidentId("460106"), name: "钱七" };
    const first = await register({ divisionCode: "210802" }, [person, other]);
    const second = await register({ divisionCode: "210802", disputeType: "CONTRACT" }, [other, person]);

    // Lower-case x and spaces are normalised before hashing, like every channel does.
    const found = (await gqlOk(PARTY, { idNumber: person.id.toLowerCase() })).party;
    expect(found.partyKey).toBe(first.parties.find((p: any) => p.name === "赵六").partyKey);
    expect(found.disputes.map((d: any) => d.unifiedNumber).sort()).toEqual([first.unifiedNumber, second.unifiedNumber].sort());
    expect(found.mediationCases.map((c: any) => c.id).sort()).toEqual([first.mediationCases[0].id, second.mediationCases[0].id].sort());
    expect(JSON.stringify(found)).not.toContain(person.id);

    const stranger = (await gqlOk(PARTY, { idNumber: newResidentId() })).party;
    expect(stranger.disputes).toEqual([]);
    expect(stranger.mediationCases).toEqual([]);

    const organisation = (await gqlOk(PARTY, { creditCode: CREDIT_CODE })).party;
    expect(organisation.partyKey).not.toBe(found.partyKey);
  });

  it("refuses both, neither, or a malformed identifier", async () => {
    const id = newResidentId();
    expect(errorCode(await gql(PARTY, { idNumber: id, creditCode: CREDIT_CODE }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(PARTY, {}))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(PARTY, { idNumber: withWrongCheckCharacter(id) }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(PARTY, { creditCode: "91350100M00010OY43" }))).toBe("BAD_USER_INPUT");
  });
});

describe("mediation-center: the dispute is one entity across agencies", () => {
  it("resolves the dispute of a court referral in the mediation centre, and the referral under the dispute", async () => {
    const dispute = await register({ source: "COURT" });
    const court = courtClerk("", "红塔区人民法院-立案庭e2e");
    const referred = await gql(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id dispute { unifiedNumber disputeType } } }`, {
        input: {
          kind: "DELEGATED",
          court: "玉溪市红塔区人民法院",
          divisionCode: "530402",
          judge: "陈法官",
          unifiedNumber: dispute.unifiedNumber,
          disputeType: "NEIGHBOURHOOD",
          summary: "诉前委派调解",
          parties: [personParty("张三", newResidentId())],
        },
      }, court);
    const referral = referred.data!.referCaseToMediation;
    // The court is no partner of the centre's dispute (nothing was handed over): the centre leaves it out.
    expect(referral.dispute).toBeNull();
    // Joint-meeting staff allowed to read content follow the referral to the centre's dispute.
    const reviewer = jointMeeting("", ["reviewer", "content-reader"]);
    const seen = (
      await gqlOk(`query($id: ID!) { courtReferral(id: $id) { dispute { unifiedNumber disputeType description mediationCases { id status } } } }`, { id: referral.id }, reviewer)
    ).courtReferral;
    expect(seen.dispute).toEqual({
      unifiedNumber: dispute.unifiedNumber,
      disputeType: "NEIGHBOURHOOD",
      description: dispute.description,
      mediationCases: [{ id: dispute.mediationCases[0].id, status: "REGISTERED" }],
    });
    const back = (await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { courtReferrals { id } } }`, { n: dispute.unifiedNumber }, reviewer)).dispute;
    expect(back.courtReferrals).toEqual([{ id: referral.id }]);
    // The centre, no partner of the court's referral, sees the dispute without it.
    const atCentre = (await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { courtReferrals { id } } }`, { n: dispute.unifiedNumber })).dispute;
    expect(atCentre.courtReferrals).toEqual([]);
  });
});

describe("mediation-center: bad input is refused and nothing is written", () => {
  it("refuses a malformed resident ID number, a person with a credit code, and no parties", async () => {
    const id = newResidentId();
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({}, [{ id: withWrongCheckCharacter(id), name: "张三" }]) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({}, [{ id: "53040219900101123", name: "张三" }]) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ parties: [{ role: "APPLICANT", kind: "PERSON", name: "张三", idNumber: id, creditCode: CREDIT_CODE }] }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ parties: [] }) });
  });

  it("refuses bad division codes", async () => {
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ divisionCode: "999999" }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ divisionCode: "53040" }) });
    await refused("BAD_USER_INPUT", CREATE_COMMITTEE, { input: committeeInput({ divisionCode: "530499" }) });
    expect(errorCode(await gql(`{ disputes(filter: { divisionPrefix: "99" }) { edges { node { unifiedNumber } } } }`))).toBe("BAD_USER_INPUT");
  });

  it("refuses negative, three-decimal and float amounts", async () => {
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ amount: "-100.00" }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ amount: "100.005" }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ amount: 100.5 }) });
    const { caseId } = await mediatingCase();
    await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", amount: "-1.00", hasPaymentObligation: true } });
    await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", amount: "1.001", hasPaymentObligation: true } });
    await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", amount: 1.5, hasPaymentObligation: true } });
    // A payment obligation needs its amount.
    await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", hasPaymentObligation: true } });
    expect(await caseStatus(caseId)).toBe("MEDIATING");
  });

  it("refuses empty, overlong and control-character text", async () => {
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ description: "   " }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ description: "x".repeat(4001) }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ description: "漏水\u0000赔偿" }) });
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ sourceReference: "x".repeat(65) }) });
    await refused("BAD_USER_INPUT", CREATE_COMMITTEE, { input: committeeInput({ name: "" }) });
    const { caseId, committee: c } = await openCase();
    await refused("BAD_USER_INPUT", APPOINT, { input: { committeeId: c.id, name: " ", employment: "FULL_TIME", grade: "JUNIOR" } });
    await refused("BAD_USER_INPUT", TERMINATE, { id: caseId, reason: "" });
    const mediating = await mediatingCase();
    await refused("BAD_USER_INPUT", FAIL, { id: mediating.caseId, reason: "  " });
    await refused("BAD_USER_INPUT", AGREE, { id: mediating.caseId, input: { terms: "", hasPaymentObligation: false } });
    expect(await caseStatus(caseId)).toBe("REGISTERED");
    expect(await caseStatus(mediating.caseId)).toBe("MEDIATING");
  });

  it("refuses an industry committee without its industry, and an industry on any other committee", async () => {
    await refused("BAD_USER_INPUT", CREATE_COMMITTEE, { input: committeeInput({ kind: "INDUSTRY" }) });
    await refused("BAD_USER_INPUT", CREATE_COMMITTEE, { input: committeeInput({ kind: "VILLAGE", industry: "医疗纠纷" }) });
  });

  it("refuses a second committee of the same name in a division as a conflict", async () => {
    const c = await committee();
    await refused("CONFLICT", CREATE_COMMITTEE, { input: committeeInput({ name: c.name }) });
  });

  it("refuses a future registration time and future or pre-acceptance signing", async () => {
    await refused("BAD_USER_INPUT", REGISTER, { input: disputeInput({ registeredAt: new Date(Date.now() + 86_400_000).toISOString() }) });
    const { caseId } = await mediatingCase();
    const future = await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", hasPaymentObligation: false, signedAt: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(future.errors![0]!.extensions).toMatchObject({ field: "input.signedAt", messageZh: "签订时间不能晚于当前时间" });
    const early = await refused("BAD_USER_INPUT", AGREE, { id: caseId, input: { terms: "赔偿", hasPaymentObligation: false, signedAt: "2020-01-01T00:00:00.000Z" } });
    // The English stays as partners parse it; the Chinese names the field by its label, the acceptance in China time.
    expect(early.errors![0]!.message).toMatch(/^input\.signedAt: must not be before the case was accepted \(/);
    expect(early.errors![0]!.extensions!.messageZh).toMatch(/^签订时间不能早于受理时间（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/);
  });

  it("refuses a mediator of another committee", async () => {
    const { caseId } = await openCase();
    const elsewhere = await committee();
    const outsider = await mediator(elsewhere.id);
    const result = await refused("BAD_USER_INPUT", ACCEPT, { id: caseId, mediatorId: outsider.id });
    expect(result.errors![0]!.extensions!.field).toBe("mediatorId");
    expect(await caseStatus(caseId)).toBe("REGISTERED");
  });

  it("refuses page sizes outside 1 to 100", async () => {
    expect(errorCode(await gql(CASES, { first: 0 }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(CASES, { first: 101 }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(`{ disputes(first: 101) { edges { node { unifiedNumber } } } }`))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(`{ mediators(first: 0) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(CASES, { filter: { committeeId: "not-an-id" } }))).toBe("BAD_USER_INPUT");
  });

  it("refuses a malformed unified number", async () => {
    expect(errorCode(await gql(DISPUTE, { number: "5304-2026-123" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(DISPUTE, { number: "999999-2026-000001" }))).toBe("BAD_USER_INPUT");
    expect((await gqlOk(DISPUTE, { number: "530402-1999-999999" })).dispute).toBeNull();
  });

  it("answers NOT_FOUND for unknown and malformed ids", async () => {
    const { caseId, mediator: m } = await openCase();
    const missing = await refused("NOT_FOUND", ACCEPT, { id: UNKNOWN_ID, mediatorId: m.id });
    expect(missing.errors![0]!.extensions!.messageZh).toBe(`人民调解案件 ${UNKNOWN_ID} 不存在，请核对编号`);
    await refused("NOT_FOUND", ACCEPT, { id: caseId, mediatorId: UNKNOWN_ID });
    await refused("NOT_FOUND", START, { id: "not-a-uuid" });
    await refused("NOT_FOUND", FAIL, { id: UNKNOWN_ID, reason: "x" });
    await refused("NOT_FOUND", TERMINATE, { id: UNKNOWN_ID, reason: "x" });
    await refused("NOT_FOUND", AGREE, { id: UNKNOWN_ID, input: { terms: "x", hasPaymentObligation: false } });
    await refused("NOT_FOUND", PERFORMANCE, { id: UNKNOWN_ID, performance: "PERFORMED" });
    await refused("NOT_FOUND", APPOINT, { input: { committeeId: UNKNOWN_ID, name: "王五", employment: "PART_TIME", grade: "JUNIOR" } });
    await refused("NOT_FOUND", REGISTER, { input: disputeInput({ committeeId: UNKNOWN_ID }) });
    expect(errorCode(await gql(CASE, { id: "not-a-uuid" }))).toBe("NOT_FOUND");
    expect((await gqlOk(CASE, { id: UNKNOWN_ID })).mediationCase).toBeNull();
    expect(errorCode(await gql(`query($id: ID) { mediators(committeeId: $id) { edges { node { id } } } }`, { id: UNKNOWN_ID }))).toBe("NOT_FOUND");
  });
});

describe("mediation-center: illegal transitions are CONFLICT and write nothing", () => {
  it("refuses steps a registered case has not reached", async () => {
    const { caseId } = await openCase();
    const early = await refused("CONFLICT", START, { id: caseId });
    expect(early.errors![0]!.extensions!.messageZh).toBe("该人民调解案件当前为“已登记”，此操作只能在“已受理”时办理");
    await refused("CONFLICT", FAIL, { id: caseId, reason: "调解不成" });
    await refused("CONFLICT", AGREE, { id: caseId, input: { terms: "赔偿", hasPaymentObligation: false } });
    expect(await caseStatus(caseId)).toBe("REGISTERED");
  });

  it("refuses to accept twice or to record an agreement before mediation starts", async () => {
    const { caseId, mediator: m } = await openCase();
    await gqlOk(ACCEPT, { id: caseId, mediatorId: m.id }, ACTOR);
    await refused("CONFLICT", ACCEPT, { id: caseId, mediatorId: m.id });
    await refused("CONFLICT", AGREE, { id: caseId, input: { terms: "赔偿", hasPaymentObligation: false } });
    expect(await caseStatus(caseId)).toBe("ACCEPTED");
  });

  it("refuses any change to a closed case, and a second performance record", async () => {
    const { caseId } = await mediatingCase();
    const agreement = (await gqlOk(AGREE, { id: caseId, input: { terms: "当场赔礼道歉", hasPaymentObligation: false } }, ACTOR)).recordMediationAgreement;
    expect(agreement.amount).toBeNull();
    await refused("CONFLICT", TERMINATE, { id: caseId, reason: "撤回" });
    await refused("CONFLICT", FAIL, { id: caseId, reason: "调解不成" });
    await refused("CONFLICT", AGREE, { id: caseId, input: { terms: "再签一份", hasPaymentObligation: false } });
    await refused("BAD_USER_INPUT", PERFORMANCE, { id: agreement.id, performance: "PENDING" });
    await refused("BAD_USER_INPUT", PERFORMANCE, { id: agreement.id, performance: "DEFAULTED" });
    await gqlOk(PERFORMANCE, { id: agreement.id, performance: "PERFORMED" }, ACTOR);
    await refused("CONFLICT", PERFORMANCE, { id: agreement.id, performance: "PERFORMED" });
    await refused("CONFLICT", PERFORMANCE, { id: agreement.id, performance: "DEFAULTED", note: "未履行" });

    const terminated = await openCase();
    await gqlOk(TERMINATE, { id: terminated.caseId, reason: "申请人撤回" }, ACTOR);
    await refused("CONFLICT", ACCEPT, { id: terminated.caseId, mediatorId: terminated.mediator.id });
    await refused("CONFLICT", TERMINATE, { id: terminated.caseId, reason: "再次终止" });
  });
});

describe("mediation-center: the actions a caller may take on a case now (availableActions, for the console's case page)", () => {
  const ACTIONS = `query Actions($id: ID!) { mediationCase(id: $id) { status availableActions } }`;
  const actionsAs = async (id: string, who: Parameters<typeof gqlOk>[2]) => (await gqlOk(ACTIONS, { id }, who)).mediationCase.availableActions;

  it("follows the workflow table step by step for the centre", async () => {
    const opened = await openCase();
    expect(await actionsAs(opened.caseId, ACTOR)).toEqual(["accept", "terminate"]);
    await gqlOk(ACCEPT, { id: opened.caseId, mediatorId: opened.mediator.id }, ACTOR);
    expect(await actionsAs(opened.caseId, ACTOR)).toEqual(["startMediation", "terminate"]);
    await gqlOk(START, { id: opened.caseId }, ACTOR);
    expect(await actionsAs(opened.caseId, ACTOR)).toEqual(["recordAgreement", "recordFailure", "terminate"]);
    await gqlOk(FAIL, { id: opened.caseId, reason: "双方分歧过大" }, ACTOR);
    expect(await actionsAs(opened.caseId, ACTOR)).toEqual([]);
  });

  it("offers nothing to the joint meeting, and is not even readable by a court or a centre whose scope does not hold the case", async () => {
    const opened = await openCase();
    expect(await actionsAs(opened.caseId, jointMeeting(""))).toEqual([]);
    expect(await actionsAs(opened.caseId, centreStaff("5304", "玉溪市调解中心-e2e"))).toEqual(["accept", "terminate"]);
    // Neither a centre of another county nor a court that never took part in the case may read it.
    for (const stranger of [centreStaff("421202", "咸安区调解中心-e2e"), courtClerk("530402", "红塔区法院-e2e")]) {
      const refused = await gql(ACTIONS, { id: opened.caseId }, stranger);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
  });
});
