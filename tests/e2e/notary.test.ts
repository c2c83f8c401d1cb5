import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actingAs, actorOf } from "../support/acting.ts";
import { courtClerk, jointMeeting, notary } from "../support/callers.ts";
import { errorCode, type Who } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { CREDIT_CODE, newResidentId, organisationParty, personParty } from "../support/people.ts";
import { CHINA_OFFSET_MS, DAY_MS, daysAgo, daysAhead, ms } from "../support/time.ts";
import { masked, newUnifiedNumber, UNKNOWN_ID } from "../support/values.ts";
import { nodes } from "../support/paging.ts";

// Only the owning agency writes to this channel; these workflow tests act as one whose scope is
// the whole country (division scope has tests of its own, tests/e2e/authz-*.test.ts).
const AGENCY = notary("", "公证处-受理员");
const { gql, gqlOk, stepRunner } = actingAs(AGENCY);

// 公证 through the gateway: a mediation agreement's payment obligation notarised with compulsory
// enforcement effect (赋强公证), then, on default, an enforcement certificate (执行证书); refusals;
// and every kind of bad input, each checked to leave nothing behind in the notary database.

const SUBGRAPH = "notary";

const year = () => new Date().getFullYear();
/** A notarial certificate number nobody else uses; `kind` is 证 or 执证. */
const certificateNumber = (kind = "证") => `（${year()}）云玉红${kind}字第${randomInt(1, 100_000_000)}号`;

/**
 * When `workingDays` working days counted from `fromIso` run out, as the law counts it: in China
 * time, the starting day does not count, weekends are skipped, and the period ends at 23:59:59.999
 * of its last day. Written out here rather than imported, so the test checks the hub's rule.
 */
function workingDaysDue(fromIso: string, workingDays: number): number {
  let last = new Date(ms(fromIso) + CHINA_OFFSET_MS); // its UTC fields read as China time
  let left = workingDays;
  while (left > 0) {
    last = new Date(last.getTime() + DAY_MS);
    if (last.getUTCDay() !== 0 && last.getUTCDay() !== 6) left--;
  }
  return Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate(), 23, 59, 59, 999) - CHINA_OFFSET_MS;
}

const FIELDS = `
  id notaryOffice divisionCode unifiedNumber agreementId debtTerms paymentAmount paymentDueAt debtorConsentToEnforcement
  appliedAt status reviewStartedAt dueAt overdue certificateNumber issuedAt refusalReason refusedAt
  enforcementCertificateNumber enforcementCertificateIssuedAt defaultNote
  parties { role kind name identifierMasked phoneMasked partyKey }
  timeline { action fromStatus toStatus actor note at }
  dispute { unifiedNumber }
`;

const APPLY = `mutation Apply($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { ${FIELDS} } }`;

/** An application whose office, debt terms and party names carry `tag`, overridable per test. */
function notarisationInput(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    notaryOffice: `云南省玉溪市红塔公证处[${tag}]`,
    divisionCode: "530402",
    debtTerms: `乙方于履行期限届满前向甲方一次性支付欠款 [${tag}]`,
    paymentAmount: "20000.00",
    paymentDueAt: daysAhead(30),
    debtorConsentToEnforcement: true,
    parties: [
      personParty(`债权人${tag}`, newResidentId()),
      personParty(`债务人${tag}`, newResidentId("460108"), "RESPONDENT"),
    ],
    ...overrides,
  };
}

async function apply(tag: string, overrides: Record<string, unknown> = {}, actor: Who = notary("", "公证处-受理员")) {
  const data = await gqlOk(APPLY, { input: notarisationInput(tag, overrides) }, actor);
  return data.applyForEnforceableNotarisation;
}

/** Runs one state-change mutation `name(id: ..., args)` and returns the application. */
const step = stepRunner(FIELDS, notary("", "公证处-公证员"));

/** What the notary database holds for one test's tag: applications, their parties, their timeline entries. */
async function rowsTagged(tag: string) {
  const [row] = await sql<{ applications: string; parties: string; steps: string }>(
    SUBGRAPH,
    `select (select count(*) from notarisation_application where debt_terms like $1 or notary_office like $1) as applications,
            (select count(*) from case_party where case_type = 'NotarisationApplication' and name like $1) as parties,
            (select count(*) from status_change s join notarisation_application n on s.case_type = 'NotarisationApplication' and s.case_id = n.id::text
              where n.debt_terms like $1 or n.notary_office like $1) as steps`,
    [`%${tag}%`],
  );
  return { applications: Number(row!.applications), parties: Number(row!.parties), steps: Number(row!.steps) };
}

/** Status, optimistic-lock version, certificate numbers and timeline length of one application. */
async function stateOf(id: string) {
  const [row] = await sql<{ status: string; version: number; certificate_number: string | null; enforcement_certificate_number: string | null; steps: string }>(
    SUBGRAPH,
    `select status, version, certificate_number, enforcement_certificate_number,
            (select count(*) from status_change where case_type = 'NotarisationApplication' and case_id = $2) as steps
       from notarisation_application where id = $1::uuid`,
    [id, id],
  );
  return { status: row!.status, version: row!.version, certificate: row!.certificate_number, enforcement: row!.enforcement_certificate_number, steps: Number(row!.steps) };
}

describe("notary (赋强公证)", () => {
  it("notarises an old debt with enforcement effect and, on default, issues an enforcement certificate", async () => {
    const tag = randomUUID().slice(0, 8);
    const creditorId = newResidentId("530402");
    const debtorId = newResidentId("460108");
    const dispute = newUnifiedNumber("530402");
    const agreementId = randomUUID();
    // The debt fell due 10 days ago and was not paid: an old debt can still be notarised.
    const paymentDueAt = daysAgo(10);
    const appliedAt = daysAgo(1);

    const applied = await apply(
      tag,
      {
        unifiedNumber: dispute,
        agreementId,
        paymentAmount: "12800.5",
        paymentDueAt,
        appliedAt,
        parties: [
          personParty(`债权人${tag}`, creditorId, "APPLICANT", "13912345678"),
          personParty(`债务人${tag}`, debtorId.toLowerCase(), "RESPONDENT"),
          organisationParty(`担保公司${tag}`, CREDIT_CODE, "THIRD_PARTY"),
        ],
      },
      "红塔公证处-受理员",
    );
    expect(applied).toMatchObject({
      notaryOffice: `云南省玉溪市红塔公证处[${tag}]`,
      divisionCode: "530402",
      unifiedNumber: dispute,
      agreementId,
      paymentAmount: "12800.50",
      debtorConsentToEnforcement: true,
      status: "APPLIED",
      reviewStartedAt: null,
      certificateNumber: null,
      enforcementCertificateNumber: null,
      overdue: false,
      dispute: { unifiedNumber: dispute },
    });
    expect(applied.debtTerms).toContain(tag);
    expect(ms(applied.paymentDueAt)).toBe(ms(paymentDueAt));
    expect(ms(applied.appliedAt)).toBe(ms(appliedAt));
    // 15 working days (公证程序规则 Art 35), counted from the application until it is accepted.
    expect(ms(applied.dueAt)).toBe(workingDaysDue(applied.appliedAt, 15));
    const byRole = Object.fromEntries(applied.parties.map((p: any) => [p.role, p]));
    expect(byRole.APPLICANT).toMatchObject({ kind: "PERSON", identifierMasked: masked(creditorId), phoneMasked: "139****5678" });
    expect(byRole.RESPONDENT).toMatchObject({ kind: "PERSON", identifierMasked: masked(debtorId), phoneMasked: null });
    expect(byRole.THIRD_PARTY).toMatchObject({ kind: "ORGANISATION", identifierMasked: "913501********0Y43" });
    expect(JSON.stringify(applied)).not.toContain(creditorId);
    expect(applied.timeline).toEqual([expect.objectContaining({ action: "register", fromStatus: null, toStatus: "APPLIED", actor: actorOf("红塔公证处-受理员"), note: null })]);

    const reviewing = await step("startNotarisationReview", applied.id, "", "公证员-张");
    expect(reviewing).toMatchObject({ status: "REVIEWING", overdue: false });
    expect(ms(reviewing.dueAt)).toBe(workingDaysDue(reviewing.reviewStartedAt, 15));

    // Half-width brackets are accepted; the number is stored in the full-width form.
    const serial = randomInt(1, 100_000_000);
    const issued = await step("issueNotarialCertificate", applied.id, `certificateNumber: "(${year()})云玉红证字第${serial}号"`, "公证员-张");
    expect(issued).toMatchObject({ status: "ISSUED", certificateNumber: `（${year()}）云玉红证字第${serial}号`, dueAt: null, overdue: false });
    expect(issued.issuedAt).not.toBeNull();

    const enforcementNumber = certificateNumber("执证");
    const enforced = await step(
      "issueEnforcementCertificate",
      applied.id,
      `enforcementCertificateNumber: "${enforcementNumber}", defaultNote: "履行期限届满，债务人未付款，经电话及书面核实属实"`,
      "公证员-张",
    );
    expect(enforced).toMatchObject({
      status: "ENFORCEMENT_CERTIFICATE_ISSUED",
      certificateNumber: `（${year()}）云玉红证字第${serial}号`,
      enforcementCertificateNumber: enforcementNumber,
      defaultNote: "履行期限届满，债务人未付款，经电话及书面核实属实",
      dueAt: null,
      overdue: false,
    });
    expect(enforced.enforcementCertificateIssuedAt).not.toBeNull();
    expect(enforced.timeline.map((t: any) => [t.action, t.fromStatus, t.toStatus, t.actor, t.note])).toEqual([
      ["register", null, "APPLIED", actorOf("红塔公证处-受理员"), null],
      ["startReview", "APPLIED", "REVIEWING", actorOf("公证员-张"), null],
      ["issue", "REVIEWING", "ISSUED", actorOf("公证员-张"), `（${year()}）云玉红证字第${serial}号`],
      ["issueEnforcementCertificate", "ISSUED", "ENFORCEMENT_CERTIFICATE_ISSUED", actorOf("公证员-张"), "履行期限届满，债务人未付款，经电话及书面核实属实"],
    ]);

    const [stored] = await sql(SUBGRAPH, `select payment_amount::text as amount, debtor_consent_to_enforcement as consent from notarisation_application where id = $1::uuid`, [applied.id]);
    expect(stored).toEqual({ amount: "12800.50", consent: true });
    const byId = await gqlOk(`query($id: ID!) { notarisationApplication(id: $id) { id status } }`, { id: applied.id });
    expect(byId.notarisationApplication).toEqual({ id: applied.id, status: "ENFORCEMENT_CERTIFICATE_ISSUED" });
    const listed = await gqlOk(`{ notarisationApplications(filter: { status: ENFORCEMENT_CERTIFICATE_ISSUED, divisionPrefix: "53" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(listed.notarisationApplications)).toContainEqual({ id: applied.id });
    const elsewhere = await gqlOk(`{ notarisationApplications(filter: { divisionPrefix: "4601" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(elsewhere.notarisationApplications)).not.toContainEqual({ id: applied.id });
    const history = await gqlOk(`query($id: ID!) { notarisationApplication(id: $id) { parties { role party { partyKey notarisations { id status } } } } }`, { id: applied.id });
    const debtor = history.notarisationApplication.parties.find((p: any) => p.role === "RESPONDENT").party;
    expect(debtor.partyKey).toBe(byRole.RESPONDENT.partyKey);
    expect(debtor.notarisations).toEqual([{ id: applied.id, status: "ENFORCEMENT_CERTIFICATE_ISSUED" }]);
    const path = await gqlOk(`query($id: ID!) { notarisationApplication(id: $id) { dispute { unifiedNumber notarisations { id enforcementCertificateNumber } } } }`, { id: applied.id });
    expect(path.notarisationApplication.dispute).toEqual({ unifiedNumber: dispute, notarisations: [{ id: applied.id, enforcementCertificateNumber: enforcementNumber }] });
  });

  it("issues no enforcement certificate before the payment falls due", async () => {
    const tag = randomUUID().slice(0, 8);
    const applied = await apply(tag, { paymentDueAt: daysAhead(30) });
    await step("startNotarisationReview", applied.id);
    await step("issueNotarialCertificate", applied.id, `certificateNumber: "${certificateNumber()}"`);
    const before = await stateOf(applied.id);
    const early = await gql(`mutation { issueEnforcementCertificate(id: "${applied.id}", enforcementCertificateNumber: "${certificateNumber("执证")}", defaultNote: "债务人表示无力支付") { id } }`);
    expect(errorCode(early)).toBe("CONFLICT");
    expect(early.errors![0]!.extensions).toMatchObject({ status: "ISSUED", action: "issueEnforcementCertificate" });
    expect(early.errors![0]!.message).toContain("falls due");
    expect(await stateOf(applied.id)).toEqual(before);
    expect(before).toMatchObject({ status: "ISSUED", enforcement: null, steps: 3 });
  });

  it("refuses a notarisation before or during the review, and ends its clock", async () => {
    const tag = randomUUID().slice(0, 8);
    const first = await apply(tag);
    const refusedAtOnce = await step("refuseNotarisation", first.id, `reason: "债务人未到场签署"`);
    expect(refusedAtOnce).toMatchObject({ status: "REFUSED", refusalReason: "债务人未到场签署", dueAt: null, overdue: false });
    expect(refusedAtOnce.refusedAt).not.toBeNull();

    const second = await apply(tag);
    await step("startNotarisationReview", second.id);
    const refused = await step("refuseNotarisation", second.id, `reason: "债权文书内容不明确"`);
    expect(refused.timeline.at(-1)).toMatchObject({ action: "refuse", fromStatus: "REVIEWING", toStatus: "REFUSED", note: "债权文书内容不明确" });

    const before = await stateOf(second.id);
    for (const mutation of [
      `startNotarisationReview(id: "${second.id}")`,
      `issueNotarialCertificate(id: "${second.id}", certificateNumber: "${certificateNumber()}")`,
      `refuseNotarisation(id: "${second.id}", reason: "再次拒绝")`,
    ]) {
      expect(errorCode(await gql(`mutation { ${mutation} { id } }`)), mutation).toBe("CONFLICT");
    }
    expect(await stateOf(second.id)).toEqual(before);
  });

  it("lists applications past the office's deadline for supervision (督办)", async () => {
    const tag = randomUUID().slice(0, 8);
    // Received 40 days ago and never taken up: 15 working days are long over.
    const late = await apply(tag, { divisionCode: "460106", appliedAt: daysAgo(40) });
    expect(late).toMatchObject({ status: "APPLIED", overdue: true });
    const fresh = await apply(tag, { divisionCode: "460106" });
    expect(fresh.overdue).toBe(false);

    const overdue = await gqlOk(`{ notarisationApplications(filter: { overdueOnly: true, divisionPrefix: "460106" }, first: 100) { edges { node { id status overdue } } } }`);
    expect(nodes(overdue.notarisationApplications)).toContainEqual({ id: late.id, status: "APPLIED", overdue: true });
    expect(nodes(overdue.notarisationApplications)).not.toContainEqual(expect.objectContaining({ id: fresh.id }));

    // Accepting restarts the 15 working days from the acceptance.
    const reviewing = await step("startNotarisationReview", late.id);
    expect(reviewing).toMatchObject({ status: "REVIEWING", overdue: false });
    const after = await gqlOk(`{ notarisationApplications(filter: { overdueOnly: true, divisionPrefix: "460106" }, first: 100) { edges { node { id } } } }`);
    expect(nodes(after.notarisationApplications)).not.toContainEqual({ id: late.id });
  });

  describe("refuses bad input and writes nothing", () => {
    const refusedApplications: [string, (tag: string) => Record<string, unknown>, string, string | undefined][] = [
      ["no written consent of the debtor to enforcement", (tag) => notarisationInput(tag, { debtorConsentToEnforcement: false }), "BAD_USER_INPUT", "input.debtorConsentToEnforcement"],
      ["a zero payment obligation", (tag) => notarisationInput(tag, { paymentAmount: "0.00" }), "BAD_USER_INPUT", "input.paymentAmount"],
      ["a zero payment obligation written as 0", (tag) => notarisationInput(tag, { paymentAmount: "0" }), "BAD_USER_INPUT", "input.paymentAmount"],
      ["a negative amount", (tag) => notarisationInput(tag, { paymentAmount: "-20000.00" }), "BAD_USER_INPUT", undefined],
      ["an amount with 3 decimals", (tag) => notarisationInput(tag, { paymentAmount: "20000.001" }), "BAD_USER_INPUT", undefined],
      ["an amount sent as a float", (tag) => notarisationInput(tag, { paymentAmount: 20000.5 }), "BAD_USER_INPUT", undefined],
      ["an amount above the money limit", (tag) => notarisationInput(tag, { paymentAmount: "1000000000000.00" }), "BAD_USER_INPUT", undefined],
      ["a payment due date that is not a date", (tag) => notarisationInput(tag, { paymentDueAt: "next month" }), "BAD_USER_INPUT", undefined],
      ["empty debt terms", (tag) => ({ ...notarisationInput(tag), debtTerms: "   " }), "BAD_USER_INPUT", "input.debtTerms"],
      ["debt terms over 4000 characters", (tag) => notarisationInput(tag, { debtTerms: `[${tag}]` + "债".repeat(4001) }), "BAD_USER_INPUT", "input.debtTerms"],
      ["debt terms with control characters", (tag) => notarisationInput(tag, { debtTerms: `[${tag}] \u0007` }), "BAD_USER_INPUT", "input.debtTerms"],
      ["an empty notary office", (tag) => notarisationInput(tag, { notaryOffice: "" }), "BAD_USER_INPUT", "input.notaryOffice"],
      ["an agreement id over 64 characters", (tag) => notarisationInput(tag, { agreementId: "a".repeat(65) }), "BAD_USER_INPUT", "input.agreementId"],
      ["a division code that does not exist", (tag) => notarisationInput(tag, { divisionCode: "999999" }), "BAD_USER_INPUT", undefined],
      ["a division code of the wrong length", (tag) => notarisationInput(tag, { divisionCode: "53040" }), "BAD_USER_INPUT", undefined],
      ["a resident ID with a wrong check character", (tag) => notarisationInput(tag, {
        parties: [
          personParty(`债权人${tag}`, "440524188001010015"),
          personParty(`债务人${tag}`, newResidentId(), "RESPONDENT"),
        ],
      }), "BAD_USER_INPUT", undefined],
      ["a credit code with letters GB 32100 does not use", (tag) => notarisationInput(tag, {
        parties: [
          organisationParty(`债权人${tag}`, "91350100M000100O43"),
          personParty(`债务人${tag}`, newResidentId(), "RESPONDENT"),
        ],
      }), "BAD_USER_INPUT", undefined],
      ["no debtor", (tag) => notarisationInput(tag, { parties: [personParty(`债权人${tag}`, newResidentId())] }), "BAD_USER_INPUT", "input.parties"],
      ["no creditor", (tag) => notarisationInput(tag, { parties: [personParty(`债务人${tag}`, newResidentId(), "RESPONDENT")] }), "BAD_USER_INPUT", "input.parties"],
      ["a person without an ID number (refused while the parties are written)", (tag) => notarisationInput(tag, {
        parties: [
          personParty(`债权人${tag}`, newResidentId()),
          { role: "RESPONDENT", kind: "PERSON", name: `债务人${tag}` },
        ],
      }), "BAD_USER_INPUT", "input.parties[1].idNumber"],
      ["a malformed unified dispute number", (tag) => notarisationInput(tag, { unifiedNumber: "530402-2026-12" }), "BAD_USER_INPUT", "input.unifiedNumber"],
      ["an application dated in the future", (tag) => notarisationInput(tag, { appliedAt: "2099-01-01T00:00:00.000Z" }), "BAD_USER_INPUT", "input.appliedAt"],
    ];

    for (const [what, input, code, field] of refusedApplications) {
      it(`applyForEnforceableNotarisation: ${what}`, async () => {
        const tag = randomUUID().slice(0, 8);
        const before = await rowsTagged(tag);
        const result = await gql(APPLY, { input: input(tag) });
        expect(errorCode(result)).toBe(code);
        if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
        expect(result.data?.applyForEnforceableNotarisation ?? null).toBeNull();
        expect(await rowsTagged(tag)).toEqual(before);
        expect(before).toEqual({ applications: 0, parties: 0, steps: 0 });
      });
    }

    it("an unknown or malformed id is NOT_FOUND", async () => {
      const stepsOf = () => sql(SUBGRAPH, `select count(*)::int as n from status_change where case_id = $1`, [UNKNOWN_ID]);
      const stepsBefore = await stepsOf();
      for (const id of [UNKNOWN_ID, "not-a-uuid"]) {
        for (const mutation of [
          `startNotarisationReview(id: $id)`,
          `issueNotarialCertificate(id: $id, certificateNumber: "${certificateNumber()}")`,
          `refuseNotarisation(id: $id, reason: "不予办理")`,
          `issueEnforcementCertificate(id: $id, enforcementCertificateNumber: "${certificateNumber("执证")}", defaultNote: "未付")`,
        ]) {
          const result = await gql(`mutation($id: ID!) { ${mutation} { id } }`, { id });
          expect(errorCode(result), `${mutation} ${id}`).toBe("NOT_FOUND");
        }
      }
      expect(await stepsOf()).toEqual(stepsBefore);
      const missing = await gqlOk(`{ notarisationApplication(id: "${UNKNOWN_ID}") { id } }`);
      expect(missing.notarisationApplication).toBeNull();
      expect(errorCode(await gql(`{ notarisationApplication(id: "not-a-uuid") { id } }`))).toBe("NOT_FOUND");
    });

    it("an illegal transition is a CONFLICT and changes nothing", async () => {
      const tag = randomUUID().slice(0, 8);
      const applied = await apply(tag, { paymentDueAt: daysAgo(5) });
      const illegal = [
        `issueNotarialCertificate(id: "${applied.id}", certificateNumber: "${certificateNumber()}")`,
        `issueEnforcementCertificate(id: "${applied.id}", enforcementCertificateNumber: "${certificateNumber("执证")}", defaultNote: "未付")`,
      ];
      for (const mutation of illegal) {
        const before = await stateOf(applied.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("CONFLICT");
        expect(result.errors![0]!.extensions!.status).toBe("APPLIED");
        expect(await stateOf(applied.id)).toEqual(before);
      }
      await step("startNotarisationReview", applied.id);
      const before = await stateOf(applied.id);
      for (const mutation of [`startNotarisationReview(id: "${applied.id}")`, illegal[1]!]) {
        expect(errorCode(await gql(`mutation { ${mutation} { id } }`)), mutation).toBe("CONFLICT");
      }
      expect(await stateOf(applied.id)).toEqual(before);
      expect(before).toMatchObject({ status: "REVIEWING", steps: 2 });
    });

    it("a certificate number already used is a CONFLICT", async () => {
      const tag = randomUUID().slice(0, 8);
      const number = certificateNumber();
      const enforcementNumber = certificateNumber("执证");
      const first = await apply(tag, { paymentDueAt: daysAgo(3) });
      await step("startNotarisationReview", first.id);
      await step("issueNotarialCertificate", first.id, `certificateNumber: "${number}"`);
      await step("issueEnforcementCertificate", first.id, `enforcementCertificateNumber: "${enforcementNumber}", defaultNote: "未付"`);

      const second = await apply(tag, { paymentDueAt: daysAgo(3) });
      await step("startNotarisationReview", second.id);
      let before = await stateOf(second.id);
      // The same number, sent with half-width brackets, is still the same certificate.
      const halfWidth = number.replace("（", "(").replace("）", ")");
      const duplicate = await gql(`mutation { issueNotarialCertificate(id: "${second.id}", certificateNumber: "${halfWidth}") { id } }`);
      expect(errorCode(duplicate)).toBe("CONFLICT");
      expect(await stateOf(second.id)).toEqual(before);

      await step("issueNotarialCertificate", second.id, `certificateNumber: "${certificateNumber()}"`);
      before = await stateOf(second.id);
      const duplicateEnforcement = await gql(`mutation { issueEnforcementCertificate(id: "${second.id}", enforcementCertificateNumber: "${enforcementNumber}", defaultNote: "未付") { id } }`);
      expect(errorCode(duplicateEnforcement)).toBe("CONFLICT");
      expect(await stateOf(second.id)).toEqual(before);
      expect(before).toMatchObject({ status: "ISSUED", enforcement: null });
    });

    it("refuses malformed certificate numbers and empty text on state changes", async () => {
      const tag = randomUUID().slice(0, 8);
      const applied = await apply(tag, { paymentDueAt: daysAgo(3) });
      await step("startNotarisationReview", applied.id);
      const refused: [string, string][] = [
        [`issueNotarialCertificate(id: "${applied.id}", certificateNumber: "  ")`, "certificateNumber"],
        [`issueNotarialCertificate(id: "${applied.id}", certificateNumber: "123")`, "certificateNumber"],
        [`issueNotarialCertificate(id: "${applied.id}", certificateNumber: "（${year()}）云0402民初15号")`, "certificateNumber"],
        [`issueNotarialCertificate(id: "${applied.id}", certificateNumber: "（1900）云玉红证字第1号")`, "certificateNumber"],
        [`refuseNotarisation(id: "${applied.id}", reason: "")`, "reason"],
        [`refuseNotarisation(id: "${applied.id}", reason: "${"拒".repeat(2001)}")`, "reason"],
      ];
      for (const [mutation, field] of refused) {
        const before = await stateOf(applied.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("BAD_USER_INPUT");
        expect(result.errors![0]!.extensions!.field).toBe(field);
        expect(await stateOf(applied.id)).toEqual(before);
      }
      await step("issueNotarialCertificate", applied.id, `certificateNumber: "${certificateNumber()}"`);
      for (const [mutation, field] of [
        [`issueEnforcementCertificate(id: "${applied.id}", enforcementCertificateNumber: "${certificateNumber("执证")}", defaultNote: " ")`, "defaultNote"],
        [`issueEnforcementCertificate(id: "${applied.id}", enforcementCertificateNumber: "执行证书1号", defaultNote: "未付")`, "enforcementCertificateNumber"],
      ]) {
        const before = await stateOf(applied.id);
        const result = await gql(`mutation { ${mutation} { id } }`);
        expect(errorCode(result), mutation).toBe("BAD_USER_INPUT");
        expect(result.errors![0]!.extensions!.field).toBe(field);
        expect(await stateOf(applied.id)).toEqual(before);
      }
    });
  });
});

describe("availableActions", () => {
  const ACTIONS = `query Actions($id: ID!) { notarisationApplication(id: $id) { status availableActions } }`;
  const actionsAs = async (id: string, who: Who = AGENCY) => (await gqlOk(ACTIONS, { id }, who)).notarisationApplication.availableActions;

  it("follows the workflow table as an application moves through its statuses, offering the enforcement certificate only once payment is overdue", async () => {
    const applied = await apply(randomUUID().slice(0, 8), { paymentDueAt: daysAhead(30) });
    expect(await actionsAs(applied.id)).toEqual(["startReview", "refuse"]);
    await step("startNotarisationReview", applied.id);
    expect(await actionsAs(applied.id)).toEqual(["issue", "refuse"]);
    await step("issueNotarialCertificate", applied.id, `certificateNumber: "${certificateNumber()}"`);
    // Not yet due: the mutation would refuse an enforcement certificate, so none is offered.
    expect(await actionsAs(applied.id)).toEqual([]);
    await sql(SUBGRAPH, `update notarisation_application set payment_due_at = now() - interval '1 day' where id = $1::uuid`, [applied.id]);
    expect(await actionsAs(applied.id)).toEqual(["issueEnforcementCertificate"]);
    await step("issueEnforcementCertificate", applied.id, `enforcementCertificateNumber: "${certificateNumber("执证")}", defaultNote: "债务人逾期未付"`);
    expect(await actionsAs(applied.id)).toEqual([]);
  });

  it("offers nothing to the joint meeting; an office or court outside the case cannot read it at all", async () => {
    const applied = await apply(randomUUID().slice(0, 8));
    expect(await actionsAs(applied.id, jointMeeting(""))).toEqual([]);
    for (const stranger of [notary("421202", "咸安区公证处-e2e"), courtClerk("530402", "红塔区法院-e2e")]) {
      expect(errorCode(await gql(ACTIONS, { id: applied.id }, stranger))).toBe("FORBIDDEN");
    }
  });
});
