/** Calls to the hub the browser tests make behind the console's back (to prepare or to check). */
import pg from "pg";
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

/** Runs SQL against one subgraph's database of the browser tests' hub, to check what was (not) written. */
export async function browserSql<T extends pg.QueryResultRow = any>(subgraph: string, text: string, params: unknown[] = []): Promise<T[]> {
  const url = (JSON.parse(process.env.HUB_BROWSER_DATABASE_URLS ?? "{}") as Record<string, string>)[subgraph];
  if (!url) throw new Error(`no database for subgraph ${subgraph}: run the browser tests with playwright test -c tests/browser`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
