import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actingAs, actorOf } from "../support/acting.ts";
import { arbitrator, courtClerk, jointMeeting } from "../support/callers.ts";
import { errorCode, type Who } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { CREDIT_CODE, newResidentId, organisationParty, personParty } from "../support/people.ts";
import { daysAgo, legalDue, ms } from "../support/time.ts";
import { masked, newUnifiedNumber, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// 仲裁 through the gateway: a labour case from application through mediation first, acceptance,
// hearing and one extension to an award; a commercial case closed by a mediation statement;
// withdrawal and non-acceptance; and every refusal, each checked to leave nothing behind in the
// arbitration database.

const SUBGRAPH = "arbitration";

// Only the arbitration commission writes to this channel; these workflow tests act as one whose
// scope is the whole country (division scope has tests of its own, tests/e2e/authz-*.test.ts).
const COMMISSION = arbitrator("", "仲裁院-立案员");
const { gql, gqlOk, stepRunner } = actingAs(COMMISSION);

const caseNumber = () => `玉劳人仲案字〔${new Date().getFullYear()}〕第${randomInt(1, 1_000_000_000)}号`;

const CASE_FIELDS = `
  id kind commission divisionCode caseNumber disputeType unifiedNumber disputeAroseAt appliedAt status
  preMediationStartedAt acceptedAt awardExtended dueAt overdue notAcceptedReason outcome outcomeSummary awardedAmount closedAt
  claims { position description amount }
  totalClaimed
  parties { role kind name identifierMasked phoneMasked partyKey }
  timeline { action fromStatus toStatus actor note at }
  dispute { unifiedNumber }
`;

const APPLY = `mutation Apply($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { ${CASE_FIELDS} } }`;

/** A labour application whose commission, claims and party names carry `tag`, overridable per test. */
function labourInput(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: "LABOUR",
    commission: `玉溪市红塔区劳动人事争议仲裁委员会[${tag}]`,
    divisionCode: "530402",
    disputeType: "LABOUR",
    disputeAroseAt: daysAgo(90),
    claims: [{ description: `支付拖欠工资[${tag}]`, amount: "8000.00" }],
    parties: [
      personParty(`劳动者${tag}`, newResidentId()),
      organisationParty(`某用人单位${tag}`, CREDIT_CODE, "RESPONDENT"),
    ],
    ...overrides,
  };
}

async function apply(tag: string, overrides: Record<string, unknown> = {}, actor: Who = COMMISSION) {
  const data = await gqlOk(APPLY, { input: labourInput(tag, overrides) }, actor);
  return data.applyForArbitration;
}

/** Runs one state-change mutation `name(id: ..., args)` and returns the case. */
const step = stepRunner(CASE_FIELDS, arbitrator("", "仲裁院-仲裁员"));

/** What the arbitration database holds for one test's tag: cases, their claims, parties and timeline entries. */
async function rowsTagged(tag: string) {
  const [row] = await sql<{ cases: string; claims: string; parties: string; steps: string }>(
    SUBGRAPH,
    `select (select count(*) from arbitration_case where commission like $1) as cases,
            (select count(*) from arbitration_claim where description like $1) as claims,
            (select count(*) from case_party where case_type = 'ArbitrationCase' and name like $1) as parties,
            (select count(*) from status_change s join arbitration_case c on s.case_type = 'ArbitrationCase' and s.case_id = c.id::text
              where c.commission like $1) as steps`,
    [`%${tag}%`],
  );
  return { cases: Number(row!.cases), claims: Number(row!.claims), parties: Number(row!.parties), steps: Number(row!.steps) };
}

/** Status, optimistic-lock version and timeline length of one case, to prove a refused step changed nothing. */
async function stateOf(id: string) {
  const [row] = await sql<{ status: string; version: number; case_number: string | null; steps: string }>(
    SUBGRAPH,
    `select status, version, case_number, (select count(*) from status_change where case_type = 'ArbitrationCase' and case_id = $2) as steps
       from arbitration_case where id = $1::uuid`,
    [id, id],
  );
  return { status: row!.status, version: row!.version, caseNumber: row!.case_number, steps: Number(row!.steps) };
}

describe("arbitration (仲裁)", () => {
  it("takes a labour case from application through mediation first, acceptance, hearing and an extension to an award", async () => {
    const tag = randomUUID().slice(0, 8);
    const workerId = newResidentId("530402");
    const dispute = newUnifiedNumber("530402");
    const appliedAt = daysAgo(1);
    const disputeAroseAt = daysAgo(200);

    const applied = await apply(
      tag,
      {
        unifiedNumber: dispute,
        appliedAt,
        disputeAroseAt,
        claims: [
          { description: `支付2025年10月至12月拖欠工资[${tag}]`, amount: "12800.10" },
          { description: `支付未签劳动合同二倍工资差额[${tag}]`, amount: "0.20" },
          { description: `确认双方存在劳动关系[${tag}]` },
        ],
        parties: [
          personParty(`劳动者${tag}`, workerId.toLowerCase(), "APPLICANT", "138 0013 8000"),
          organisationParty(`某建筑公司${tag}`, CREDIT_CODE, "RESPONDENT"),
        ],
      },
      "红塔区仲裁院-立案员",
    );
    expect(applied).toMatchObject({
      kind: "LABOUR",
      divisionCode: "530402",
      disputeType: "LABOUR",
      unifiedNumber: dispute,
      status: "APPLIED",
      caseNumber: null,
      overdue: false,
      awardExtended: false,
      outcome: null,
      awardedAmount: null,
      closedAt: null,
      dispute: { unifiedNumber: dispute },
    });
    expect(ms(applied.appliedAt)).toBe(ms(appliedAt));
    expect(ms(applied.disputeAroseAt)).toBe(ms(disputeAroseAt));
    // Acceptance is due 5 days after the application (劳动争议调解仲裁法 Art 29).
    expect(ms(applied.dueAt)).toBe(legalDue(applied.appliedAt, { days: 5 }));
    // 0.1 + 0.2 in binary floats is 0.30000000000000004: the total must be exact decimal arithmetic.
    expect(applied.totalClaimed).toBe("12800.30");
    expect(applied.claims).toEqual([
      { position: 1, description: `支付2025年10月至12月拖欠工资[${tag}]`, amount: "12800.10" },
      { position: 2, description: `支付未签劳动合同二倍工资差额[${tag}]`, amount: "0.20" },
      { position: 3, description: `确认双方存在劳动关系[${tag}]`, amount: null },
    ]);
    const worker = applied.parties.find((p: any) => p.role === "APPLICANT");
    const employer = applied.parties.find((p: any) => p.role === "RESPONDENT");
    expect(worker).toMatchObject({ kind: "PERSON", name: `劳动者${tag}`, identifierMasked: masked(workerId), phoneMasked: "138****8000" });
    expect(employer).toMatchObject({ kind: "ORGANISATION", identifierMasked: "913501********0Y43", phoneMasked: null });
    expect(JSON.stringify(applied)).not.toContain(workerId);
    expect(applied.timeline).toEqual([
      expect.objectContaining({ action: "register", fromStatus: null, toStatus: "APPLIED", actor: actorOf("红塔区仲裁院-立案员"), note: null }),
    ]);

    const mediating = await step("startArbitrationPreMediation", applied.id, "", "红塔区仲裁院-调解员");
    expect(mediating).toMatchObject({ status: "PRE_MEDIATION", overdue: false });
    expect(ms(mediating.dueAt)).toBe(legalDue(mediating.preMediationStartedAt, { days: 15 }));

    const number = caseNumber();
    const accepted = await step("acceptArbitration", applied.id, `caseNumber: "${number}"`, "红塔区仲裁院-受理处");
    expect(accepted).toMatchObject({ status: "ACCEPTED", caseNumber: number, overdue: false });
    expect(ms(accepted.dueAt)).toBe(legalDue(accepted.acceptedAt, { days: 45 }));

    const hearing = await step("startArbitrationHearing", applied.id, "", "仲裁员-李");
    expect(hearing).toMatchObject({ status: "HEARING", dueAt: accepted.dueAt });

    const extended = await step("extendArbitrationAward", applied.id, `reason: "需进行工伤鉴定，案情复杂"`, "仲裁委主任");
    expect(extended).toMatchObject({ status: "HEARING", awardExtended: true });
    expect(ms(extended.dueAt)).toBe(legalDue(accepted.acceptedAt, { days: 60 }));

    const awarded = await step("closeArbitrationWithAward", applied.id, `summary: "被申请人支付工资及二倍工资差额", awardedAmount: "12800.30"`, "仲裁员-李");
    expect(awarded).toMatchObject({
      status: "CLOSED",
      outcome: "AWARD",
      outcomeSummary: "被申请人支付工资及二倍工资差额",
      awardedAmount: "12800.30",
      dueAt: null,
      overdue: false,
    });
    expect(awarded.closedAt).not.toBeNull();
    expect(awarded.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor, t.note])).toEqual([
      ["register", null, "APPLIED", actorOf("红塔区仲裁院-立案员"), null],
      ["startPreMediation", "APPLIED", "PRE_MEDIATION", actorOf("红塔区仲裁院-调解员"), null],
      ["accept", "PRE_MEDIATION", "ACCEPTED", actorOf("红塔区仲裁院-受理处"), number],
      ["startHearing", "ACCEPTED", "HEARING", actorOf("仲裁员-李"), null],
      ["extendAward", "HEARING", "HEARING", actorOf("仲裁委主任"), "需进行工伤鉴定，案情复杂"],
      ["closeWithAward", "HEARING", "CLOSED", actorOf("仲裁员-李"), "被申请人支付工资及二倍工资差额"],
    ]);
    const times = awarded.timeline.map((t: any) => ms(t.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // The award is stored as exact decimals, and the case is found by id, by filter, by party and by dispute.
    const [stored] = await sql(SUBGRAPH, `select awarded_amount::text as amount, status from arbitration_case where id = $1::uuid`, [applied.id]);
    expect(stored).toEqual({ amount: "12800.30", status: "CLOSED" });
    const byId = await gqlOk(`query($id: ID!) { arbitrationCase(id: $id) { id status totalClaimed } }`, { id: applied.id });
    expect(byId.arbitrationCase).toEqual({ id: applied.id, status: "CLOSED", totalClaimed: "12800.30" });
    const listed = await gqlOk(`{ arbitrationCases(filter: { status: CLOSED, kind: LABOUR, divisionPrefix: "5304" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(listed.arbitrationCases)).toContainEqual({ id: applied.id });
    const elsewhere = await gqlOk(`{ arbitrationCases(filter: { divisionPrefix: "4212" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(elsewhere.arbitrationCases)).not.toContainEqual({ id: applied.id });
    const history = await gqlOk(`query($id: ID!) { arbitrationCase(id: $id) { parties { role party { partyKey arbitrationCases { id caseNumber } } } } }`, { id: applied.id });
    const party = history.arbitrationCase.parties.find((p: any) => p.role === "APPLICANT").party;
    expect(party.partyKey).toBe(worker.partyKey);
    expect(party.arbitrationCases).toEqual([{ id: applied.id, caseNumber: number }]);
    const path = await gqlOk(`query($id: ID!) { arbitrationCase(id: $id) { dispute { unifiedNumber arbitrationCases { id status } } } }`, { id: applied.id });
    expect(path.arbitrationCase.dispute).toEqual({ unifiedNumber: dispute, arbitrationCases: [{ id: applied.id, status: "CLOSED" }] });
  });

  it("closes a commercial case with a mediation statement before any hearing; its award period is the commission's own", async () => {
    const tag = randomUUID().slice(0, 8);
    const applied = await apply(tag, {
      kind: "COMMERCIAL",
      commission: `玉溪仲裁委员会[${tag}]`,
      disputeType: "CONTRACT",
      disputeAroseAt: null,
      claims: [
        { description: `支付货款[${tag}]`, amount: "50000.00" },
        { description: `支付违约金[${tag}]`, amount: "4999.99" },
      ],
      parties: [
        organisationParty(`供货公司${tag}`, CREDIT_CODE),
        personParty(`经营者${tag}`, newResidentId("460106"), "RESPONDENT"),
      ],
    });
    expect(applied).toMatchObject({ kind: "COMMERCIAL", status: "APPLIED", disputeAroseAt: null, totalClaimed: "54999.99" });
    expect(ms(applied.dueAt)).toBe(legalDue(applied.appliedAt, { days: 5 }));

    const accepted = await step("acceptArbitration", applied.id, `caseNumber: "（2026）玉仲字第${randomInt(1, 1_000_000_000)}号"`);
    expect(accepted).toMatchObject({ status: "ACCEPTED", dueAt: null, overdue: false });

    const before = await stateOf(applied.id);
    const extension = await gql(`mutation { extendArbitrationAward(id: "${applied.id}", reason: "案情复杂") { id } }`);
    expect(errorCode(extension)).toBe("CONFLICT");
    expect(await stateOf(applied.id)).toEqual(before);

    const settled = await step("closeArbitrationWithMediationStatement", applied.id, `summary: "分三期支付货款 52000 元", amount: "52000.00"`);
    expect(settled).toMatchObject({ status: "CLOSED", outcome: "MEDIATION_STATEMENT", outcomeSummary: "分三期支付货款 52000 元", awardedAmount: "52000.00", dueAt: null });
    expect(settled.timeline.at(-1)).toMatchObject({ action: "closeWithMediationStatement", fromStatus: "ACCEPTED", toStatus: "CLOSED" });
  });

  it("records a withdrawal during the hearing and a refusal to accept, and ends their clocks", async () => {
    const tag = randomUUID().slice(0, 8);
    const first = await apply(tag);
    await step("acceptArbitration", first.id, `caseNumber: "${caseNumber()}"`);
    await step("startArbitrationHearing", first.id);
    const withdrawn = await step("withdrawArbitration", first.id, `reason: "双方已自行和解"`, "仲裁院-申请人代理");
    expect(withdrawn).toMatchObject({ status: "WITHDRAWN", outcome: "WITHDRAWN", outcomeSummary: "双方已自行和解", dueAt: null, overdue: false });
    expect(withdrawn.timeline.at(-1)).toMatchObject({ action: "withdraw", fromStatus: "HEARING", toStatus: "WITHDRAWN", actor: actorOf("仲裁院-申请人代理") });

    const second = await apply(tag, { disputeType: "MIGRANT_WORKER_WAGES" });
    const declined = await step("declineArbitration", second.id, `reason: "申请人与被申请人之间不存在劳动关系"`);
    expect(declined).toMatchObject({ status: "NOT_ACCEPTED", notAcceptedReason: "申请人与被申请人之间不存在劳动关系", outcome: null, dueAt: null, overdue: false });

    const before = await stateOf(second.id);
    for (const mutation of [`acceptArbitration(id: "${second.id}", caseNumber: "${caseNumber()}")`, `withdrawArbitration(id: "${second.id}", reason: "撤回")`]) {
      const result = await gql(`mutation { ${mutation} { id } }`);
      expect(errorCode(result), mutation).toBe("CONFLICT");
    }
    expect(await stateOf(second.id)).toEqual(before);
  });

  it("lists cases past their deadline for supervision (督办)", async () => {
    const tag = randomUUID().slice(0, 8);
    // Received 20 days ago and never decided on: the 5-day acceptance period is long over.
    const late = await apply(tag, { divisionCode: "210802", appliedAt: daysAgo(20) });
    expect(late).toMatchObject({ status: "APPLIED", overdue: true });
    const fresh = await apply(tag, { divisionCode: "210802" });
    expect(fresh.overdue).toBe(false);

    const overdue = await gqlOk(`{ arbitrationCases(filter: { overdueOnly: true, divisionPrefix: "210802" }, first: 100) { edges { node { id status overdue } } } }`);
    expect(nodes(overdue.arbitrationCases)).toContainEqual({ id: late.id, status: "APPLIED", overdue: true });
    expect(nodes(overdue.arbitrationCases)).not.toContainEqual(expect.objectContaining({ id: fresh.id }));

    // Deciding ends the clock: a case not accepted is no longer overdue.
    await step("declineArbitration", late.id, `reason: "超过受理范围"`);
    const after = await gqlOk(`{ arbitrationCases(filter: { overdueOnly: true, divisionPrefix: "210802" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(after.arbitrationCases)).not.toContainEqual({ id: late.id });
  });

  describe("refuses bad input and writes nothing", () => {
    const refusedApplications: [string, (tag: string) => Record<string, unknown>, string, string | undefined][] = [
      ["a labour claim past the one-year limitation", (tag) => labourInput(tag, { disputeAroseAt: daysAgo(366 + 10) }), "BAD_USER_INPUT", "input.disputeAroseAt"],
      ["a labour claim without the day the dispute arose", (tag) => labourInput(tag, { disputeAroseAt: null }), "BAD_USER_INPUT", "input.disputeAroseAt"],
      ["a dispute that arose after the application", (tag) => labourInput(tag, { appliedAt: daysAgo(10), disputeAroseAt: daysAgo(5) }), "BAD_USER_INPUT", "input.disputeAroseAt"],
      ["a dispute arising in the future", (tag) => labourInput(tag, { disputeAroseAt: "2099-01-01T00:00:00.000Z" }), "BAD_USER_INPUT", "input.disputeAroseAt"],
      ["an application dated in the future", (tag) => labourInput(tag, { appliedAt: "2099-01-01T00:00:00.000Z" }), "BAD_USER_INPUT", "input.appliedAt"],
      ["a contract dispute sent to labour arbitration", (tag) => labourInput(tag, { disputeType: "CONTRACT" }), "BAD_USER_INPUT", "input.disputeType"],
      ["no claims", (tag) => labourInput(tag, { claims: [] }), "BAD_USER_INPUT", "input.claims"],
      ["21 claims", (tag) => labourInput(tag, { claims: Array.from({ length: 21 }, (_, i) => ({ description: `请求${i}[${tag}]`, amount: "1.00" })) }), "BAD_USER_INPUT", "input.claims"],
      ["an empty claim", (tag) => labourInput(tag, { claims: [{ description: `工资[${tag}]`, amount: "1.00" }, { description: "   " }] }), "BAD_USER_INPUT", "input.claims[1].description"],
      ["a claim over 500 characters", (tag) => labourInput(tag, { claims: [{ description: `[${tag}]` + "请".repeat(500) }] }), "BAD_USER_INPUT", "input.claims[0].description"],
      ["a negative amount", (tag) => labourInput(tag, { claims: [{ description: `工资[${tag}]`, amount: "-100.00" }] }), "BAD_USER_INPUT", undefined],
      ["an amount with 3 decimals", (tag) => labourInput(tag, { claims: [{ description: `工资[${tag}]`, amount: "100.005" }] }), "BAD_USER_INPUT", undefined],
      ["an amount sent as a float", (tag) => labourInput(tag, { claims: [{ description: `工资[${tag}]`, amount: 100.5 }] }), "BAD_USER_INPUT", undefined],
      ["an empty commission", (tag) => labourInput(tag, { commission: "  " }), "BAD_USER_INPUT", "input.commission"],
      ["a division code that does not exist", (tag) => labourInput(tag, { divisionCode: "999999" }), "BAD_USER_INPUT", undefined],
      ["a division code of the wrong length", (tag) => labourInput(tag, { divisionCode: "5304" }), "BAD_USER_INPUT", undefined],
      ["a resident ID with a wrong check character", (tag) => labourInput(tag, {
        parties: [
          personParty(`劳动者${tag}`, "110105194912310021"),
          organisationParty(`某用人单位${tag}`, CREDIT_CODE, "RESPONDENT"),
        ],
      }), "BAD_USER_INPUT", undefined],
      ["no respondent", (tag) => labourInput(tag, { parties: [personParty(`劳动者${tag}`, newResidentId())] }), "BAD_USER_INPUT", "input.parties"],
      ["a bad phone number (refused while the parties are written)", (tag) => labourInput(tag, {
        parties: [
          personParty(`劳动者${tag}`, newResidentId(), "APPLICANT", "12345"),
          organisationParty(`某用人单位${tag}`, CREDIT_CODE, "RESPONDENT"),
        ],
      }), "BAD_USER_INPUT", "input.parties[0].phone"],
      ["a malformed unified dispute number", (tag) => labourInput(tag, { unifiedNumber: "530402-26-1" }), "BAD_USER_INPUT", "input.unifiedNumber"],
      ["an unknown kind of arbitration", (tag) => labourInput(tag, { kind: "SPORTS" }), "BAD_USER_INPUT", undefined],
    ];

    for (const [what, input, code, field] of refusedApplications) {
      it(`applyForArbitration: ${what}`, async () => {
        const tag = randomUUID().slice(0, 8);
        const before = await rowsTagged(tag);
        const result = await gql(APPLY, { input: input(tag) });
        expect(errorCode(result)).toBe(code);
        if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
        expect(result.data?.applyForArbitration ?? null).toBeNull();
        expect(await rowsTagged(tag)).toEqual(before);
        expect(before).toEqual({ cases: 0, claims: 0, parties: 0, steps: 0 });
      });
    }

    it("an unknown or malformed id is NOT_FOUND", async () => {
      const stepsOf = () => sql(SUBGRAPH, `select count(*)::int as n from status_change where case_id = $1`, [UNKNOWN_ID]);
      const stepsBefore = await stepsOf();
      for (const id of [UNKNOWN_ID, "not-a-uuid"]) {
        for (const mutation of [
          `startArbitrationPreMediation(id: $id)`,
          `acceptArbitration(id: $id, caseNumber: "${caseNumber()}")`,
          `declineArbitration(id: $id, reason: "不予受理")`,
          `startArbitrationHearing(id: $id)`,
          `extendArbitrationAward(id: $id, reason: "复杂")`,
          `closeArbitrationWithMediationStatement(id: $id, summary: "调解")`,
          `closeArbitrationWithAward(id: $id, summary: "裁决")`,
          `withdrawArbitration(id: $id, reason: "撤回")`,
        ]) {
          const result = await gql(`mutation($id: ID!) { ${mutation} { id } }`, { id });
          expect(errorCode(result), `${mutation} ${id}`).toBe("NOT_FOUND");
        }
      }
      expect(await stepsOf()).toEqual(stepsBefore);
      const missing = await gqlOk(`{ arbitrationCase(id: "${UNKNOWN_ID}") { id } }`);
      expect(missing.arbitrationCase).toBeNull();
      expect(errorCode(await gql(`{ arbitrationCase(id: "not-a-uuid") { id } }`))).toBe("NOT_FOUND");
    });

    it("an illegal transition is a CONFLICT and changes nothing", async () => {
      const tag = randomUUID().slice(0, 8);
      const applied = await apply(tag);
      const illegal = [
        `startArbitrationHearing(id: "${applied.id}")`,
        `extendArbitrationAward(id: "${applied.id}", reason: "还没受理")`,
        `closeArbitrationWithMediationStatement(id: "${applied.id}", summary: "还没受理")`,
        `closeArbitrationWithAward(id: "${applied.id}", summary: "还没受理")`,
      ];
      for (const mutation of illegal) {
        const before = await stateOf(applied.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("CONFLICT");
        expect(result.errors![0]!.extensions!.status).toBe("APPLIED");
        expect(await stateOf(applied.id)).toEqual(before);
      }
      expect(await stateOf(applied.id)).toMatchObject({ status: "APPLIED", steps: 1 });

      // An award needs a hearing first; mediation first is possible only before acceptance.
      await step("acceptArbitration", applied.id, `caseNumber: "${caseNumber()}"`);
      for (const mutation of [`closeArbitrationWithAward(id: "${applied.id}", summary: "未开庭")`, `startArbitrationPreMediation(id: "${applied.id}")`]) {
        const before = await stateOf(applied.id);
        expect(errorCode(await gql(`mutation { ${mutation} { id } }`)), mutation).toBe("CONFLICT");
        expect(await stateOf(applied.id)).toEqual(before);
      }
    });

    it("the award period is extended only once", async () => {
      const tag = randomUUID().slice(0, 8);
      const applied = await apply(tag);
      const accepted = await step("acceptArbitration", applied.id, `caseNumber: "${caseNumber()}"`);
      const extended = await step("extendArbitrationAward", applied.id, `reason: "案情复杂"`);
      expect(extended).toMatchObject({ status: "ACCEPTED", awardExtended: true });
      expect(ms(extended.dueAt)).toBe(legalDue(accepted.acceptedAt, { days: 60 }));
      const before = await stateOf(applied.id);
      const again = await gql(`mutation { extendArbitrationAward(id: "${applied.id}", reason: "还要延长") { id } }`);
      expect(errorCode(again)).toBe("CONFLICT");
      expect(await stateOf(applied.id)).toEqual(before);
    });

    it("a case number already given to another case is a CONFLICT", async () => {
      const tag = randomUUID().slice(0, 8);
      const number = caseNumber();
      const first = await apply(tag);
      await step("acceptArbitration", first.id, `caseNumber: "${number}"`);
      const second = await apply(tag);
      const before = await stateOf(second.id);
      const result = await gql(`mutation { acceptArbitration(id: "${second.id}", caseNumber: "${number}") { id } }`);
      expect(errorCode(result)).toBe("CONFLICT");
      expect(await stateOf(second.id)).toEqual(before);
      expect(before).toMatchObject({ status: "APPLIED", caseNumber: null, steps: 1 });
    });

    it("refuses empty or oversized text and bad money on state changes", async () => {
      const tag = randomUUID().slice(0, 8);
      const applied = await apply(tag, { claims: [{ description: `工资[${tag}]`, amount: "3000.00" }] });
      const refused: [string, string][] = [
        [`acceptArbitration(id: "${applied.id}", caseNumber: "  ")`, "caseNumber"],
        [`acceptArbitration(id: "${applied.id}", caseNumber: "${"号".repeat(65)}")`, "caseNumber"],
        [`declineArbitration(id: "${applied.id}", reason: "")`, "reason"],
        [`withdrawArbitration(id: "${applied.id}", reason: " ")`, "reason"],
      ];
      for (const [mutation, field] of refused) {
        const before = await stateOf(applied.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("BAD_USER_INPUT");
        expect(result.errors![0]!.extensions!.field).toBe(field);
        expect(await stateOf(applied.id)).toEqual(before);
      }

      await step("acceptArbitration", applied.id, `caseNumber: "${caseNumber()}"`);
      await step("startArbitrationHearing", applied.id);
      const award = `mutation($amount: Money) { closeArbitrationWithAward(id: "${applied.id}", summary: "裁决", awardedAmount: $amount) { id } }`;
      for (const amount of ["-1.00", "1.005", 12.5, "3000.01"]) {
        const before = await stateOf(applied.id);
        const result = await gql(award, { amount });
        expect(errorCode(result), String(amount)).toBe("BAD_USER_INPUT");
        expect(await stateOf(applied.id)).toEqual(before);
      }
      const beyond = await gql(award, { amount: "3000.01" });
      expect(beyond.errors![0]!.extensions!.field).toBe("awardedAmount");
      const summary = await gql(`mutation { closeArbitrationWithAward(id: "${applied.id}", summary: "") { id } }`);
      expect(summary.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "summary" });
      expect(await stateOf(applied.id)).toMatchObject({ status: "HEARING" });
    });
  });
});

describe("availableActions", () => {
  const ACTIONS = `query Actions($id: ID!) { arbitrationCase(id: $id) { status availableActions } }`;
  const actionsAs = async (id: string, who: Who = COMMISSION) => (await gqlOk(ACTIONS, { id }, who)).arbitrationCase.availableActions;

  it("follows the workflow table as a labour case moves through its statuses, offering the one extension once", async () => {
    const applied = await apply(randomUUID().slice(0, 8));
    expect(await actionsAs(applied.id)).toEqual(["startPreMediation", "accept", "decline", "withdraw"]);
    await step("startArbitrationPreMediation", applied.id);
    expect(await actionsAs(applied.id)).toEqual(["accept", "decline", "withdraw"]);
    await step("acceptArbitration", applied.id, `caseNumber: "${caseNumber()}"`);
    expect(await actionsAs(applied.id)).toEqual(["startHearing", "extendAward", "closeWithMediationStatement", "withdraw"]);
    await step("startArbitrationHearing", applied.id);
    expect(await actionsAs(applied.id)).toEqual(["extendAward", "closeWithMediationStatement", "closeWithAward", "withdraw"]);
    await step("extendArbitrationAward", applied.id, `reason: "案情复杂"`);
    expect(await actionsAs(applied.id)).toEqual(["closeWithMediationStatement", "closeWithAward", "withdraw"]);
    await step("closeArbitrationWithAward", applied.id, `summary: "支持申请人的请求", awardedAmount: "8000.00"`);
    expect(await actionsAs(applied.id)).toEqual([]);
  });

  it("never offers a commercial case an extension of its award period", async () => {
    const tag = randomUUID().slice(0, 8);
    const applied = await apply(tag, { kind: "COMMERCIAL", disputeType: "CONTRACT", disputeAroseAt: null });
    await step("acceptArbitration", applied.id, `caseNumber: "${caseNumber()}"`);
    expect(await actionsAs(applied.id)).toEqual(["startHearing", "closeWithMediationStatement", "withdraw"]);
  });

  it("offers nothing to the joint meeting; a commission or court outside the case cannot read it at all", async () => {
    const applied = await apply(randomUUID().slice(0, 8));
    expect(await actionsAs(applied.id, jointMeeting(""))).toEqual([]);
    for (const stranger of [arbitrator("421202", "咸安区仲裁院-e2e"), courtClerk("530402", "红塔区法院-e2e")]) {
      expect(errorCode(await gql(ACTIONS, { id: applied.id }, stranger))).toBe("FORBIDDEN");
    }
  });
});
