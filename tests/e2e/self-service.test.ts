import { describe, it, expect } from "vitest";
import { mintPartyToken } from "@hub/kit/party-token";
import { gatewayUrl, gql, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { auditor, jointMeeting, mediator, policeOfficer } from "../support/callers.ts";
import { mediateToAgreement } from "../support/records.ts";
import { sql } from "../support/db.ts";
import { newResidentId, withWrongCheckCharacter } from "../support/people.ts";
import { unique } from "../support/values.ts";

// 群众端 (issue 13) through the real gateway: a member of the public applies without any token.

let addresses = 0;
/** A client address of its own (the test gateway trusts X-Forwarded-For), so that lockouts stay within one test. */
function newAddress(): string {
  addresses++;
  return `203.0.${Math.floor(Math.random() * 200) + 1}.${addresses % 250}`;
}
const DEFAULT_ADDRESS = newAddress();

/** Posts as a member of the public: no Authorization header at all, or a party token; from `address`. */
async function anonymous<T = any>(query: string, variables?: Record<string, unknown>, options: { token?: string; address?: string } = {}): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": options.address ?? DEFAULT_ADDRESS };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(gatewayUrl(), { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

const APPLY = `mutation Apply($input: ApplyForMediationInput!) { applyForMediation(input: $input) { unifiedNumber registeredAt nextStep } }`;

function application(facts: string, parties: Record<string, unknown>[]) {
  return { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", facts, request: "请求调解，由邻居修复漏水的管道", parties };
}

async function disputesWithFacts(facts: string): Promise<number> {
  const rows = await sql("mediation-center", `select count(*)::int as n from "dispute" where "description" like $1`, [`%${facts}%`]);
  return rows[0].n;
}

describe("applying for mediation online (在线申请调解)", () => {
  it("registers an ONLINE dispute with its parties through unified intake, without a token, and answers its unified number", async () => {
    const facts = unique("楼上漏水");
    const applicant = newResidentId();
    const neighbour = newResidentId();
    const { status, body } = await anonymous(APPLY, {
      input: application(facts, [
        { role: "APPLICANT", kind: "PERSON", name: "李建国", idNumber: applicant, phone: "13812345678" },
        { role: "RESPONDENT", kind: "PERSON", name: "王芳", idNumber: neighbour },
      ]),
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { unifiedNumber } = body.data.applyForMediation;
    expect(unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);

    // What intake recorded, read back by joint-meeting staff as any registered dispute.
    const data = await gqlOk(
      `query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber source divisionCode disputeType parties { role name identifierMasked } mediationCases { status } timeline { action actor note } } }`,
      { n: unifiedNumber },
      jointMeeting(""),
    );
    const dispute = data.dispute;
    expect(dispute.source).toBe("ONLINE");
    expect(dispute.disputeType).toBe("NEIGHBOURHOOD");
    expect(dispute.parties.map((p: any) => [p.role, p.name])).toEqual([["APPLICANT", "李建国"], ["RESPONDENT", "王芳"]]);
    expect(dispute.parties[0].identifierMasked).toBe(`${applicant.slice(0, 6)}********${applicant.slice(-4)}`);
    expect(dispute.mediationCases.map((c: any) => c.status)).toEqual(["REGISTERED"]);
    expect(dispute.timeline[0].actor).toMatch(/^public\/anonymous@/);
    expect(dispute.timeline[0].note).toContain("当事人网上申请");
    const rows = await sql("mediation-center", `select "description" from "dispute" where "unified_number" = $1`, [unifiedNumber]);
    expect(rows[0].description).toContain(`事实经过：${facts}`);
  });

  it("refuses an application without a party, naming the field in Chinese, and writes nothing", async () => {
    const facts = unique("无当事人");
    const { body } = await anonymous(APPLY, { input: application(facts, []) });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.field).toBe("input.parties");
    expect(body.errors?.[0]?.message).toContain("至少填写一名当事人");
    expect(await disputesWithFacts(facts)).toBe(0);
  });

  it("refuses a malformed ID number of any party, naming it, and writes nothing (not even the valid parties)", async () => {
    const facts = unique("身份证有误");
    const { body } = await anonymous(APPLY, {
      input: application(facts, [
        { role: "APPLICANT", kind: "PERSON", name: "李建国", idNumber: newResidentId() },
        { role: "RESPONDENT", kind: "PERSON", name: "王芳", idNumber: withWrongCheckCharacter(newResidentId()) },
      ]),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.field).toBe("input.parties[1].idNumber");
    expect(body.errors?.[0]?.message).toContain("居民身份证号码有误");
    expect(await disputesWithFacts(facts)).toBe(0);
  });

  it("lets a tokenless request reach only the public operations: anything else is still 401", async () => {
    const { status, body } = await anonymous(`query { disputes(first: 1) { nodes { unifiedNumber } } }`);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A public field next to another one does not open the door either.
    const mixed = await anonymous(`mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { unifiedNumber } registerDispute(input: { disputeType: NEIGHBOURHOOD, divisionCode: "530402", description: "x", source: WALK_IN, parties: [] }) { unifiedNumber } }`, {
      input: application(unique("混合"), []),
    });
    expect(mixed.status).toBe(401);
  });
});

const PROGRESS = `unifiedNumber disputeType divisionName yourName yourRole concluded mayUrge lastUrgedAt committee mediator
  current { channel caseType agency status dueAt } cases { channel caseType status concludedAt } steps { channel caseType action toStatus }
  evaluation { satisfaction comment callbackDueAt }`;
const LOOK_UP = `mutation LookUp($n: String!, $id: String!) { lookUpDispute(unifiedNumber: $n, identifier: $id) { token expiresAt progress { ${PROGRESS} } } }`;
const MY_DISPUTE = `query { myDispute { ${PROGRESS} } }`;
const URGE = `mutation($note: String) { urgeDispute(note: $note) { unifiedNumber holderChannel holderAgency note urgedAt replyDueAt } }`;
const EVALUATE = `mutation($input: EvaluateDisputeInput!) { evaluateDispute(input: $input) { id satisfaction comment callbackDueAt } }`;

/** A dispute a person applied for online: its number, the applicant's and the respondent's ID numbers. */
async function appliedDispute(tag: string) {
  const applicant = newResidentId();
  const respondent = newResidentId();
  const { body } = await anonymous(APPLY, {
    input: application(unique(tag), [
      { role: "APPLICANT", kind: "PERSON", name: "赵桂英", idNumber: applicant, phone: "13987654321" },
      { role: "RESPONDENT", kind: "PERSON", name: "周国平", idNumber: respondent, phone: "13800001111" },
    ]),
  });
  expect(body.errors).toBeUndefined();
  return { unifiedNumber: body.data.applyForMediation.unifiedNumber as string, applicant, respondent };
}

async function lookUp(unifiedNumber: string, identifier: string, address?: string) {
  return anonymous(LOOK_UP, { n: unifiedNumber, id: identifier }, { address });
}

async function auditActions(unifiedNumber: string): Promise<string[]> {
  const rows = await sql("mediation-center", `select "action" from "audit_log" where "entity_type" = 'Dispute' and "entity_id" = $1 order by "id"`, [unifiedNumber]);
  return rows.map((r) => r.action);
}

describe("looking a dispute up, hurrying it up and evaluating it (进度查询、催办、评价)", () => {
  it("shows the party their dispute's progress in plain facts, with a token good for their own dispute only", async () => {
    const { unifiedNumber, applicant, respondent } = await appliedDispute("查询进度");
    const { body } = await lookUp(unifiedNumber, applicant.toLowerCase());
    expect(body.errors).toBeUndefined();
    const { token, expiresAt, progress } = body.data.lookUpDispute;
    const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(progress).toMatchObject({
      unifiedNumber, disputeType: "NEIGHBOURHOOD", divisionName: "云南省 玉溪市 红塔区", yourName: "赵桂英", yourRole: "APPLICANT", concluded: false, mayUrge: true,
      current: { channel: "MEDIATION_CENTER", caseType: "MediationCase", agency: "矛盾纠纷调处化解中心", status: "REGISTERED" },
      evaluation: null,
    });
    // The other party's identifiers, masked or not, and their phone never reach the phone.
    const text = JSON.stringify(body);
    // (Masked as agencies see them: the first 6 and last 4 characters; 138****1111.)
    for (const secret of [respondent, `${respondent.slice(0, 6)}********${respondent.slice(-4)}`, "13800001111", "138****1111", applicant]) expect(text).not.toContain(secret);
    expect(await auditActions(unifiedNumber)).toEqual(["LOOKUP"]);

    const mine = await anonymous(MY_DISPUTE, {}, { token });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.myDispute.unifiedNumber).toBe(unifiedNumber);

    // Nothing else is readable with it.
    const other = await appliedDispute("别人的纠纷");
    const refused = await Promise.all([
      anonymous(`query { searchCases(first: 5) { edges { node { caseId } } } }`, {}, { token }),
      anonymous(`query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber } }`, { n: other.unifiedNumber }, { token }),
      anonymous(`query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber } }`, { n: unifiedNumber }, { token }),
      anonymous(`query { disputes(first: 5) { edges { node { unifiedNumber } } } }`, {}, { token }),
      anonymous(`query { policeIncidents(first: 5) { edges { node { id } } } }`, {}, { token }),
      anonymous(`query($id: ResidentId) { party(idNumber: $id) { partyKey } }`, { id: applicant }, { token }),
    ]);
    for (const { body: answer } of refused) {
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer)).toBe("FORBIDDEN");
    }
    // …and an agency's token is no party token.
    const agency = await gql(MY_DISPUTE, {}, jointMeeting(""));
    expect(agency.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("gives an unknown number and a wrong ID number the same answer, audits both, and refuses a malformed ID number by its field", async () => {
    const { unifiedNumber } = await appliedDispute("查询不符");
    const address = newAddress();
    const wrongId = await lookUp(unifiedNumber, newResidentId(), address);
    const unknownNumber = await lookUp("530402-2026-999999", newResidentId(), address);
    expect(wrongId.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknownNumber.body.errors?.[0]).toEqual(wrongId.body.errors?.[0]);
    expect(wrongId.body.errors?.[0]?.extensions?.messageZh).toContain("没有找到与该编号和证件号码相符的纠纷");
    expect(await auditActions(unifiedNumber)).toEqual(["LOOKUP"]);

    // Too short to be either an ID number or a credit code. (An ID number with a wrong check
    // character still has a credit code's shape, and early pilot codes fail their check: that
    // one is looked up as a credit code and, matching nobody, gets the same NOT_FOUND.)
    const malformed = await lookUp(unifiedNumber, "53040219800101", address);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "identifier" });
    expect(malformed.body.errors?.[0]?.extensions?.messageZh).toContain("证件号码有误");
  });

  it("locks a number out after five misses on it, from any address, and an address after twenty misses from it", async () => {
    const { unifiedNumber, applicant } = await appliedDispute("锁定编号");
    for (let i = 0; i < 5; i++) {
      const miss = await lookUp(unifiedNumber, newResidentId(), newAddress());
      expect(miss.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    // Even the right ID number is refused now, and the refusal tells nothing about it.
    const locked = await lookUp(unifiedNumber, applicant, newAddress());
    expect(locked.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(locked.body.errors?.[0]?.extensions?.messageZh).toContain("15 分钟后再试");
    expect(JSON.stringify(locked.body)).not.toContain("token");

    const guesser = newAddress();
    const other = await appliedDispute("锁定地址");
    for (let i = 0; i < 20; i++) {
      const miss = await lookUp(`530402-2026-${String(900000 + i)}`, newResidentId(), guesser);
      expect(miss.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await lookUp(other.unifiedNumber, other.applicant, guesser)).body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect((await lookUp(other.unifiedNumber, other.applicant, newAddress())).body.errors).toBeUndefined();
  });

  it("lets a party hurry the dispute up once a day, evaluate it only once it has concluded, and opens a callback when unsatisfied", async () => {
    const { unifiedNumber, applicant, respondent } = await appliedDispute("催办评价");
    const { token } = (await lookUp(unifiedNumber, applicant)).body.data.lookUpDispute;

    const first = await anonymous(URGE, { note: "已经一周了，请尽快安排调解" }, { token });
    expect(first.body.errors).toBeUndefined();
    const urge = first.body.data.urgeDispute;
    expect(urge).toMatchObject({ unifiedNumber, holderChannel: "MEDIATION_CENTER", holderAgency: "矛盾纠纷调处化解中心", note: "已经一周了，请尽快安排调解" });
    expect(new Date(urge.replyDueAt).getTime()).toBeGreaterThan(new Date(urge.urgedAt).getTime() + 2 * 86_400_000);
    const second = await anonymous(URGE, { note: null }, { token });
    expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
    expect(second.body.errors?.[0]?.extensions?.messageZh).toContain("今天已催办过");
    expect(await sql("mediation-center", `select count(*)::int as n from "dispute_urge" where "unified_number" = $1`, [unifiedNumber])).toEqual([{ n: 1 }]);
    expect((await anonymous(MY_DISPUTE, {}, { token })).body.data.myDispute).toMatchObject({ mayUrge: false, lastUrgedAt: urge.urgedAt });
    // It lands at the agency holding the dispute (the centre) and joint meetings; not at the police.
    const URGES = `{ disputeUrges(first: 100) { edges { node { id unifiedNumber note } } } }`;
    const listedFor = async (who: any) => (await gqlOk(URGES, {}, who)).disputeUrges.edges.map((e: any) => e.node.unifiedNumber);
    expect(await listedFor(mediator())).toContain(unifiedNumber);
    expect(await listedFor(jointMeeting())).toContain(unifiedNumber);
    expect(await listedFor(policeOfficer())).not.toContain(unifiedNumber);
    expect((await gql(URGES, {}, auditor())).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // The other party urges on their own account; two taps at once write one urge.
    const theirs = (await lookUp(unifiedNumber, respondent)).body.data.lookUpDispute;
    const taps = await Promise.all([anonymous(URGE, {}, { token: theirs.token }), anonymous(URGE, {}, { token: theirs.token })]);
    expect(taps.map((t) => t.body.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(await sql("mediation-center", `select count(*)::int as n from "dispute_urge" where "unified_number" = $1`, [unifiedNumber])).toEqual([{ n: 2 }]);

    const early = await anonymous(EVALUATE, { input: { satisfaction: "SATISFIED" } }, { token });
    expect(early.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(early.body.errors?.[0]?.extensions?.messageZh).toContain("尚未办结");
    expect(await sql("mediation-center", `select count(*)::int as n from "dispute_evaluation" where "unified_number" = $1`, [unifiedNumber])).toEqual([{ n: 0 }]);

    // The centre mediates the case to an agreement: the dispute has concluded.
    const centre = mediator();
    const caseId = (await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { mediationCases { id } } }`, { n: unifiedNumber }, centre)).dispute.mediationCases[0].id;
    await mediateToAgreement(centre, caseId);
    const concluded = (await anonymous(MY_DISPUTE, {}, { token })).body.data.myDispute;
    expect(concluded).toMatchObject({ concluded: true, current: null, mayUrge: false });
    expect(concluded.mediator).toMatch(/^调解员/);
    expect(concluded.committee).toMatch(/人民调解委员会/);
    expect((await anonymous(URGE, {}, { token })).body.errors?.[0]?.extensions?.messageZh).toContain("已办结");

    const evaluated = await anonymous(EVALUATE, { input: { satisfaction: "UNSATISFIED", comment: "赔偿款至今未到账" } }, { token });
    expect(evaluated.body.errors).toBeUndefined();
    expect(evaluated.body.data.evaluateDispute).toMatchObject({ satisfaction: "UNSATISFIED", comment: "赔偿款至今未到账" });
    expect(evaluated.body.data.evaluateDispute.callbackDueAt).not.toBeNull();
    const again = await anonymous(EVALUATE, { input: { satisfaction: "SATISFIED" } }, { token });
    expect(again.body.errors?.[0]?.extensions?.messageZh).toContain("已评价过");
    expect(await auditActions(unifiedNumber)).toEqual(["LOOKUP", "URGE", "LOOKUP", "URGE", "EVALUATE"]);

    // The centre sees the hurry-ups and the evaluation on the dispute, and records the callback.
    const seen = (await gqlOk(`query($n: String!) { dispute(unifiedNumber: $n) { urges { note } evaluations { id satisfaction callbackAt } } }`, { n: unifiedNumber }, centre)).dispute;
    expect(seen.urges.map((u: any) => u.note)).toEqual(["已经一周了，请尽快安排调解", null]);
    expect(seen.evaluations).toMatchObject([{ satisfaction: "UNSATISFIED", callbackAt: null }]);
    const callback = await gqlOk(`mutation($id: ID!) { recordCallback(evaluationId: $id, note: "已电话回访，协调被申请人三日内付款") { callbackAt callbackNote } }`, { id: seen.evaluations[0].id }, centre);
    expect(callback.recordCallback.callbackNote).toBe("已电话回访，协调被申请人三日内付款");
    const twice = await gql(`mutation($id: ID!) { recordCallback(evaluationId: $id, note: "再次回访") { callbackAt } }`, { id: seen.evaluations[0].id }, centre);
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("refuses a tampered or expired party token with 401", async () => {
    const { unifiedNumber, applicant } = await appliedDispute("伪造凭证");
    const { token } = (await lookUp(unifiedNumber, applicant)).body.data.lookUpDispute;
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, dispute: "530402-2026-000001" })).toString("base64url")}.${signature}`;
    const answer = await anonymous(MY_DISPUTE, {}, { token: forged });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const expired = await mintPartyToken({ unifiedNumber, partyId: claims.sub }, 60, new Date(Date.now() - 3_600_000));
    const late = await anonymous(MY_DISPUTE, {}, { token: expired.token });
    expect(late.status).toBe(401);
    expect(late.body.errors?.[0]?.message).toContain("expired");
  });
});
