import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inBatches, sleep, startFaultHub, waitFor, type FaultHub } from "../support/fault-hub.ts";
import { newResidentId, personParties } from "../support/people.ts";
import type { GraphQLResponse } from "../support/client.ts";
import { unique } from "../support/values.ts";

// Fault tests of the handoff protocol (警调对接: police-mediation → mediation-center), on a hub of
// their own: processes are killed with SIGKILL (no clean shutdown) and restarted on the same port
// and database, and the rows in BOTH databases must show every handoff exactly once.

const POLICE = "police-mediation";
const CENTRE = "mediation-center";
const ACTOR = "红塔分局玉兴派出所-故障测试";
const BATCH = 20;
/** How long a test waits for handoffs to arrive after a fault: bounded, polled, never slept. */
const ARRIVAL_MS = 120_000;

const REPORT = `mutation Report($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id status } }`;
const REFER = `mutation Refer($id: ID!, $org: String!, $key: String!) {
  referIncidentToMediationCenter(id: $id, mediationOrganisation: $org, idempotencyKey: $key) {
    id status handoffs { id idempotencyKey kind status }
  }
}`;

let hub: FaultHub;

/**
 * The longest wait between two delivery attempts in this hub, shortened from the 5 minutes of
 * production so that an outage many times longer than the cap fits in a test.
 */
const RETRY_CAP_SECONDS = 3;

beforeAll(async () => {
  hub = await startFaultHub({ HUB_HANDOFF_RETRY_CAP_SECONDS: String(RETRY_CAP_SECONDS) });
}, 180_000);

afterAll(async () => {
  await hub?.stop();
}, 120_000);

function reportInput() {
  return {
    incidentNumber: unique("GZ530402").toUpperCase(),
    station: "玉兴派出所",
    divisionCode: "530402",
    category: "NEIGHBOUR_QUARREL",
    disputeType: "NEIGHBOURHOOD",
    narrative: "报警人称邻居装修噪音扰民,双方发生争吵。",
    parties: personParties([
      { id: newResidentId(), name: "张三" },
      { id: newResidentId("440524"), name: "李四" },
    ]),
  };
}

/**
 * A call the gateway could not complete at the transport level: the subgraph's connection was
 * refused or reset ("socket hang up": a process just killed, or a keep-alive connection closed
 * under the gateway). A client retries those, with the same idempotency key: that is what the keys
 * are for. Every such retry is logged, so a run's output shows how many there were.
 */
function transportFailure(result: GraphQLResponse): string | undefined {
  const error = result.errors?.[0];
  if (!error || error.extensions?.serviceName) return undefined;
  return /socket hang up|ECONNRESET|ECONNREFUSED|fetch failed|request failed/.test(error.message) ? error.message : undefined;
}

/** Runs `send` again (up to 3 times in all) while it fails before reaching the subgraph. */
async function withTransportRetries(what: string, send: () => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  for (let attempt = 1; ; attempt++) {
    const result = await send();
    const failure = transportFailure(result);
    if (!failure || attempt >= 3) return result;
    console.warn(`transport retry of ${what} (attempt ${attempt} failed: ${failure})`);
  }
}

/** `n` new incidents, reported `BATCH` at a time; their ids in order. */
async function reportIncidents(n: number): Promise<string[]> {
  return inBatches(Array.from({ length: n }), BATCH, async () => {
    const result = await withTransportRetries("reportIncident", () => hub.gql(REPORT, { input: reportInput() }, ACTOR));
    if (result.errors?.length || !result.data?.reportIncident?.id) throw new Error(`reportIncident failed: ${JSON.stringify(result.errors)}\n${hub.logTail(30)}`);
    return result.data.reportIncident.id as string;
  });
}

/** One referral; `retryTransport` false when the test wants to see the failures (the sender killed). */
function refer(incidentId: string, key: string, retryTransport = true): Promise<GraphQLResponse> {
  const send = () => hub.gql(REFER, { id: incidentId, org: "红塔区矛盾纠纷调处化解中心", key }, ACTOR);
  return retryTransport ? withTransportRetries(`referral of ${incidentId} (key ${key})`, send) : send();
}

/** The handoff a referral response names: the incident's POLICE_REFERRAL handoff with this key. */
function handoffIdOf(result: GraphQLResponse, key: string): string | undefined {
  const handoffs = (result.data?.referIncidentToMediationCenter?.handoffs ?? []) as { id: string; idempotencyKey: string | null; kind: string }[];
  return handoffs.find((h) => h.kind === "POLICE_REFERRAL" && h.idempotencyKey === key)?.id;
}

async function referOk(incidentId: string, key: string): Promise<string> {
  const result = await refer(incidentId, key);
  const id = handoffIdOf(result, key);
  if (result.errors?.length || !id) throw new Error(`referral of ${incidentId} failed: ${JSON.stringify(result.errors ?? result.data)}\n${hub.logTail(30)}`);
  return id;
}

interface Side {
  rows: number;
  distinctIds: number;
  distinctCases: number;
  byStatus: Record<string, number>;
}

/** Counts one side's handoff rows of these incidents: police OUTGOING, centre INCOMING. */
async function side(subgraph: string, incidentIds: string[]): Promise<Side> {
  const direction = subgraph === POLICE ? "OUTGOING" : "INCOMING";
  const rows = await hub.sql<{ status: string; rows: number; ids: number; cases: number }>(
    subgraph,
    `select status, count(*)::int as rows, count(distinct id)::int as ids, count(distinct from_case_id)::int as cases
       from handoff
      where direction = $1 and kind = 'POLICE_REFERRAL' and from_case_id = any($2::text[])
      group by rollup (status)`,
    [direction, incidentIds],
  );
  const total = rows.find((r) => r.status === null);
  const byStatus: Record<string, number> = {};
  for (const r of rows) if (r.status !== null) byStatus[r.status] = r.rows;
  return { rows: total?.rows ?? 0, distinctIds: total?.ids ?? 0, distinctCases: total?.cases ?? 0, byStatus };
}

async function idsOn(subgraph: string, incidentIds: string[]): Promise<string[]> {
  const direction = subgraph === POLICE ? "OUTGOING" : "INCOMING";
  const rows = await hub.sql<{ id: string }>(subgraph, `select id from handoff where direction = $1 and from_case_id = any($2::text[]) order by id`, [direction, incidentIds]);
  return rows.map((r) => r.id);
}

/**
 * The sender's delivery jobs of these handoffs, as graphile-worker holds them; `attempt` counts
 * the failed deliveries so far (each failure queues the next attempt under the same key).
 */
async function deliveryJobs(handoffIds: string[]) {
  return hub.sql<{ handoff: string; attempt: number; last_error: string | null; locked_by: string | null; locked_at: Date | null; run_at: Date }>(
    POLICE,
    // The public jobs view leaves the payload out; the attempt count lives there (see retryLater).
    `select substr(j.key, length('deliver_handoff:') + 1) as handoff, coalesce((j.payload->>'attempt')::int, 0) as attempt,
            j.last_error, j.locked_by, j.locked_at, j.run_at
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'deliver_handoff' and j.key = any($1::text[])`,
    [handoffIds.map((id) => `deliver_handoff:${id}`)],
  );
}

/** What went wrong, for a timeout: the handoffs that did not arrive, their jobs, and the services' log. */
async function explain(incidentIds: string[]): Promise<string> {
  const sent = await idsOn(POLICE, incidentIds);
  const received = new Set(await idsOn(CENTRE, incidentIds));
  const missing = sent.filter((id) => !received.has(id));
  const stuck = await hub.sql(
    POLICE,
    `select h.id, h.status, h.offered_at, j.payload->>'attempt' as attempt, j.locked_by, j.locked_at, j.run_at, left(j.last_error, 160) as last_error
       from handoff h left join graphile_worker._private_jobs j on j.key = 'deliver_handoff:' || h.id::text
      where h.direction = 'OUTGOING' and h.from_case_id = any($1::text[]) and h.status <> 'DELIVERED'
      order by h.offered_at limit 15`,
    [incidentIds],
  );
  const workers = await hub.sql(POLICE, `select locked_by, count(*)::int as jobs, min(locked_at) as since from graphile_worker.jobs where locked_by is not null group by locked_by`);
  return [
    `sent by police: ${sent.length}; at the centre: ${received.size}; sent but not at the centre: ${missing.length} (first: ${missing.slice(0, 5).join(", ")})`,
    `police rows not DELIVERED (first 15), with their delivery job:\n${stuck.map((r) => JSON.stringify(r)).join("\n")}`,
    `police jobs locked, by worker: ${JSON.stringify(workers)}`,
    `log (handoff lines, last 40):\n${hub.logTail(40, (l) => /worker|handoff|ready at|exited/i.test(l))}`,
  ].join("\n");
}

/** Waits until both sides hold exactly `expected` handoffs of these incidents and the police ones are DELIVERED. */
async function waitForArrival(incidentIds: string[], expected: number) {
  return waitFor(
    `${expected} handoffs delivered exactly once`,
    async () => ({ police: await side(POLICE, incidentIds), centre: await side(CENTRE, incidentIds) }),
    ({ police, centre }) => police.byStatus.DELIVERED === expected && centre.rows >= expected,
    { timeoutMs: ARRIVAL_MS, intervalMs: 500, explain: () => explain(incidentIds) },
  );
}

/** Both sides: `n` rows, each id once, one handoff per incident, all DELIVERED; the same ids on both sides. */
async function expectExactlyOnce(incidentIds: string[], n: number, answeredIds?: string[]) {
  const police = await side(POLICE, incidentIds);
  const centre = await side(CENTRE, incidentIds);
  expect(police).toEqual({ rows: n, distinctIds: n, distinctCases: n, byStatus: { DELIVERED: n } });
  expect(centre).toEqual({ rows: n, distinctIds: n, distinctCases: n, byStatus: { DELIVERED: n } });
  const sent = await idsOn(POLICE, incidentIds);
  expect(await idsOn(CENTRE, incidentIds)).toEqual(sent);
  if (answeredIds) expect([...new Set(answeredIds)].sort()).toEqual(sent);
}

/** Worker failures the sender logged since line `from` (one line per failed delivery attempt). */
function senderFailuresSince(from: number): string[] {
  return hub.lines().slice(from).filter((l) => l.includes(`[${POLICE}] worker:`));
}

describe("handoff faults: police-mediation → mediation-center", () => {
  it("receiver killed (SIGKILL) while 500 handoffs are in flight: all 500 arrive, each exactly once", async () => {
    const incidents = await reportIncidents(500);
    const keys = incidents.map(() => randomUUID());
    let killedAt = -1;
    let killedMs = 0;
    let restarted: Promise<void> | undefined;
    const answered = await inBatches(incidents, BATCH, (id, i) => referOk(id, keys[i]!), async (sent) => {
      if (restarted || sent < 100) return;
      killedAt = hub.lines().length;
      await hub.processes.kill(CENTRE);
      killedMs = Date.now();
      restarted = sleep(2000).then(() => hub.processes.restart(CENTRE));
    });
    await restarted;
    const upAfter = Date.now() - killedMs;
    const failures = senderFailuresSince(killedAt);
    console.log(`receiver kill: ${failures.length} failed delivery attempts logged while the centre was down`);
    // The fault hit: deliveries to the dead receiver failed (otherwise this test proves nothing).
    expect(failures.length).toBeGreaterThan(0);

    await waitForArrival(incidents, 500);
    console.log(`receiver kill: centre ready again ${(upAfter / 1000).toFixed(1)} s after the kill; all 500 delivered ${((Date.now() - killedMs) / 1000).toFixed(1)} s after it`);
    await expectExactlyOnce(incidents, 500, answered);
  }, 200_000);

  it("sender killed (SIGKILL) mid-batch: the client retries with the same keys, exactly 500 handoffs each side", async () => {
    const incidents = await reportIncidents(500);
    const keys = incidents.map(() => randomUUID());
    const answered = new Map<number, string>();
    const failed = new Map<number, string>();
    let killing: Promise<void> | undefined;
    await inBatches(incidents, BATCH, async (id, i) => {
      // Until the kill a transport failure is retried like anywhere else; after it, it is the fault.
      const result = await refer(id, keys[i]!, !killing);
      const handoffId = handoffIdOf(result, keys[i]!);
      if (handoffId && !result.errors?.length) {
        answered.set(i, handoffId);
        // Killed as soon as the API has accepted 250, with the rest of this batch still running.
        if (answered.size >= 250 && !killing) killing = hub.processes.kill(POLICE);
      } else if (!killing) {
        // Nothing was killed yet: this failure is not the fault under test.
        throw new Error(`referral of ${id} failed before the kill: ${JSON.stringify(result.errors ?? result.data)}\n${hub.logTail(30)}`);
      } else {
        failed.set(i, JSON.stringify(result.errors?.[0]?.message ?? result.data));
      }
    });
    await killing;
    console.log(`sender kill: ${answered.size} referrals accepted, ${failed.size} failed while police-mediation was down`);
    expect(answered.size).toBeGreaterThanOrEqual(250);
    expect(failed.size).toBeGreaterThan(0);

    // Evidence for a failure report: what the dead process left behind, seen from its database.
    const failedIncidents = [...failed.keys()].map((i) => incidents[i]!);
    const committedUnanswered = (await side(POLICE, failedIncidents)).rows;
    const deadLocks = await hub.sql<{ locked_by: string; jobs: number }>(
      POLICE,
      `select locked_by, count(*)::int as jobs from graphile_worker.jobs where locked_by is not null group by locked_by`,
    );
    console.log(`sender kill: ${committedUnanswered} referrals committed although the client saw an error; jobs locked by the killed worker: ${JSON.stringify(deadLocks)}`);
    await hub.processes.restart(POLICE);
    const restartedMs = Date.now();
    // The client retries what failed with THE SAME idempotency keys; some of those may have
    // committed before the kill, and must give back the handoff they created.
    let pending = [...failed.keys()];
    for (let round = 1; pending.length > 0; round++) {
      const results = await inBatches(pending, BATCH, async (i) => ({ i, result: await refer(incidents[i]!, keys[i]!) }));
      const stillFailing: number[] = [];
      for (const { i, result } of results) {
        const handoffId = handoffIdOf(result, keys[i]!);
        if (handoffId && !result.errors?.length) {
          answered.set(i, handoffId);
          continue;
        }
        const code = result.errors?.[0]?.extensions?.code;
        // Only an unreachable service may be retried; anything else is a wrong answer to a retry.
        if (round >= 5 || ["CONFLICT", "BAD_USER_INPUT", "NOT_FOUND"].includes(code)) {
          throw new Error(`retry (round ${round}) of incident ${incidents[i]} with its key ${keys[i]} failed: ${JSON.stringify(result.errors ?? result.data)}`);
        }
        stillFailing.push(i);
      }
      pending = stillFailing;
      if (pending.length) await sleep(1000);
    }
    // A retry of a referral answered before the kill names the same handoff too.
    for (const i of [0, 1, 2, 100, 200]) expect(await referOk(incidents[i]!, keys[i]!)).toBe(answered.get(i));
    expect(answered.size).toBe(500);

    await waitForArrival(incidents, 500);
    console.log(`sender kill: all 500 delivered ${((Date.now() - restartedMs) / 1000).toFixed(1)} s after the restart`);
    await expectExactlyOnce(incidents, 500, [...answered.values()]);
    // Each incident's handoff is the one the API named for it.
    const pairs = await hub.sql<{ id: string; from_case_id: string }>(POLICE, `select id, from_case_id from handoff where direction = 'OUTGOING' and from_case_id = any($1::text[])`, [incidents]);
    const byIncident = new Map(pairs.map((p) => [p.from_case_id, p.id]));
    incidents.forEach((incident, i) => expect(byIncident.get(incident)).toBe(answered.get(i)));
  }, 220_000);

  it("receiver down many times the retry cap: attempts stay at most the cap apart, and the handoffs arrive within the cap of its return", async () => {
    const incidents = await reportIncidents(20);
    await hub.processes.kill(CENTRE);
    const downSince = Date.now();
    const handoffIds = await inBatches(incidents, BATCH, (id) => referOk(id, randomUUID()));

    // 40 s more: with doubling waits and no cap the attempts would come 1, 2, 4, 8, 16 s apart
    // (six failures, the next attempt 32 s later); with the cap they keep coming every ≤ 3 s.
    await sleep(40_000);
    const jobs = await deliveryJobs(handoffIds);
    expect(jobs).toHaveLength(20);
    expect(await side(CENTRE, incidents)).toMatchObject({ rows: 0 });
    expect(await side(POLICE, incidents)).toEqual({ rows: 20, distinctIds: 20, distinctCases: 20, byStatus: { OFFERED: 20 } });
    const attempts = jobs.map((j) => j.attempt);
    console.log(`receiver down ${((Date.now() - downSince) / 1000).toFixed(1)} s; failed attempts per handoff: ${attempts.join(",")}`);
    // 1 + 2 + 3 + 3 + … s, plus up to 1 s of polling each time: at least eight failures each.
    expect(Math.min(...attempts)).toBeGreaterThanOrEqual(8);
    // Each job waits at most the cap (plus the worker's 1 s poll) for its next attempt.
    for (const job of jobs) expect(new Date(job.run_at).getTime() - Date.now()).toBeLessThanOrEqual((RETRY_CAP_SECONDS + 1) * 1000);

    await hub.processes.restart(CENTRE);
    const backAt = Date.now();
    await waitForArrival(incidents, 20);
    console.log(`receiver back: all 20 delivered ${((Date.now() - backAt) / 1000).toFixed(1)} s after it was ready (cap ${RETRY_CAP_SECONDS} s)`);
    await expectExactlyOnce(incidents, 20, handoffIds);
    // Delivered jobs are done: graphile-worker deletes them.
    await waitFor("the delivery jobs to finish", () => deliveryJobs(handoffIds), (rows) => rows.length === 0, { timeoutMs: 10_000 });
  }, 200_000);

  it("one idempotency key sent twice, one after the other and at the same time: one handoff, both answers name it", async () => {
    const [sequential, ...concurrent] = await reportIncidents(11);

    const key = randomUUID();
    const first = await referOk(sequential!, key);
    const second = await referOk(sequential!, key);
    expect(second).toBe(first);

    const pairs = await Promise.all(
      concurrent.map(async (incident) => {
        const key = randomUUID();
        const [a, b] = await Promise.all([refer(incident, key), refer(incident, key)]);
        return { incident, a: { errors: a.errors, id: handoffIdOf(a, key) }, b: { errors: b.errors, id: handoffIdOf(b, key) } };
      }),
    );
    for (const { a, b } of pairs) {
      expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
      expect(b.errors, JSON.stringify(b.errors)).toBeUndefined();
      expect(a.id).toBeDefined();
      expect(b.id).toBe(a.id);
    }

    const all = [sequential!, ...concurrent];
    await waitForArrival(all, 11);
    await expectExactlyOnce(all, 11, [first, ...pairs.map((p) => p.a.id!)]);
  }, 60_000);
});
