/** Calls to the hub the browser tests make behind the console's back (to prepare or to check). */
import type pg from "pg";
import { sqlAt } from "../support/sql-at.ts";
import { mintToken, type CallerClaims } from "@hub/gateway/tokens";
import { DEMO_ROLES } from "../../scripts/demo/agencies.ts";

export function demoIdentity(label: string): { label: string; claims: CallerClaims } {
  const found = DEMO_ROLES.find((r) => r.label.startsWith(label));
  if (!found) throw new Error(`no demo identity labelled ${label}`);
  return found;
}

export const REVIEWER = demoIdentity("联席会议审核人员").claims;

export async function hubCall<T = any>(who: CallerClaims, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const url = process.env.HUB_BROWSER_GATEWAY_URL;
  if (!url) throw new Error("HUB_BROWSER_GATEWAY_URL is unset: run the browser tests with playwright test -c tests/browser");
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await mintToken(who, { ttl: "10m" })}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: HubRefusal[] };
  if (body.errors?.length) throw Object.assign(new Error(body.errors.map((e) => e.message).join("; ")), { refusals: body.errors });
  return body.data as T;
}

interface HubRefusal {
  message: string;
  extensions?: { messageZh?: string };
}

export const POLICE = demoIdentity("民警").claims;

/** A 110 incident the demo police station reports in 红塔区 between two new parties, as the police system would send it. */
export async function reportDemoIncident(parties: [applicant: string, respondent: string], narrative: string): Promise<{ id: string; reportedAt: string }> {
  const { reportIncident } = await hubCall(POLICE, `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id reportedAt } }`, {
    input: {
      incidentNumber: `J530402${Date.now()}`.slice(0, 20),
      station: "玉溪市公安局红塔分局玉兴派出所",
      divisionCode: "530402",
      category: "NEIGHBOUR_QUARREL",
      disputeType: "NEIGHBOURHOOD",
      narrative,
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: parties[0], idNumber: "11010519491231002X" },
        { role: "RESPONDENT", kind: "PERSON", name: parties[1], idNumber: "440524188001010014" },
      ],
    },
  });
  return reportIncident;
}

export const COURT = demoIdentity("法院立案庭书记员").claims;
const CENTRE = demoIdentity("调解员").claims;
const COURT_NAME = "玉溪市红塔区人民法院";
const TWO_PARTIES = (applicantRole: string, respondentRole: string) => [
  { role: applicantRole, kind: "PERSON", name: "刘海峰", idNumber: "11010519491231002X" },
  { role: respondentRole, kind: "PERSON", name: "何秀英", idNumber: "440524188001010014" },
];

/** A contract dispute the demo court refers to mediation before filing (委派, 30 days). */
export async function referDemoCase(summary: string): Promise<{ id: string }> {
  const { referCaseToMediation } = await hubCall(COURT, `mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, {
    input: {
      kind: "DELEGATED",
      court: COURT_NAME,
      divisionCode: "530402",
      judge: "李文",
      disputeType: "CONTRACT",
      amount: "35000.00",
      summary,
      parties: TWO_PARTIES("APPLICANT", "RESPONDENT"),
    },
  });
  return referCaseToMediation;
}

/** Two parties apply at the demo court's desk to confirm an agreement that took effect two days ago. */
export async function applyForDemoConfirmation(terms: string): Promise<{ id: string }> {
  const { applyForJudicialConfirmation } = await hubCall(COURT, `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`, {
    input: {
      court: COURT_NAME,
      divisionCode: "530402",
      agreementTerms: terms,
      agreementAmount: "3000.00",
      agreementEffectiveAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
      parties: TWO_PARTIES("APPLICANT", "APPLICANT"),
    },
  });
  return applyForJudicialConfirmation;
}

/**
 * A filing request at the demo court: the demo centre's mediation of a new dispute fails, the
 * centre sends it to court (调解不成转立案) and the court's desk accepts the handoff.
 */
export async function fileDemoFailedMediation(description: string): Promise<{ id: string }> {
  const { mediators } = await hubCall(CENTRE, `{ mediators(first: 100) { edges { node { id name } } } }`);
  const mediatorId = mediators.edges.find((e: any) => e.node.name === "杨德华").node.id;
  const { registerDispute } = await hubCall(CENTRE, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { mediationCases { id } } }`, {
    input: { disputeType: "CONTRACT", divisionCode: "530402", amount: "50000.00", description, source: "WALK_IN", parties: TWO_PARTIES("APPLICANT", "RESPONDENT") },
  });
  const caseId = registerDispute.mediationCases[0].id;
  await hubCall(CENTRE, `mutation($id: ID!, $m: ID!) { acceptMediationCase(id: $id, mediatorId: $m) { id } }`, { id: caseId, m: mediatorId });
  await hubCall(CENTRE, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId });
  await hubCall(CENTRE, `mutation($id: ID!) { recordMediationFailure(id: $id, reason: "双方对还款数额分歧较大") { id } }`, { id: caseId });
  const { referFailedMediationToCourt } = await hubCall(
    CENTRE,
    `mutation($id: ID!, $key: String!) { referFailedMediationToCourt(caseId: $id, court: "${COURT_NAME}", courtDivisionCode: "530402", idempotencyKey: $key) { id } }`,
    { id: caseId, key: crypto.randomUUID() },
  );
  // Delivery is asynchronous: wait (bounded) until the court holds the handoff.
  const until = Date.now() + 15_000;
  for (;;) {
    const { handoff } = await hubCall(COURT, `query($id: ID!) { handoff(id: $id) { courtMediationRecord { status } } }`, { id: referFailedMediationToCourt.id });
    if (handoff?.courtMediationRecord?.status === "DELIVERED") break;
    if (Date.now() > until) throw new Error(`handoff ${referFailedMediationToCourt.id} did not reach the court in 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { acceptHandoffAtCourtMediation } = await hubCall(COURT, `mutation($id: ID!) { acceptHandoffAtCourtMediation(id: $id) { toCaseId } }`, { id: referFailedMediationToCourt.id });
  return { id: acceptHandoffAtCourtMediation.toCaseId };
}

/** Runs SQL against one subgraph's database of the browser tests' hub, to check what was (not) written. */
export async function browserSql<T extends pg.QueryResultRow = any>(subgraph: string, text: string, params: unknown[] = []): Promise<T[]> {
  const url = (JSON.parse(process.env.HUB_BROWSER_DATABASE_URLS ?? "{}") as Record<string, string>)[subgraph];
  if (!url) throw new Error(`no database for subgraph ${subgraph}: run the browser tests with playwright test -c tests/browser`);
  return sqlAt<T>(url, text, params);
}

export const PETITION_CLERK = demoIdentity("信访局登记员").claims;
export const ARBITRATOR = demoIdentity("仲裁员").claims;
export const NOTARY = demoIdentity("公证员").claims;

const DEMO_PARTIES = (applicant: string, respondent: string) => [
  { role: "APPLICANT", kind: "PERSON", name: applicant, idNumber: "11010519491231002X" },
  { role: "RESPONDENT", kind: "PERSON", name: respondent, idNumber: "440524188001010014" },
];

/** A petition the demo bureau registers in 红塔区, as its registration desk would, carrying `unifiedNumber` when given. */
export async function registerDemoPetition(parties: [petitioner: string, respondent: string], content: string, unifiedNumber?: string): Promise<{ id: string }> {
  const { registerPetition } = await hubCall(PETITION_CLERK, `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, {
    input: { form: "VISIT", divisionCode: "530402", disputeType: "MIGRANT_WORKER_WAGES", content, unifiedNumber, petitioners: DEMO_PARTIES(...parties) },
  });
  return registerPetition;
}

/** A labour application the demo commission in 红塔区 registers, as its filing desk would: one claim of `amount` yuan, the dispute 60 days old. */
export async function applyDemoArbitration(parties: [worker: string, employer: string], claim: string, amount: string): Promise<{ id: string }> {
  const { applyForArbitration } = await hubCall(ARBITRATOR, `mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, {
    input: {
      kind: "LABOUR",
      commission: "玉溪市红塔区劳动人事争议仲裁委员会",
      divisionCode: "530402",
      disputeType: "LABOUR",
      disputeAroseAt: new Date(Date.now() - 60 * 86_400_000).toISOString(),
      claims: [{ description: claim, amount }],
      parties: DEMO_PARTIES(...parties),
    },
  });
  return applyForArbitration;
}

/** An application for 赋强公证 at the demo notary office in 咸安区, payment due in 30 days, as its intake desk would register it. */
export async function applyDemoNotarisation(parties: [creditor: string, debtor: string], debtTerms: string, paymentAmount: string): Promise<{ id: string }> {
  const { applyForEnforceableNotarisation } = await hubCall(NOTARY, `mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`, {
    input: {
      notaryOffice: "湖北省咸宁市咸安公证处",
      divisionCode: "421202",
      debtTerms,
      paymentAmount,
      paymentDueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      debtorConsentToEnforcement: true,
      parties: DEMO_PARTIES(...parties),
    },
  });
  return applyForEnforceableNotarisation;
}

/** The hub's Chinese message for a call it refuses (to compare with what the console shows). */
export async function hubRefusal(who: CallerClaims, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  try {
    await hubCall(who, query, variables);
  } catch (error) {
    const [first] = (error as { refusals?: HubRefusal[] }).refusals ?? [];
    if (!first?.extensions?.messageZh) throw error;
    return first.extensions.messageZh;
  }
  throw new Error(`the hub took ${query}`);
}
