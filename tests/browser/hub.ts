/** Calls to the hub the browser tests make behind the console's back (to prepare or to check). */
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
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
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

/** The hub's error message for a call it refuses (to compare with what the console shows). */
export async function hubRefusal(who: CallerClaims, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  try {
    await hubCall(who, query, variables);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`the hub took ${query}`);
}
