import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actingAs, actorOf } from "../support/acting.ts";
import { courtClerk, jointMeeting, mediator, petitionClerk } from "../support/callers.ts";
import { errorCode, type Who } from "../support/client.ts";
import { countRows, sql } from "../support/db.ts";
import { CREDIT_CODE, newResidentId, organisationParty, personParty } from "../support/people.ts";
import { legalDue, ms } from "../support/time.ts";
import { masked, newUnifiedNumber, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// Only the owning agency writes to this channel; these workflow tests act as one whose scope is
// the whole country (division scope has tests of its own, tests/e2e/authz-*.test.ts).
const AGENCY = petitionClerk("", "信访局-登记员");
const { gql, gqlOk, stepRunner } = actingAs(AGENCY);

// 访调对接 through the gateway: a petition from registration through reply, review and
// re-review to closing; a diversion to mediation with its satisfaction callback; and every
// refusal, each checked to leave nothing behind in the petition-mediation database.

const SUBGRAPH = "petition-mediation";

const PETITION_FIELDS = `
  id petitionNumber form divisionCode disputeType content registeredAt unifiedNumber status dueAt overdue
  acceptedAt handlingExtended handlingExtensionReason declineReason decidedAt mediationOrganisation divertedAt
  reply repliedAt reviewRequestReason reviewRequestedAt reviewAnswer reviewedAt
  reReviewRequestReason reReviewRequestedAt reReviewAnswer reReviewedAt closedAt
  satisfaction satisfactionNote callbackAt
  petitioners { role kind name identifierMasked phoneMasked partyKey identifierWarning }
  timeline { action fromStatus toStatus actor note at }
  dispute { unifiedNumber }
`;

const REGISTER = `mutation Register($input: RegisterPetitionInput!) { registerPetition(input: $input) { ${PETITION_FIELDS} } }`;

/** A petition input with unique content and party names (marked with `tag`), overridable per test. */
function petitionInput(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    form: "VISIT",
    divisionCode: "530402",
    disputeType: "MIGRANT_WORKER_WAGES",
    content: `反映某工地拖欠三个月工资共计 48000 元，请求协调解决。[${tag}]`,
    petitioners: [personParty(`信访人${tag}`, newResidentId())],
    ...overrides,
  };
}

async function register(tag: string, overrides: Record<string, unknown> = {}, actor: Who = petitionClerk("", "信访局-登记员")) {
  const data = await gqlOk(REGISTER, { input: petitionInput(tag, overrides) }, actor);
  return data.registerPetition;
}

/** Runs one state-change mutation `name(id: ..., args)` and returns the petition. */
const step = stepRunner(PETITION_FIELDS, petitionClerk("", "信访局-承办人"));

/** What the petition-mediation database holds for one test's tag: petitions, their parties, their timeline entries. */
async function rowsTagged(tag: string) {
  const [row] = await sql<{ petitions: string; parties: string; steps: string }>(
    SUBGRAPH,
    `select (select count(*) from petition where content like $1) as petitions,
            (select count(*) from case_party where case_type = 'Petition' and name like $1) as parties,
            (select count(*) from status_change s join petition p on s.case_type = 'Petition' and s.case_id = p.id::text where p.content like $1) as steps`,
    [`%${tag}%`],
  );
  return { petitions: Number(row!.petitions), parties: Number(row!.parties), steps: Number(row!.steps) };
}

/** Timeline entries and optimistic-lock version of one petition, to prove a refused step changed nothing. */
async function stateOf(id: string) {
  const [row] = await sql<{ status: string; version: number; steps: string }>(
    SUBGRAPH,
    `select status, version, (select count(*) from status_change where case_type = 'Petition' and case_id = $2) as steps from petition where id = $1::uuid`,
    [id, id],
  );
  return { status: row!.status, version: row!.version, steps: Number(row!.steps) };
}

describe("petition-mediation (访调对接)", () => {
  it("takes a petition from registration through reply, review and re-review to closed", async () => {
    const tag = randomUUID().slice(0, 8);
    const petitionerId = newResidentId("530402");
    const timelineBefore = await countRows(SUBGRAPH, "status_change");

    const registered = await register(tag, {
      petitioners: [
        personParty(`信访人${tag}`, petitionerId.toLowerCase(), "APPLICANT", "138 0013 8000"),
        organisationParty(`某建筑公司${tag}`, CREDIT_CODE, "RESPONDENT"),
      ],
    });
    expect(registered.petitionNumber).toMatch(/^XF-\d{4}-\d{6}$/);
    expect(registered).toMatchObject({ form: "VISIT", divisionCode: "530402", disputeType: "MIGRANT_WORKER_WAGES", status: "REGISTERED", overdue: false, handlingExtended: false, unifiedNumber: null, dispute: null });
    expect(registered.content).toContain(tag);
    expect(ms(registered.dueAt)).toBe(legalDue(registered.registeredAt, { days: 15 }));
    const applicant = registered.petitioners.find((p: any) => p.role === "APPLICANT");
    const respondent = registered.petitioners.find((p: any) => p.role === "RESPONDENT");
    expect(applicant).toMatchObject({ kind: "PERSON", identifierMasked: masked(petitionerId), phoneMasked: "138****8000" });
    expect(respondent).toMatchObject({ kind: "ORGANISATION", identifierMasked: "913501********0Y43", identifierWarning: null });
    expect(JSON.stringify(registered)).not.toContain(petitionerId);
    expect(registered.timeline).toEqual([expect.objectContaining({ action: "register", fromStatus: null, toStatus: "REGISTERED", actor: actorOf("信访局-登记员"), note: registered.petitionNumber })]);

    // The raw ID number is only ever stored encrypted.
    const stored = await sql(SUBGRAPH, `select identifier_encrypted, identifier_masked from case_party where case_type = 'Petition' and case_id = $1 and role = 'APPLICANT'`, [registered.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].identifier_masked).toBe(masked(petitionerId));
    expect(stored[0].identifier_encrypted).not.toContain(petitionerId);

    // The petitioner's lookup number finds the petition, typed any way round.
    const byNumber = await gqlOk(`query($n: String!) { petitionByNumber(number: $n) { id status } }`, { n: ` ${registered.petitionNumber.toLowerCase()} ` });
    expect(byNumber.petitionByNumber).toEqual({ id: registered.id, status: "REGISTERED" });

    const accepted = await step("acceptPetition", registered.id);
    expect(accepted.status).toBe("ACCEPTED");
    expect(ms(accepted.dueAt)).toBe(legalDue(accepted.acceptedAt, { days: 60 }));

    const extended = await step("extendPetitionHandling", registered.id, `reason: "需向住建部门调取工程款支付记录"`);
    expect(extended).toMatchObject({ status: "ACCEPTED", handlingExtended: true, handlingExtensionReason: "需向住建部门调取工程款支付记录" });
    expect(ms(extended.dueAt)).toBe(legalDue(extended.acceptedAt, { days: 90 }));

    const replied = await step("replyToPetition", registered.id, `reply: "经核查，已责令施工单位于 15 日内结清工资。"`);
    expect(replied).toMatchObject({ status: "REPLIED", reply: "经核查，已责令施工单位于 15 日内结清工资。", overdue: false });
    expect(ms(replied.dueAt)).toBe(legalDue(replied.repliedAt, { days: 30 }));

    const reviewRequested = await step("requestPetitionReview", registered.id, `reason: "答复未写明支付金额"`, `信访人${tag}`);
    expect(reviewRequested).toMatchObject({ status: "REVIEW_REQUESTED", reviewRequestReason: "答复未写明支付金额" });
    expect(ms(reviewRequested.dueAt)).toBe(legalDue(reviewRequested.reviewRequestedAt, { days: 30 }));

    const reviewed = await step("answerPetitionReview", registered.id, `answer: "复查认为原答复正确，补充写明应付金额 48000 元。"`, "市信访局-复查");
    expect(reviewed).toMatchObject({ status: "REVIEWED", reviewAnswer: "复查认为原答复正确，补充写明应付金额 48000 元。" });
    expect(ms(reviewed.dueAt)).toBe(legalDue(reviewed.reviewedAt, { days: 30 }));

    const reReviewRequested = await step("requestPetitionReReview", registered.id, `reason: "仍未收到工资"`, `信访人${tag}`);
    expect(reReviewRequested).toMatchObject({ status: "REREVIEW_REQUESTED", reReviewRequestReason: "仍未收到工资" });
    expect(ms(reReviewRequested.dueAt)).toBe(legalDue(reReviewRequested.reReviewRequestedAt, { days: 30 }));

    const reReviewed = await step("answerPetitionReReview", registered.id, `answer: "复核维持复查意见。"`, "省信访局-复核");
    expect(reReviewed).toMatchObject({ status: "REREVIEWED", reReviewAnswer: "复核维持复查意见。", dueAt: null, overdue: false });

    const closed = await step("closePetition", registered.id, "", "信访局-承办人");
    expect(closed).toMatchObject({ status: "CLOSED", dueAt: null, overdue: false });
    expect(closed.closedAt).not.toBeNull();

    const callback = await step("recordPetitionSatisfaction", registered.id, `satisfaction: BASICALLY_SATISFIED, note: "工资已结清，对办理时长不太满意"`, "信访局-回访员");
    expect(callback).toMatchObject({ status: "CLOSED", satisfaction: "BASICALLY_SATISFIED", satisfactionNote: "工资已结清，对办理时长不太满意" });
    expect(callback.callbackAt).not.toBeNull();

    expect(callback.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor])).toEqual([
      ["register", null, "REGISTERED", actorOf("信访局-登记员")],
      ["accept", "REGISTERED", "ACCEPTED", actorOf("信访局-承办人")],
      ["extendHandling", "ACCEPTED", "ACCEPTED", actorOf("信访局-承办人")],
      ["reply", "ACCEPTED", "REPLIED", actorOf("信访局-承办人")],
      ["requestReview", "REPLIED", "REVIEW_REQUESTED", actorOf(`信访人${tag}`)],
      ["answerReview", "REVIEW_REQUESTED", "REVIEWED", actorOf("市信访局-复查")],
      ["requestReReview", "REVIEWED", "REREVIEW_REQUESTED", actorOf(`信访人${tag}`)],
      ["answerReReview", "REREVIEW_REQUESTED", "REREVIEWED", actorOf("省信访局-复核")],
      ["close", "REREVIEWED", "CLOSED", actorOf("信访局-承办人")],
      ["recordSatisfaction", "CLOSED", "CLOSED", actorOf("信访局-回访员")],
    ]);
    expect(callback.timeline.at(-1).note).toBe("BASICALLY_SATISFIED: 工资已结清，对办理时长不太满意");
    expect(await countRows(SUBGRAPH, "status_change")).toBeGreaterThanOrEqual(timelineBefore + 10);
    expect(await rowsTagged(tag)).toEqual({ petitions: 1, parties: 2, steps: 10 });

    // The party's history across agencies includes this petition.
    const history = await gqlOk(`query($id: ID!) { petition(id: $id) { petitioners { role party { partyKey petitions { id petitionNumber } } } } }`, { id: registered.id });
    const party = history.petition.petitioners.find((p: any) => p.role === "APPLICANT").party;
    expect(party.partyKey).toBe(applicant.partyKey);
    expect(party.petitions).toContainEqual({ id: registered.id, petitionNumber: registered.petitionNumber });
  });

  it("diverts a civil dispute to mediation and records the satisfaction callback", async () => {
    const tag = randomUUID().slice(0, 8);
    const number = newUnifiedNumber("460106");
    const registered = await register(tag, { form: "HOTLINE_12345", divisionCode: "460106", disputeType: "CONSUMER", content: `商家拒绝退还预付卡余额 [${tag}]` }, "信访局-12345热线转办");
    expect(registered).toMatchObject({ form: "HOTLINE_12345", status: "REGISTERED" });

    // No callback before the petition has a reply or went to mediation.
    const early = await gql(`mutation { recordPetitionSatisfaction(id: "${registered.id}", satisfaction: SATISFIED, note: "太早") { id } }`);
    expect(errorCode(early)).toBe("CONFLICT");

    const diverted = await step("divertPetitionToMediation", registered.id, `mediationOrganisation: "龙华区人民调解中心", unifiedNumber: "${number}", idempotencyKey: "${randomUUID()}"`, "信访局-访调对接");
    expect(diverted).toMatchObject({ status: "DIVERTED", mediationOrganisation: "龙华区人民调解中心", unifiedNumber: number, dispute: { unifiedNumber: number }, overdue: false });
    expect(ms(diverted.dueAt)).toBe(legalDue(diverted.divertedAt, { months: 1 }));
    expect(diverted.decidedAt).toBe(diverted.divertedAt);
    expect(diverted.timeline.at(-1)).toMatchObject({ action: "divert", fromStatus: "REGISTERED", toStatus: "DIVERTED", actor: actorOf("信访局-访调对接"), note: `龙华区人民调解中心 (${number})` });

    // A diverted petition is no longer the bureau's to accept or close.
    for (const mutation of [`acceptPetition(id: "${registered.id}")`, `closePetition(id: "${registered.id}")`, `replyToPetition(id: "${registered.id}", reply: "答复")`]) {
      const before = await stateOf(registered.id);
      const refused = await gql(`mutation { ${mutation} { id } }`);
      expect(errorCode(refused)).toBe("CONFLICT");
      expect(await stateOf(registered.id)).toEqual(before);
    }

    const callback = await step("recordPetitionSatisfaction", registered.id, `satisfaction: SATISFIED, note: "调解成功，商家已退款"`, "信访局-回访员");
    expect(callback).toMatchObject({ status: "DIVERTED", satisfaction: "SATISFIED", satisfactionNote: "调解成功，商家已退款", dueAt: null, overdue: false });
    expect(ms(callback.callbackAt)).toBeGreaterThanOrEqual(ms(diverted.divertedAt));
    expect(callback.timeline.map((t: any) => [t.action, t.toStatus, t.actor])).toEqual([
      ["register", "REGISTERED", actorOf("信访局-12345热线转办")],
      ["divert", "DIVERTED", actorOf("信访局-访调对接")],
      ["recordSatisfaction", "DIVERTED", actorOf("信访局-回访员")],
    ]);

    // The dispute's path across agencies shows the petition under its unified number.
    const path = await gqlOk(`query($id: ID!) { petition(id: $id) { dispute { unifiedNumber petitions { id status } } } }`, { id: registered.id });
    expect(path.petition.dispute).toEqual({ unifiedNumber: number, petitions: [{ id: registered.id, status: "DIVERTED" }] });

    const listed = await gqlOk(`{ petitions(filter: { status: DIVERTED, form: HOTLINE_12345, divisionPrefix: "4601" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(listed.petitions)).toContainEqual({ id: registered.id });
  });

  it("records a petition that is not accepted, and ends its clock", async () => {
    const tag = randomUUID().slice(0, 8);
    const registered = await register(tag, { form: "LETTER", divisionCode: "421202", disputeType: "OTHER" });
    const declined = await step("declinePetition", registered.id, `reason: "该事项已进入诉讼程序，依法不予受理"`);
    expect(declined).toMatchObject({ status: "NOT_ACCEPTED", declineReason: "该事项已进入诉讼程序，依法不予受理", dueAt: null, overdue: false });
    expect(declined.timeline.at(-1)).toMatchObject({ action: "decline", fromStatus: "REGISTERED", toStatus: "NOT_ACCEPTED", note: "该事项已进入诉讼程序，依法不予受理" });

    const before = await stateOf(registered.id);
    expect(errorCode(await gql(`mutation { recordPetitionSatisfaction(id: "${registered.id}", satisfaction: UNSATISFIED, note: "不服") { id } }`))).toBe("CONFLICT");
    expect(errorCode(await gql(`mutation { acceptPetition(id: "${registered.id}") { id } }`))).toBe("CONFLICT");
    expect(await stateOf(registered.id)).toEqual(before);
  });

  it("lists petitions past their deadline for supervision (督办)", async () => {
    const tag = randomUUID().slice(0, 8);
    const registered = await register(tag, { divisionCode: "210802" });
    await step("acceptPetition", registered.id);
    await sql(SUBGRAPH, `update petition set due_at = now() - interval '1 day' where id = $1::uuid`, [registered.id]);

    const overdue = await gqlOk(`{ petitions(filter: { overdueOnly: true, divisionPrefix: "210802" }, first: 100) { edges { node { id status overdue } } } }`);
    expect(nodes(overdue.petitions)).toContainEqual({ id: registered.id, status: "ACCEPTED", overdue: true });
    const closedOnly = await gqlOk(`{ petitions(filter: { overdueOnly: true, status: CLOSED, divisionPrefix: "210802" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(closedOnly.petitions)).not.toContainEqual({ id: registered.id });
  });

  describe("refuses bad input and writes nothing", () => {
    const refusedRegistrations: [string, (tag: string) => Record<string, unknown>, string][] = [
      ["a resident ID with a wrong check character", (tag) => petitionInput(tag, { petitioners: [personParty(`信访人${tag}`, "110105194912310021")] }), "BAD_USER_INPUT"],
      ["a resident ID of the wrong length", (tag) => petitionInput(tag, { petitioners: [personParty(`信访人${tag}`, "11010519491231")] }), "BAD_USER_INPUT"],
      ["a division code that does not exist", (tag) => petitionInput(tag, { divisionCode: "999999" }), "BAD_USER_INPUT"],
      ["a division code of the wrong length", (tag) => petitionInput(tag, { divisionCode: "5304" }), "BAD_USER_INPUT"],
      ["empty content", (tag) => petitionInput(tag, { content: "   " }), "BAD_USER_INPUT"],
      ["content over 4000 characters", (tag) => petitionInput(tag, { content: `[${tag}]` + "诉".repeat(4001) }), "BAD_USER_INPUT"],
      ["content with control characters", (tag) => petitionInput(tag, { content: `[${tag}] \u0007` }), "BAD_USER_INPUT"],
      ["no petitioner (only a respondent)", (tag) => petitionInput(tag, { petitioners: [organisationParty(`某公司${tag}`, CREDIT_CODE, "RESPONDENT")] }), "BAD_USER_INPUT"],
      ["no parties at all", (tag) => petitionInput(tag, { petitioners: [] }), "BAD_USER_INPUT"],
      ["a person without an ID number", (tag) => petitionInput(tag, { petitioners: [{ role: "APPLICANT", kind: "PERSON", name: `信访人${tag}` }] }), "BAD_USER_INPUT"],
      ["a bad phone number (refused after the petition number was minted)", (tag) => petitionInput(tag, { petitioners: [personParty(`信访人${tag}`, newResidentId(), "APPLICANT", "12345")] }), "BAD_USER_INPUT"],
      ["a registration date in the future", (tag) => petitionInput(tag, { registeredAt: "2099-01-01T00:00:00.000Z" }), "BAD_USER_INPUT"],
      ["a malformed unified dispute number", (tag) => petitionInput(tag, { unifiedNumber: "530402-26-1" }), "BAD_USER_INPUT"],
      ["an unknown petition form", (tag) => petitionInput(tag, { form: "FAX" }), "BAD_USER_INPUT"],
    ];

    for (const [what, input, code] of refusedRegistrations) {
      it(`registerPetition: ${what}`, async () => {
        const tag = randomUUID().slice(0, 8);
        // Counted by this test's tag rather than whole tables: other test files may write meanwhile.
        const before = await rowsTagged(tag);
        const result = await gql(REGISTER, { input: input(tag) });
        expect(errorCode(result)).toBe(code);
        expect(result.data?.registerPetition ?? null).toBeNull();
        expect(await rowsTagged(tag)).toEqual(before);
        expect(before).toEqual({ petitions: 0, parties: 0, steps: 0 });
      });
    }

    it("an unknown or malformed id is NOT_FOUND", async () => {
      const stepsBefore = await sql(SUBGRAPH, `select count(*)::int as n from status_change where case_type = 'Petition' and case_id = $1`, [UNKNOWN_ID]);
      for (const id of [UNKNOWN_ID, "not-a-uuid"]) {
        const result = await gql(`mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id });
        expect(errorCode(result)).toBe("NOT_FOUND");
        const reply = await gql(`mutation($id: ID!) { replyToPetition(id: $id, reply: "答复") { id } }`, { id });
        expect(errorCode(reply)).toBe("NOT_FOUND");
      }
      const stepsAfter = await sql(SUBGRAPH, `select count(*)::int as n from status_change where case_type = 'Petition' and case_id = $1`, [UNKNOWN_ID]);
      expect(stepsAfter).toEqual(stepsBefore);
      const missing = await gqlOk(`{ petition(id: "${UNKNOWN_ID}") { id } }`);
      expect(missing.petition).toBeNull();
    });

    it("an illegal transition is a CONFLICT and changes nothing", async () => {
      const tag = randomUUID().slice(0, 8);
      const registered = await register(tag);
      const illegal = [
        `replyToPetition(id: "${registered.id}", reply: "还没受理")`,
        `extendPetitionHandling(id: "${registered.id}", reason: "还没受理")`,
        `requestPetitionReview(id: "${registered.id}", reason: "还没答复")`,
        `answerPetitionReview(id: "${registered.id}", answer: "没有复查请求")`,
        `requestPetitionReReview(id: "${registered.id}", reason: "没有复查意见")`,
        `answerPetitionReReview(id: "${registered.id}", answer: "没有复核请求")`,
        `closePetition(id: "${registered.id}")`,
        `recordPetitionSatisfaction(id: "${registered.id}", satisfaction: SATISFIED, note: "还没答复")`,
      ];
      for (const mutation of illegal) {
        const before = await stateOf(registered.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("CONFLICT");
        expect(result.errors![0]!.extensions!.status).toBe("REGISTERED");
        expect(await stateOf(registered.id)).toEqual(before);
      }
      expect(await stateOf(registered.id)).toMatchObject({ status: "REGISTERED", steps: 1 });
    });

    it("the handling period is extended only once", async () => {
      const tag = randomUUID().slice(0, 8);
      const registered = await register(tag);
      await step("acceptPetition", registered.id);
      const extended = await step("extendPetitionHandling", registered.id, `reason: "案情复杂"`);
      const before = await stateOf(registered.id);
      const again = await gql(`mutation { extendPetitionHandling(id: "${registered.id}", reason: "再延一次") { id } }`);
      expect(errorCode(again)).toBe("CONFLICT");
      expect(await stateOf(registered.id)).toEqual(before);
      const now = await gqlOk(`{ petition(id: "${registered.id}") { dueAt handlingExtended } }`);
      expect(now.petition).toEqual({ dueAt: extended.dueAt, handlingExtended: true });
    });

    it("empty or oversized text on a step is BAD_USER_INPUT and changes nothing", async () => {
      const tag = randomUUID().slice(0, 8);
      const registered = await register(tag);
      const refused = [
        `declinePetition(id: "${registered.id}", reason: "   ")`,
        `divertPetitionToMediation(id: "${registered.id}", mediationOrganisation: "", idempotencyKey: "${randomUUID()}")`,
        `divertPetitionToMediation(id: "${registered.id}", mediationOrganisation: "${"调".repeat(201)}", idempotencyKey: "${randomUUID()}")`,
        `divertPetitionToMediation(id: "${registered.id}", mediationOrganisation: "红塔区人民调解中心", unifiedNumber: "999999-2026-000001", idempotencyKey: "${randomUUID()}")`,
      ];
      for (const mutation of refused) {
        const before = await stateOf(registered.id);
        expect(errorCode(await gql(`mutation { ${mutation} { id } }`)), mutation).toBe("BAD_USER_INPUT");
        expect(await stateOf(registered.id)).toEqual(before);
      }
      await step("acceptPetition", registered.id);
      for (const mutation of [`replyToPetition(id: "${registered.id}", reply: "")`, `replyToPetition(id: "${registered.id}", reply: "${"复".repeat(4001)}")`, `extendPetitionHandling(id: "${registered.id}", reason: " ")`]) {
        const before = await stateOf(registered.id);
        expect(errorCode(await gql(`mutation { ${mutation} { id } }`)), mutation).toBe("BAD_USER_INPUT");
        expect(await stateOf(registered.id)).toEqual(before);
      }
      await step("replyToPetition", registered.id, `reply: "已答复"`);
      const before = await stateOf(registered.id);
      expect(errorCode(await gql(`mutation { recordPetitionSatisfaction(id: "${registered.id}", satisfaction: SATISFIED, note: "") { id } }`))).toBe("BAD_USER_INPUT");
      const unknownSatisfaction = await gql(`mutation($s: PetitionSatisfaction!) { recordPetitionSatisfaction(id: "${registered.id}", satisfaction: $s, note: "好") { id } }`, { s: "DELIGHTED" });
      expect(errorCode(unknownSatisfaction)).toBe("BAD_USER_INPUT");
      expect(await stateOf(registered.id)).toEqual(before);
    });

    it("a review requested after the 30-day window is BAD_USER_INPUT, and so is a late re-review", async () => {
      const tag = randomUUID().slice(0, 8);
      const registered = await register(tag);
      await step("acceptPetition", registered.id);
      await step("replyToPetition", registered.id, `reply: "已答复"`);
      await sql(SUBGRAPH, `update petition set replied_at = replied_at - interval '40 days' where id = $1::uuid`, [registered.id]);
      let before = await stateOf(registered.id);
      const late = await gql(`mutation { requestPetitionReview(id: "${registered.id}", reason: "过期才提出") { id } }`);
      expect(errorCode(late)).toBe("BAD_USER_INPUT");
      expect(await stateOf(registered.id)).toEqual(before);
      expect(before.status).toBe("REPLIED");

      // Within the window (day 28) the request is taken, and the re-review window is checked the same way.
      await sql(SUBGRAPH, `update petition set replied_at = now() - interval '28 days' where id = $1::uuid`, [registered.id]);
      await step("requestPetitionReview", registered.id, `reason: "按时提出"`);
      await step("answerPetitionReview", registered.id, `answer: "维持"`);
      await sql(SUBGRAPH, `update petition set reviewed_at = reviewed_at - interval '40 days' where id = $1::uuid`, [registered.id]);
      before = await stateOf(registered.id);
      const lateReReview = await gql(`mutation { requestPetitionReReview(id: "${registered.id}", reason: "过期才提出") { id } }`);
      expect(errorCode(lateReReview)).toBe("BAD_USER_INPUT");
      expect(await stateOf(registered.id)).toEqual(before);
      expect(before.status).toBe("REVIEWED");
      // Past the windows the bureau closes the petition.
      expect((await step("closePetition", registered.id)).status).toBe("CLOSED");
    });

    it("list and lookup arguments are checked", async () => {
      expect(errorCode(await gql(`{ petitions(first: 0) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(`{ petitions(first: 101) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(`{ petitions(filter: { divisionPrefix: "99" }) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
      expect(errorCode(await gql(`{ petitionByNumber(number: "XF-26-1") { id } }`))).toBe("BAD_USER_INPUT");
      expect((await gqlOk(`{ petitionByNumber(number: "XF-1999-000001") { id } }`)).petitionByNumber).toBeNull();
    });
  });
});

describe("availableActions", () => {
  const ACTIONS = `query Actions($id: ID!) { petition(id: $id) { status availableActions } }`;
  const actionsAs = async (id: string, who: Who = AGENCY) => (await gqlOk(ACTIONS, { id }, who)).petition.availableActions;

  it("follows the workflow table as a petition moves through its statuses, leaving out a second extension and a closed review window", async () => {
    const registered = await register(randomUUID().slice(0, 8));
    expect(await actionsAs(registered.id)).toEqual(["accept", "decline", "divert"]);
    await step("acceptPetition", registered.id);
    expect(await actionsAs(registered.id)).toEqual(["extendHandling", "reply"]);
    await step("extendPetitionHandling", registered.id, `reason: "案情复杂"`);
    expect(await actionsAs(registered.id)).toEqual(["reply"]);
    await step("replyToPetition", registered.id, `reply: "已答复"`);
    expect(await actionsAs(registered.id)).toEqual(["requestReview", "close", "recordSatisfaction"]);
    // Past the petitioner's 30-day window the review is no longer offered (the mutation would refuse it).
    await sql(SUBGRAPH, `update petition set replied_at = now() - interval '40 days' where id = $1::uuid`, [registered.id]);
    expect(await actionsAs(registered.id)).toEqual(["close", "recordSatisfaction"]);
    await sql(SUBGRAPH, `update petition set replied_at = now() - interval '28 days' where id = $1::uuid`, [registered.id]);
    await step("requestPetitionReview", registered.id, `reason: "按时提出"`);
    expect(await actionsAs(registered.id)).toEqual(["answerReview", "recordSatisfaction"]);
    await step("answerPetitionReview", registered.id, `answer: "维持"`);
    expect(await actionsAs(registered.id)).toEqual(["requestReReview", "close", "recordSatisfaction"]);
    await sql(SUBGRAPH, `update petition set reviewed_at = now() - interval '40 days' where id = $1::uuid`, [registered.id]);
    expect(await actionsAs(registered.id)).toEqual(["close", "recordSatisfaction"]);
    await step("closePetition", registered.id);
    expect(await actionsAs(registered.id)).toEqual(["recordSatisfaction"]);
  });

  it("offers nothing to the mediation centre a petition was diverted to, nor to the joint meeting; a bureau or court outside the case cannot read it at all", async () => {
    const registered = await register(randomUUID().slice(0, 8));
    await step("divertPetitionToMediation", registered.id, `mediationOrganisation: "红塔区人民调解中心", idempotencyKey: "${randomUUID()}"`);
    expect(await actionsAs(registered.id)).toEqual(["recordSatisfaction"]);
    expect(await actionsAs(registered.id, mediator("530402", "红塔区调解中心-e2e"))).toEqual([]);
    expect(await actionsAs(registered.id, jointMeeting(""))).toEqual([]);
    for (const stranger of [petitionClerk("421202", "咸安区信访局-e2e"), courtClerk("530402", "红塔区法院-e2e")]) {
      expect(errorCode(await gql(ACTIONS, { id: registered.id }, stranger))).toBe("FORBIDDEN");
    }
  });
});
