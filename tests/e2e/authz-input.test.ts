import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { arbitrator, courtClerk, HONGTA, mediator, notary, petitionClerk, policeOfficer, type TestCaller } from "../support/callers.ts";
import { errorCode, gql, gqlOk } from "../support/client.ts";
import { sql } from "../support/db.ts";
import { newResidentId, personParty, personParties } from "../support/people.ts";
import { registerPetition, reportIncident, twoPeople } from "../support/records.ts";
import { daysAgo, daysAhead } from "../support/time.ts";
import { unique, UNKNOWN_ID } from "../support/values.ts";

// Hostile text in every text input (issue 5): an oversized string, control characters, and
// SQL-looking strings. Oversized text and control characters are refused with BAD_USER_INPUT
// naming the field, and nothing is written (the case keeps its status, version and timeline; a
// create leaves no party behind). SQL-looking strings are refused wherever the input has a format
// (numbers, codes, ids, cursors); in free text they are ordinary characters, stored and returned
// as typed, because every statement is parameterised: refusing apostrophes or the word "drop"
// would refuse real petitions.

const POLICE = policeOfficer(HONGTA, "玉兴派出所-input");
const BUREAU = petitionClerk(HONGTA, "信访局-input");
const COURT = courtClerk(HONGTA, "法院-input");
// 玉溪市: 红塔区 and 易门县, where the committee inputs are tried.
const CENTRE = mediator("5304", "调解中心-input");
const COMMISSION = arbitrator(HONGTA, "仲裁院-input");
const NOTARY = notary(HONGTA, "公证处-input");

const HOSTILE: [string, string][] = [
  ["an oversized string", "字".repeat(4001)],
  ["a control character (BEL)", "正常文字\u0007响铃"],
  ["a NUL character", "前\u0000后"],
];

const ids: Record<string, string> = {};

/** Status, version, timeline length and handoffs of one case: any accepted change moves one of them. */
function caseState(subgraph: string, table: string, key: string) {
  return async () =>
    (
      await sql(
        subgraph,
        `select status, version, (select count(*)::int from status_change where case_id = $1::text) as steps,
                (select count(*)::int from handoff where from_case_id = $1::text or to_case_id = $1::text) as handoffs
         from "${table}" where id = $1::uuid`,
        [ids[key]],
      )
    )[0];
}

/** Parties named `name` in a subgraph: a refused create must leave none. */
function partiesNamed(subgraph: string, name: string) {
  return async () => (await sql(subgraph, `select count(*)::int as n from case_party where name = $1`, [name]))[0];
}

interface TextInput {
  /** mutation and field, e.g. "registerPetition input.content". */
  name: string;
  who: TestCaller;
  query: string;
  variables: (text: string) => Record<string, unknown>;
  /** A fingerprint of what the refused call could have changed. */
  state: () => Promise<unknown>;
}

const people = (tag: string) => [personParty(`申请人${tag}`, newResidentId()), personParty(`被申请人${tag}`, newResidentId(), "RESPONDENT")];

function create(name: string, subgraph: string, who: TestCaller, query: string, input: (text: string, tag: string) => Record<string, unknown>): TextInput {
  const tag = unique("输入").slice(-10);
  return { name, who, query, variables: (text) => ({ input: input(text, tag) }), state: partiesNamed(subgraph, `申请人${tag}`) };
}

function step(name: string, who: TestCaller, state: () => Promise<unknown>, query: string, variables: (text: string) => Record<string, unknown>): TextInput {
  return { name, who, query, variables, state };
}

const petitionState = caseState("petition-mediation", "petition", "petition");
const incidentState = caseState("police-mediation", "police_incident", "incident");
const referralState = caseState("court-mediation", "court_referral", "referral");
const confirmationState = caseState("court-mediation", "judicial_confirmation", "confirmation");
const arbitrationState = caseState("arbitration", "arbitration_case", "arbitration");
const notarisationState = caseState("notary", "notarisation_application", "notarisation");
const mediationState = caseState("mediation-center", "mediation_case", "mediationCase");
const committeesOf = (division: string) => async () => (await sql("mediation-center", `select count(*)::int as n from mediation_committee where division_code = $1`, [division]))[0];
const QUIET_DIVISION = "530425"; // 易门县: no other test registers committees there
const PARTY_NAME_PROBE = unique("申请人");

const INPUTS: TextInput[] = [
  // 访调对接
  create("registerPetition input.content", "petition-mediation", BUREAU, `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, (text, tag) => ({
    form: "VISIT", divisionCode: HONGTA, disputeType: "OTHER", content: text, petitioners: people(tag).slice(0, 1),
  })),
  step("declinePetition reason", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { declinePetition(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("divertPetitionToMediation mediationOrganisation", BUREAU, petitionState, `mutation($id: ID!, $t: String!, $k: String!) { divertPetitionToMediation(id: $id, mediationOrganisation: $t, idempotencyKey: $k) { id } }`, (t) => ({ id: ids.petition, t, k: randomUUID() })),
  step("divertPetitionToMediation idempotencyKey", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { divertPetitionToMediation(id: $id, mediationOrganisation: "红塔区人民调解中心", idempotencyKey: $t) { id } }`, (t) => ({ id: ids.petition, t: t.length > 200 ? t : `${t}-${randomUUID()}` })),
  step("extendPetitionHandling reason", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { extendPetitionHandling(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("replyToPetition reply", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { replyToPetition(id: $id, reply: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("requestPetitionReview reason", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { requestPetitionReview(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("answerPetitionReview answer", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { answerPetitionReview(id: $id, answer: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("requestPetitionReReview reason", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { requestPetitionReReview(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("answerPetitionReReview answer", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { answerPetitionReReview(id: $id, answer: $t) { id } }`, (t) => ({ id: ids.petition, t })),
  step("recordPetitionSatisfaction note", BUREAU, petitionState, `mutation($id: ID!, $t: String!) { recordPetitionSatisfaction(id: $id, satisfaction: SATISFIED, note: $t) { id } }`, (t) => ({ id: ids.petition, t })),

  // 警调对接
  create("reportIncident input.narrative", "police-mediation", POLICE, `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, (text, tag) => ({
    incidentNumber: unique("J530402").toUpperCase(), station: "玉兴派出所", divisionCode: HONGTA, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD", narrative: text, parties: people(tag),
  })),
  create("reportIncident input.station", "police-mediation", POLICE, `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, (text, tag) => ({
    incidentNumber: unique("J530402").toUpperCase(), station: text, divisionCode: HONGTA, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD", narrative: "邻里纠纷", parties: people(tag),
  })),
  step("recordIncidentSession input.officer", POLICE, incidentState, `mutation($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { id } }`, (t) => ({
    input: { incidentId: ids.incident, heldAt: new Date().toISOString(), agreementReached: false, officer: t, notes: "约定再次调解" },
  })),
  step("recordIncidentSession input.notes", POLICE, incidentState, `mutation($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { id } }`, (t) => ({
    input: { incidentId: ids.incident, heldAt: new Date().toISOString(), agreementReached: false, officer: "王警官", notes: t },
  })),
  step("recordIncidentAgreementPerformance note", POLICE, incidentState, `mutation($id: ID!, $t: String) { recordIncidentAgreementPerformance(id: $id, performed: false, note: $t) { id } }`, (t) => ({ id: ids.incident, t })),
  step("penaliseIncident penalty", POLICE, incidentState, `mutation($id: ID!, $t: String!) { penaliseIncident(id: $id, penalty: $t, adviceToSue: "可起诉") { id } }`, (t) => ({ id: ids.incident, t })),
  step("penaliseIncident adviceToSue", POLICE, incidentState, `mutation($id: ID!, $t: String!) { penaliseIncident(id: $id, penalty: "罚款", adviceToSue: $t) { id } }`, (t) => ({ id: ids.incident, t })),
  step("referIncidentToMediationCenter mediationOrganisation", POLICE, incidentState, `mutation($id: ID!, $t: String!, $k: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: $t, idempotencyKey: $k) { id } }`, (t) => ({ id: ids.incident, t, k: randomUUID() })),
  step("referIncidentToMediationCenter idempotencyKey", POLICE, incidentState, `mutation($id: ID!, $t: String!) { referIncidentToMediationCenter(id: $id, mediationOrganisation: "红塔区人民调解中心", idempotencyKey: $t) { id } }`, (t) => ({ id: ids.incident, t: t.length > 200 ? t : `${t}-${randomUUID()}` })),

  // 诉调对接
  create("referCaseToMediation input.summary", "court-mediation", COURT, `mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, (text, tag) => ({
    kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: HONGTA, judge: "李文", disputeType: "CONTRACT", summary: text, parties: people(tag),
  })),
  create("referCaseToMediation input.judge", "court-mediation", COURT, `mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, (text, tag) => ({
    kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: HONGTA, judge: text, disputeType: "CONTRACT", summary: "诉前委派调解", parties: people(tag),
  })),
  create("referCaseToMediation input.court", "court-mediation", COURT, `mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, (text, tag) => ({
    kind: "DELEGATED", court: text, divisionCode: HONGTA, judge: "李文", disputeType: "CONTRACT", summary: "诉前委派调解", parties: people(tag),
  })),
  step("startReferralMediation mediationOrganisation", COURT, referralState, `mutation($id: ID!, $t: String!) { startReferralMediation(id: $id, mediationOrganisation: $t) { id } }`, (t) => ({ id: ids.referral, t })),
  step("extendReferralByConsent reason", COURT, referralState, `mutation($id: ID!, $t: String!) { extendReferralByConsent(id: $id, days: 5, reason: $t) { id } }`, (t) => ({ id: ids.referral, t })),
  step("recordReferralSuccess result.resultSummary", COURT, referralState, `mutation($id: ID!, $t: String!) { recordReferralSuccess(id: $id, result: { resultSummary: $t }) { id } }`, (t) => ({ id: ids.referral, t })),
  step("recordReferralFailure reason", COURT, referralState, `mutation($id: ID!, $t: String!) { recordReferralFailure(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.referral, t })),
  step("withdrawReferral reason", COURT, referralState, `mutation($id: ID!, $t: String!) { withdrawReferral(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.referral, t })),
  step("handOffReferralToMediationCenter idempotencyKey", COURT, referralState, `mutation($id: ID!, $t: String!) { handOffReferralToMediationCenter(id: $id, idempotencyKey: $t) { id } }`, (t) => ({ id: ids.referral, t: t.length > 200 ? t : `${t}-${randomUUID()}` })),
  create("applyForJudicialConfirmation input.agreementTerms", "court-mediation", COURT, `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`, (text, tag) => ({
    court: "玉溪市红塔区人民法院", divisionCode: HONGTA, agreementTerms: text, agreementEffectiveAt: daysAgo(2), parties: people(tag),
  })),
  create("applyForJudicialConfirmation input.agreementId", "court-mediation", COURT, `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`, (text, tag) => ({
    court: "玉溪市红塔区人民法院", divisionCode: HONGTA, agreementTerms: "互相让行", agreementId: text, agreementEffectiveAt: daysAgo(2), parties: people(tag),
  })),
  step("refuseJudicialConfirmation reason", COURT, confirmationState, `mutation($id: ID!, $t: String!) { refuseJudicialConfirmation(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.confirmation, t })),
  step("extendJudicialConfirmationDecision reason", COURT, confirmationState, `mutation($id: ID!, $t: String!) { extendJudicialConfirmationDecision(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.confirmation, t })),
  step("ruleOnJudicialConfirmation reason", COURT, confirmationState, `mutation($id: ID!, $t: String) { ruleOnJudicialConfirmation(id: $id, confirmed: false, reason: $t) { id } }`, (t) => ({ id: ids.confirmation, t })),
  step("refuseCourtFiling reason", COURT, confirmationState, `mutation($id: ID!, $t: String!) { refuseCourtFiling(id: $id, reason: $t) { id } }`, (t) => ({ id: UNKNOWN_ID, t })),

  // 人民调解中心
  create("registerDispute input.description", "mediation-center", CENTRE, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }`, (text, tag) => ({
    disputeType: "NEIGHBOURHOOD", divisionCode: HONGTA, description: text, source: "WALK_IN", parties: people(tag),
  })),
  {
    name: "registerDispute input.parties[1].name",
    who: CENTRE,
    query: `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }`,
    variables: (text) => ({ input: { disputeType: "NEIGHBOURHOOD", divisionCode: HONGTA, description: "相邻纠纷", source: "WALK_IN", parties: [personParty(PARTY_NAME_PROBE, newResidentId()), personParty(text, newResidentId(), "RESPONDENT")] } }),
    state: partiesNamed("mediation-center", PARTY_NAME_PROBE),
  },
  create("registerDispute input.sourceReference", "mediation-center", CENTRE, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { unifiedNumber } }`, (text, tag) => ({
    disputeType: "NEIGHBOURHOOD", divisionCode: HONGTA, description: "相邻纠纷", source: "HOTLINE_12345", sourceReference: text, parties: people(tag),
  })),
  step("createMediationCommittee input.name", CENTRE, committeesOf(QUIET_DIVISION), `mutation($t: String!) { createMediationCommittee(input: { name: $t, kind: TOWNSHIP_STREET, divisionCode: "${QUIET_DIVISION}" }) { id } }`, (t) => ({ t })),
  step("createMediationCommittee input.industry", CENTRE, committeesOf(QUIET_DIVISION), `mutation($t: String) { createMediationCommittee(input: { name: "医疗纠纷人民调解委员会", kind: INDUSTRY, industry: $t, divisionCode: "${QUIET_DIVISION}" }) { id } }`, (t) => ({ t })),
  step("appointMediator input.name", CENTRE, async () => (await sql("mediation-center", `select count(*)::int as n from mediator where committee_id = $1::uuid`, [ids.committee]))[0], `mutation($c: ID!, $t: String!) { appointMediator(input: { committeeId: $c, name: $t, employment: FULL_TIME, grade: SENIOR }) { id } }`, (t) => ({ c: ids.committee, t })),
  step("recordMediationAgreement input.terms", CENTRE, mediationState, `mutation($id: ID!, $t: String!) { recordMediationAgreement(id: $id, input: { terms: $t, hasPaymentObligation: false }) { id } }`, (t) => ({ id: ids.mediationCase, t })),
  step("recordMediationFailure reason", CENTRE, mediationState, `mutation($id: ID!, $t: String!) { recordMediationFailure(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.mediationCase, t })),
  step("terminateMediation reason", CENTRE, mediationState, `mutation($id: ID!, $t: String!) { terminateMediation(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.mediationCase, t })),
  step("recordAgreementPerformance note", CENTRE, mediationState, `mutation($id: ID!, $t: String) { recordAgreementPerformance(id: $id, performance: DEFAULTED, note: $t) { id } }`, (t) => ({ id: UNKNOWN_ID, t })),
  step("applyForJudicialConfirmationOfAgreement court", CENTRE, mediationState, `mutation($t: String!, $k: String!) { applyForJudicialConfirmationOfAgreement(agreementId: "${UNKNOWN_ID}", court: $t, courtDivisionCode: "530402", idempotencyKey: $k) { id } }`, (t) => ({ t, k: randomUUID() })),
  step("requestEnforceableNotarisationOfAgreement notaryOffice", CENTRE, mediationState, `mutation($t: String!, $k: String!, $d: DateTimeISO!) { requestEnforceableNotarisationOfAgreement(agreementId: "${UNKNOWN_ID}", notaryOffice: $t, notaryDivisionCode: "530402", paymentDueAt: $d, debtorConsentToEnforcement: true, idempotencyKey: $k) { id } }`, (t) => ({ t, k: randomUUID(), d: daysAhead(30) })),
  step("referFailedMediationToArbitration commission", CENTRE, mediationState, `mutation($id: ID!, $t: String!, $k: String!) { referFailedMediationToArbitration(caseId: $id, commission: $t, commissionDivisionCode: "530402", idempotencyKey: $k) { id } }`, (t) => ({ id: ids.mediationCase, t, k: randomUUID() })),
  step("referFailedMediationToCourt court", CENTRE, mediationState, `mutation($id: ID!, $t: String!, $k: String!) { referFailedMediationToCourt(caseId: $id, court: $t, courtDivisionCode: "530402", idempotencyKey: $k) { id } }`, (t) => ({ id: ids.mediationCase, t, k: randomUUID() })),
  step("rejectHandoffAtMediationCenter reason", CENTRE, mediationState, `mutation($t: String!) { rejectHandoffAtMediationCenter(id: "${UNKNOWN_ID}", reason: $t) { id } }`, (t) => ({ t })),

  // 仲裁
  create("applyForArbitration input.commission", "arbitration", COMMISSION, `mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, (text, tag) => ({
    kind: "LABOUR", commission: text, divisionCode: HONGTA, disputeType: "LABOUR", disputeAroseAt: daysAgo(30), claims: [{ description: "支付工资", amount: "1000.00" }], parties: people(tag),
  })),
  create("applyForArbitration input.claims[0].description", "arbitration", COMMISSION, `mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, (text, tag) => ({
    kind: "LABOUR", commission: "红塔区劳动人事争议仲裁委员会", divisionCode: HONGTA, disputeType: "LABOUR", disputeAroseAt: daysAgo(30), claims: [{ description: text }], parties: people(tag),
  })),
  step("acceptArbitration caseNumber", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { acceptArbitration(id: $id, caseNumber: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("declineArbitration reason", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { declineArbitration(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("extendArbitrationAward reason", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { extendArbitrationAward(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("closeArbitrationWithMediationStatement summary", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { closeArbitrationWithMediationStatement(id: $id, summary: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("closeArbitrationWithAward summary", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { closeArbitrationWithAward(id: $id, summary: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("withdrawArbitration reason", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!) { withdrawArbitration(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.arbitration, t })),
  step("challengeArbitrationAwardInCourt reason", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!, $k: String!) { challengeArbitrationAwardInCourt(id: $id, court: "玉溪市红塔区人民法院", courtDivisionCode: "530402", reason: $t, idempotencyKey: $k) { id } }`, (t) => ({ id: ids.arbitration, t, k: randomUUID() })),
  step("challengeArbitrationAwardInCourt court", COMMISSION, arbitrationState, `mutation($id: ID!, $t: String!, $k: String!) { challengeArbitrationAwardInCourt(id: $id, court: $t, courtDivisionCode: "530402", reason: "不服裁决", idempotencyKey: $k) { id } }`, (t) => ({ id: ids.arbitration, t, k: randomUUID() })),

  // 公证
  create("applyForEnforceableNotarisation input.debtTerms", "notary", NOTARY, `mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`, (text, tag) => ({
    notaryOffice: "云南省玉溪市红塔公证处", divisionCode: HONGTA, debtTerms: text, paymentAmount: "2000.00", paymentDueAt: daysAhead(30), debtorConsentToEnforcement: true, parties: people(tag),
  })),
  create("applyForEnforceableNotarisation input.notaryOffice", "notary", NOTARY, `mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`, (text, tag) => ({
    notaryOffice: text, divisionCode: HONGTA, debtTerms: "一次性支付欠款", paymentAmount: "2000.00", paymentDueAt: daysAhead(30), debtorConsentToEnforcement: true, parties: people(tag),
  })),
  step("issueNotarialCertificate certificateNumber", NOTARY, notarisationState, `mutation($id: ID!, $t: String!) { issueNotarialCertificate(id: $id, certificateNumber: $t) { id } }`, (t) => ({ id: ids.notarisation, t })),
  step("refuseNotarisation reason", NOTARY, notarisationState, `mutation($id: ID!, $t: String!) { refuseNotarisation(id: $id, reason: $t) { id } }`, (t) => ({ id: ids.notarisation, t })),
  step("issueEnforcementCertificate defaultNote", NOTARY, notarisationState, `mutation($id: ID!, $t: String!) { issueEnforcementCertificate(id: $id, enforcementCertificateNumber: "（2026）云玉红执证字第1号", defaultNote: $t) { id } }`, (t) => ({ id: ids.notarisation, t })),
];

beforeAll(async () => {
  ids.petition = (await registerPetition(BUREAU, HONGTA)).id;
  ids.incident = (await reportIncident(POLICE, HONGTA)).id;
  ids.referral = (
    await gqlOk(`mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
      input: { kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: HONGTA, judge: "李文", disputeType: "CONTRACT", summary: "诉前委派调解", parties: personParties(twoPeople()) },
    }, COURT)
  ).referCaseToMediation.id;
  ids.confirmation = (
    await gqlOk(`mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`, {
      input: { court: "玉溪市红塔区人民法院", divisionCode: HONGTA, agreementTerms: "互相让行", agreementEffectiveAt: daysAgo(2), parties: personParties(twoPeople()) },
    }, COURT)
  ).applyForJudicialConfirmation.id;
  ids.arbitration = (
    await gqlOk(`mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, {
      input: {
        kind: "LABOUR", commission: "红塔区劳动人事争议仲裁委员会", divisionCode: HONGTA, disputeType: "LABOUR", disputeAroseAt: daysAgo(30),
        claims: [{ description: "支付工资", amount: "1000.00" }], parties: personParties(twoPeople()),
      },
    }, COMMISSION)
  ).applyForArbitration.id;
  ids.notarisation = (
    await gqlOk(`mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`, {
      input: {
        notaryOffice: "云南省玉溪市红塔公证处", divisionCode: HONGTA, debtTerms: "一次性支付欠款", paymentAmount: "2000.00", paymentDueAt: daysAhead(30),
        debtorConsentToEnforcement: true, parties: personParties(twoPeople()),
      },
    }, NOTARY)
  ).applyForEnforceableNotarisation.id;
  ids.committee = (await gqlOk(`mutation { createMediationCommittee(input: { name: "${unique("玉兴街道人民调解委员会")}", kind: TOWNSHIP_STREET, divisionCode: "${HONGTA}" }) { id } }`, {}, CENTRE))
    .createMediationCommittee.id;
  const dispute = await gqlOk(`mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { mediationCases { id } } }`, {
    input: { disputeType: "NEIGHBOURHOOD", divisionCode: HONGTA, description: "相邻通行纠纷", source: "WALK_IN", parties: personParties(twoPeople()) },
  }, CENTRE);
  ids.mediationCase = dispute.registerDispute.mediationCases[0].id;
});

describe("hostile text in every text input is BAD_USER_INPUT and writes nothing", () => {
  for (const input of INPUTS) {
    it(input.name, async () => {
      const field = input.name.split(" ")[1]!;
      for (const [what, text] of HOSTILE) {
        const before = await input.state();
        const result = await gql(input.query, input.variables(text), input.who);
        expect(errorCode(result), `${what}: ${JSON.stringify(result.errors)?.slice(0, 300)}`).toBe("BAD_USER_INPUT");
        expect(result.errors![0]!.message, what).toContain(field.replace(/^input\./, ""));
        expect(await input.state(), what).toEqual(before);
      }
    });
  }
});

describe("SQL-looking strings", () => {
  const INJECTION = `' OR '1'='1'; DROP TABLE case_party; --`;

  it("in an input with a format (numbers, codes, ids) are refused: BAD_USER_INPUT, or NOT_FOUND for an id", async () => {
    const refusals: [string, Record<string, unknown>, TestCaller, string][] = [
      [`query($n: String!) { policeIncidentByNumber(incidentNumber: $n) { id } }`, { n: `J1${INJECTION}` }, POLICE, "BAD_USER_INPUT"],
      [`query($n: String!) { petitionByNumber(number: $n) { id } }`, { n: `XF-2026-000001${INJECTION}` }, BUREAU, "BAD_USER_INPUT"],
      [`query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber } }`, { n: `530402-2026-000001${INJECTION}` }, CENTRE, "BAD_USER_INPUT"],
      [`query($n: ResidentId!) { party(idNumber: $n) { partyKey } }`, { n: `530402${INJECTION}` }, CENTRE, "BAD_USER_INPUT"],
      [`query($c: ID!) { mediationCases(filter: { committeeId: $c }) { edges { node { id } } } }`, { c: INJECTION }, CENTRE, "BAD_USER_INPUT"],
      [`query($p: DivisionPrefix) { policeIncidents(filter: { divisionPrefix: $p }) { edges { node { id } } } }`, { p: `53${INJECTION}` }, POLICE, "BAD_USER_INPUT"],
      [`query($id: ID!) { policeIncident(id: $id) { id } }`, { id: `1${INJECTION}` }, POLICE, "NOT_FOUND"],
      [`mutation($id: ID!) { scheduleIncidentMediation(id: $id) { id } }`, { id: `1${INJECTION}` }, POLICE, "NOT_FOUND"],
      [`mutation($id: ID!, $n: CaseNumber!) { acceptJudicialConfirmation(id: $id, caseNumber: $n) { id } }`, { id: ids.confirmation, n: `（2026）云0402民特1号${INJECTION}` }, COURT, "BAD_USER_INPUT"],
      [`mutation($id: ID!, $n: String!) { issueNotarialCertificate(id: $id, certificateNumber: $n) { id } }`, { id: ids.notarisation, n: `（2026）云玉红证字第1号${INJECTION}` }, NOTARY, "BAD_USER_INPUT"],
    ];
    const before = [await incidentState(), await confirmationState(), await notarisationState()];
    for (const [query, variables, who, code] of refusals) {
      expect(errorCode(await gql(query, variables, who)), query).toBe(code);
    }
    expect([await incidentState(), await confirmationState(), await notarisationState()]).toEqual(before);

    const number = `J530402-${INJECTION}`;
    const report = await gql(`mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, {
      input: { incidentNumber: number, station: "玉兴派出所", divisionCode: HONGTA, category: "NEIGHBOUR_QUARREL", disputeType: "NEIGHBOURHOOD", narrative: "邻里纠纷", parties: personParties(twoPeople()) },
    }, POLICE);
    expect(errorCode(report)).toBe("BAD_USER_INPUT");
    expect(await sql("police-mediation", `select count(*)::int as n from police_incident where incident_number = $1`, [number])).toEqual([{ n: 0 }]);
  });

  it("in free text are stored and returned exactly as typed, and run nothing", async () => {
    const content = `请求协调 ${INJECTION} "; DELETE FROM petition; /* 张三 */ ${unique("文本")}`;
    const created = await gqlOk(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id content } }`, {
      input: { form: "LETTER", divisionCode: HONGTA, disputeType: "OTHER", content, petitioners: personParties(twoPeople().slice(0, 1)) },
    }, BUREAU);
    expect(created.registerPetition.content).toBe(content);
    expect(await sql("petition-mediation", `select content from petition where id = $1::uuid`, [created.registerPetition.id])).toEqual([{ content }]);
    // The tables the text names are all still there, with their rows.
    expect((await sql("petition-mediation", `select count(*)::int as n from case_party`))[0].n).toBeGreaterThan(0);
    expect((await sql("petition-mediation", `select count(*)::int as n from petition`))[0].n).toBeGreaterThan(1);
  });
});
