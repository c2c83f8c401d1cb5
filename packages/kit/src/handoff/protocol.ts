import { UniqueConstraintViolationException } from "@mikro-orm/postgresql";
import { checkedId, type HubContext } from "../context.ts";
import { writeInTransaction } from "../transaction.ts";
import { chinaDateString, dueDate, isOverdue } from "../deadlines.ts";
import { badInput, conflict, notFound, RECORD_NAMES_ZH } from "../errors.ts";
import { requireText } from "../text.ts";
import { decryptField, encryptField } from "../ids.ts";
import { enumLabelZh, StatusChange } from "../workflow.ts";
import { HandoffRecord } from "./handoff.entity.ts";
import { HANDOFF_ROUTES, HandoffDirection, HandoffKind, HandoffOutcome, HandoffStatus, STATUS_RANK } from "./kinds.ts";

/**
 * The handoff protocol between agencies (移交):
 *  1. the sender writes its OUTGOING record and a delivery job in one transaction (outbox);
 *  2. graphile-worker delivers it to the receiver, retrying with backoff until acknowledged;
 *  3. the receiver stores an INCOMING record once per handoff id and acknowledges;
 *  4. the receiver accepts (opening its own case) or rejects, and later completes it with the
 *     result; each answer travels back to the sender the same durable way.
 */

/** What the receiver needs to open its own case, without re-keying anything. */
export type HandoffPayload = Record<string, unknown>;

export interface ReceiverHandler {
  /** Opens the receiver's own case from the payload, inside the accept transaction. */
  open(tx: HubContext, handoff: HandoffRecord, payload: HandoffPayload): Promise<{ caseType: string; caseId: string; unifiedNumber?: string | null }>;
}

export interface SenderHooks {
  /** Called in the sender's transaction when the receiver's answer arrives. */
  accepted?(tx: HubContext, handoff: HandoffRecord): Promise<void>;
  rejected?(tx: HubContext, handoff: HandoffRecord): Promise<void>;
  completed?(tx: HubContext, handoff: HandoffRecord): Promise<void>;
}

/** A subgraph's part in handoffs: the kinds it opens cases for, and what it does with answers. */
export interface HandoffConfig {
  receives?: Partial<Record<HandoffKind, ReceiverHandler>>;
  sends?: Partial<Record<HandoffKind, SenderHooks>>;
}

/** The handoff as it travels between subgraphs. */
export interface WireHandoff {
  id: string;
  kind: HandoffKind;
  fromChannel: string;
  fromCaseType: string;
  fromCaseId: string;
  toChannel: string;
  unifiedNumber: string | null;
  /** Division of the sender's case; absent from senders older than issue 5. */
  divisionCode?: string | null;
  summary: string;
  payloadEncrypted: string;
  dueAt: string;
  offeredAt: string;
}

/** An answer from the receiver to the sender. */
export interface WireAnswer {
  status: HandoffStatus;
  toCaseType: string | null;
  toCaseId: string | null;
  unifiedNumber: string | null;
  reason: string | null;
  outcome: HandoffOutcome | null;
  result: string | null;
  at: string;
}

export const DELIVER_TASK = "deliver_handoff";
export const ANSWER_TASK = "answer_handoff";

/**
 * Queues a job in the caller's transaction: it exists exactly when the transaction commits, so it
 * runs after the change that queued it and reads a state at least that new.
 *
 * Only a delivery (queued once per handoff) has a job key. An answer must not: graphile-worker's
 * job key "replace" drops a new job whose key belongs to a job a worker is locking at that same
 * moment, and that running job read the state before the new answer committed. The answer was then
 * lost (seen as an acceptance that never turned into a completion). Each answer gets its own job;
 * a repeated answer is harmless, since answers only move a handoff forward.
 */
export async function enqueueJob(tx: HubContext, task: string, handoffId: string): Promise<void> {
  await tx.em.execute(
    `select graphile_worker.add_job(?, json_build_object('id', ?::text), max_attempts := 1000, job_key := ?)`,
    [task, handoffId, jobKeyOf(task, handoffId) ?? null],
  );
}

/** The job key of a handoff's job: its delivery has one, its answers none (see enqueueJob). */
export function jobKeyOf(task: string, handoffId: string): string | undefined {
  return task === DELIVER_TASK ? `${DELIVER_TASK}:${handoffId}` : undefined;
}

export function recordHandoffStep(tx: HubContext, handoff: HandoffRecord, action: string, fromStatus: HandoffStatus | null, note?: string | null): void {
  tx.em.create(StatusChange, { caseType: "Handoff", caseId: handoff.id, action, fromStatus, toStatus: handoff.status, actor: tx.actor, note: note ?? null });
}

export interface OfferInput {
  kind: HandoffKind;
  fromCaseType: string;
  fromCaseId: string;
  unifiedNumber?: string | null;
  /** Division code of the sending case: whose division scope sees the handoff on both sides. */
  divisionCode: string;
  summary: string;
  /** Plain JSON; one of the interfaces in payloads.ts (an interface has no index signature, hence `object`). */
  payload: HandoffPayload | object;
  idempotencyKey: string;
  /** When the receiver must answer; defaults to the route's time limit from the legal table. */
  dueAt?: Date;
}

function checkedKey(idempotencyKey: string): string {
  const key = idempotencyKey.trim();
  if (key.length < 8 || key.length > 200) throw badInput("idempotencyKey", "must be 8 to 200 characters (a UUID the caller generates once per intended handoff)", "幂等键应为 8 至 200 个字符");
  return requireText("idempotencyKey", key, 200);
}

/**
 * The handoff an earlier call with this idempotency key created, or null; a key already used for
 * another case or kind is a CONFLICT. A sending mutation may call it before its own checks, so a
 * repeated call returns the first call's handoff even when the case has moved on since.
 */
export async function earlierOffer(tx: HubContext, kind: HandoffKind, fromCaseId: string, idempotencyKey: string): Promise<HandoffRecord | null> {
  const key = checkedKey(idempotencyKey);
  const earlier = await tx.em.findOne(HandoffRecord, { direction: HandoffDirection.OUTGOING, idempotencyKey: key });
  if (earlier && (earlier.kind !== kind || earlier.fromCaseId !== fromCaseId)) {
    throw conflict(`idempotency key ${key} was already used for handoff ${earlier.id} of another case`, "该幂等键已用于另一件案件的移交，请为本次移交另生成一个", { handoffId: earlier.id });
  }
  return earlier;
}

/**
 * A sending mutation's whole shape: a repeated idempotency key returns the handoff it first made,
 * before any check; otherwise `describe` checks the case and says what to hand over, and the
 * handoff is offered in the same transaction.
 */
export function sendHandoff(
  ctx: HubContext,
  kind: HandoffKind,
  fromCaseId: string,
  idempotencyKey: string,
  describe: (tx: HubContext) => Promise<Omit<OfferInput, "kind" | "idempotencyKey">>,
): Promise<HandoffRecord> {
  return idempotently(() =>
    writeInTransaction(ctx, async (tx) => {
      const replay = await earlierOffer(tx, kind, fromCaseId, idempotencyKey);
      if (replay) return replay;
      return offerHandoff(tx, { ...(await describe(tx)), kind, idempotencyKey });
    }),
  );
}

/** An earlier offer in these states no longer stands in the way: the receiver said no, or never answered in time. */
const REOFFERABLE_STATUSES = [HandoffStatus.REJECTED, HandoffStatus.EXPIRED];

/**
 * Whether one of a case's handoffs (as `loadHandoffsOf` lists them) is an offer of `kind` still
 * open, so that `offerHandoff` would refuse handing the case off again (a case page leaves the
 * action out).
 */
export function isOpenOffer(handoff: HandoffRecord, kind: HandoffKind): boolean {
  return handoff.direction === HandoffDirection.OUTGOING && handoff.kind === kind && !REOFFERABLE_STATUSES.includes(handoff.status);
}

/**
 * The sender's side of step 1. The same idempotency key returns the handoff it first created; a
 * case already handed off (and not rejected or expired) cannot be handed off again.
 */
export async function offerHandoff(tx: HubContext, input: OfferInput): Promise<HandoffRecord> {
  const route = HANDOFF_ROUTES[input.kind];
  if (route.from !== tx.subgraph) throw badInput("kind", `${input.kind} handoffs are sent by ${route.from}, not ${tx.subgraph}`, `本部门不能发起“${enumLabelZh(HandoffKind, input.kind)}”移交`);
  const key = checkedKey(input.idempotencyKey);
  // Two offers of one case at once (with different keys) would both find no open handoff and both
  // write one. This lock, held until the transaction ends, makes the second wait and then see the
  // first one's handoff (read committed: each statement reads what has committed before it).
  await tx.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`handoff:${input.kind}:${input.fromCaseType}:${input.fromCaseId}`]);
  const earlier = await earlierOffer(tx, input.kind, input.fromCaseId, key);
  if (earlier) return earlier;
  const open = await tx.em.findOne(HandoffRecord, {
    direction: HandoffDirection.OUTGOING,
    kind: input.kind,
    fromCaseType: input.fromCaseType,
    fromCaseId: input.fromCaseId,
    status: { $nin: REOFFERABLE_STATUSES },
  });
  if (open) {
    throw conflict(
      `${input.fromCaseType} ${input.fromCaseId} was already handed off (handoff ${open.id}, ${open.status})`,
      `该${RECORD_NAMES_ZH[input.fromCaseType] ?? "案件"}已经移交（移交${enumLabelZh(HandoffStatus, open.status)}），不能重复移交`,
      { handoffId: open.id },
    );
  }

  const handoff = tx.em.create(HandoffRecord, {
    direction: HandoffDirection.OUTGOING,
    idempotencyKey: key,
    kind: input.kind,
    fromChannel: route.from,
    fromCaseType: input.fromCaseType,
    fromCaseId: input.fromCaseId,
    toChannel: route.to,
    unifiedNumber: input.unifiedNumber ?? null,
    divisionCode: input.divisionCode,
    summary: input.summary.slice(0, 500),
    payloadEncrypted: encryptField(JSON.stringify(input.payload)),
    status: HandoffStatus.OFFERED,
    dueAt: input.dueAt ?? dueDate(route.acceptWithin, new Date()),
  });
  recordHandoffStep(tx, handoff, "offer", null, `${route.from} → ${route.to}`);
  await enqueueJob(tx, DELIVER_TASK, handoff.id);
  return handoff;
}

/**
 * Runs a sending mutation; when two requests with one idempotency key race, the loser hits the
 * unique index, and a second run finds and returns the winner's handoff.
 */
export async function idempotently<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return work();
    throw error;
  }
}

export function toWire(handoff: HandoffRecord): WireHandoff {
  return {
    id: handoff.id,
    kind: handoff.kind,
    fromChannel: handoff.fromChannel,
    fromCaseType: handoff.fromCaseType,
    fromCaseId: handoff.fromCaseId,
    toChannel: handoff.toChannel,
    unifiedNumber: handoff.unifiedNumber ?? null,
    divisionCode: handoff.divisionCode ?? null,
    summary: handoff.summary,
    payloadEncrypted: handoff.payloadEncrypted,
    dueAt: handoff.dueAt.toISOString(),
    offeredAt: handoff.offeredAt.toISOString(),
  };
}

const DIVISION = /^\d{6,12}$/;

/**
 * The division of a delivered handoff: the one it travels with, or, from a sender that sends none,
 * the division its payload names (where the dispute arose, or the receiving office's).
 */
function wireDivision(wire: WireHandoff): string | null {
  if (typeof wire.divisionCode === "string" && DIVISION.test(wire.divisionCode)) return wire.divisionCode;
  try {
    const payload = JSON.parse(decryptField(wire.payloadEncrypted)) as Record<string, unknown>;
    const named = [payload.divisionCode, payload.courtDivisionCode, payload.notaryDivisionCode, payload.commissionDivisionCode];
    return named.find((d): d is string => typeof d === "string" && DIVISION.test(d)) ?? null;
  } catch {
    return null;
  }
}

/** Step 3: the receiver stores the handoff once; a repeat delivery gets the stored record back. */
export async function receiveHandoff(tx: HubContext, wire: WireHandoff): Promise<HandoffRecord> {
  const existing = await tx.em.findOne(HandoffRecord, { id: wire.id, direction: HandoffDirection.INCOMING });
  if (existing) return existing;
  const handoff = tx.em.create(HandoffRecord, {
    id: wire.id,
    direction: HandoffDirection.INCOMING,
    idempotencyKey: null,
    kind: wire.kind,
    fromChannel: wire.fromChannel,
    fromCaseType: wire.fromCaseType,
    fromCaseId: wire.fromCaseId,
    toChannel: wire.toChannel,
    unifiedNumber: wire.unifiedNumber,
    divisionCode: wireDivision(wire),
    summary: wire.summary,
    payloadEncrypted: wire.payloadEncrypted,
    status: HandoffStatus.DELIVERED,
    dueAt: new Date(wire.dueAt),
    offeredAt: new Date(wire.offeredAt),
    deliveredAt: new Date(),
  });
  recordHandoffStep(tx, handoff, "deliver", null, `from ${wire.fromChannel}`);
  return handoff;
}

export function answerOf(handoff: HandoffRecord): WireAnswer {
  return {
    status: handoff.status,
    toCaseType: handoff.toCaseType ?? null,
    toCaseId: handoff.toCaseId ?? null,
    unifiedNumber: handoff.unifiedNumber ?? null,
    reason: handoff.reason ?? null,
    outcome: handoff.outcome ?? null,
    result: handoff.result ?? null,
    at: (handoff.completedAt ?? handoff.decidedAt ?? handoff.deliveredAt ?? new Date()).toISOString(),
  };
}

async function incoming(tx: HubContext, id: string): Promise<HandoffRecord> {
  const handoff = await tx.em.findOne(HandoffRecord, { id: checkedId("Handoff", id), direction: HandoffDirection.INCOMING });
  if (!handoff) throw notFound("Handoff", id);
  return handoff;
}

function expectStatus(handoff: HandoffRecord, allowed: HandoffStatus[], action: string): void {
  if (!allowed.includes(handoff.status)) {
    throw conflict(`Handoff ${handoff.id} is ${handoff.status}; "${action}" is allowed only from ${allowed.join(" or ")}`, `该移交当前为“${enumLabelZh(HandoffStatus, handoff.status)}”，不能再办理此操作`, {
      handoffId: handoff.id,
      status: handoff.status,
    });
  }
}

/** Step 4: the receiver accepts and opens its own case from the payload, in one transaction. */
export async function acceptHandoff(tx: HubContext, config: HandoffConfig, id: string): Promise<HandoffRecord> {
  const handoff = await incoming(tx, id);
  const handler = config.receives?.[handoff.kind];
  if (!handler) throw badInput("id", `${tx.subgraph} does not receive ${handoff.kind} handoffs`, `本部门不接收“${enumLabelZh(HandoffKind, handoff.kind)}”移交`);
  expectStatus(handoff, [HandoffStatus.DELIVERED], "accept");
  // Both sides expire an unanswered handoff at dueAt, each on its own clock (once a minute). An
  // acceptance after dueAt could reach a sender that has already expired it and offered it again:
  // the receiver would open the same case twice. So nothing is accepted once it is due.
  if (isOverdue(handoff.dueAt)) {
    throw conflict(`Handoff ${handoff.id} was due by ${handoff.dueAt.toISOString()} and has expired; the sender may offer it again`, `该移交应在 ${chinaDateString(handoff.dueAt)} 前签收，已经超期；发送方可以重新移交`, {
      handoffId: handoff.id,
      dueAt: handoff.dueAt.toISOString(),
    });
  }
  const payload = JSON.parse(decryptField(handoff.payloadEncrypted)) as HandoffPayload;
  const opened = await handler.open(tx, handoff, payload);
  handoff.status = HandoffStatus.ACCEPTED;
  handoff.decidedAt = new Date();
  handoff.toCaseType = opened.caseType;
  handoff.toCaseId = opened.caseId;
  if (opened.unifiedNumber) handoff.unifiedNumber = opened.unifiedNumber;
  recordHandoffStep(tx, handoff, "accept", HandoffStatus.DELIVERED, `opened ${opened.caseType} ${opened.caseId}`);
  await enqueueJob(tx, ANSWER_TASK, handoff.id);
  return handoff;
}

export async function rejectHandoff(tx: HubContext, id: string, reason: string): Promise<HandoffRecord> {
  const handoff = await incoming(tx, id);
  expectStatus(handoff, [HandoffStatus.DELIVERED], "reject");
  handoff.status = HandoffStatus.REJECTED;
  handoff.decidedAt = new Date();
  handoff.reason = reason;
  recordHandoffStep(tx, handoff, "reject", HandoffStatus.DELIVERED, reason);
  await enqueueJob(tx, ANSWER_TASK, handoff.id);
  return handoff;
}

/**
 * The receiver's case ended: every accepted handoff that opened it completes, and its result goes
 * back to the sender. Call it in the transaction that ends the case.
 */
export async function completeHandoffsOf(tx: HubContext, caseType: string, caseId: string, outcome: HandoffOutcome, result: string): Promise<void> {
  const handoffs = await tx.em.find(HandoffRecord, {
    direction: HandoffDirection.INCOMING,
    toCaseType: caseType,
    toCaseId: caseId,
    status: HandoffStatus.ACCEPTED,
  });
  for (const handoff of handoffs) {
    handoff.status = HandoffStatus.COMPLETED;
    handoff.completedAt = new Date();
    handoff.outcome = outcome;
    handoff.result = result;
    recordHandoffStep(tx, handoff, "complete", HandoffStatus.ACCEPTED, result);
    await enqueueJob(tx, ANSWER_TASK, handoff.id);
  }
}

/**
 * The sender applies an answer. Answers only move a handoff forward, so a repeated or late one
 * (a retry, or an acceptance that overtook the delivery acknowledgement) changes nothing twice.
 */
export async function applyAnswer(tx: HubContext, config: HandoffConfig, id: string, answer: WireAnswer): Promise<HandoffRecord | null> {
  const handoff = await tx.em.findOne(HandoffRecord, { id, direction: HandoffDirection.OUTGOING });
  if (!handoff) return null;
  // The sender expires its side on its own clock; a decision the receiver made in time (it accepts
  // nothing past dueAt) still counts when the answer arrives after that, or the two sides disagree.
  const decidedInTime = handoff.status === HandoffStatus.EXPIRED && DECISIONS.includes(answer.status);
  if (!decidedInTime && STATUS_RANK[answer.status] <= STATUS_RANK[handoff.status]) return handoff;
  const from = handoff.status;
  const at = new Date(answer.at);
  if (!handoff.deliveredAt) handoff.deliveredAt = at;
  handoff.status = answer.status;
  handoff.toCaseType = answer.toCaseType;
  handoff.toCaseId = answer.toCaseId;
  if (answer.unifiedNumber) handoff.unifiedNumber = answer.unifiedNumber;
  handoff.reason = answer.reason;
  handoff.outcome = answer.outcome;
  handoff.result = answer.result;
  if (answer.status === HandoffStatus.ACCEPTED || answer.status === HandoffStatus.REJECTED) handoff.decidedAt = at;
  if (answer.status === HandoffStatus.COMPLETED) {
    handoff.decidedAt ??= at;
    handoff.completedAt = at;
  }
  recordHandoffStep(tx, handoff, `receiver:${answer.status.toLowerCase()}`, from, answer.reason ?? answer.result);
  const hooks = config.sends?.[handoff.kind];
  if (answer.status === HandoffStatus.ACCEPTED) await hooks?.accepted?.(tx, handoff);
  if (answer.status === HandoffStatus.REJECTED) await hooks?.rejected?.(tx, handoff);
  if (answer.status === HandoffStatus.COMPLETED) {
    // An answer can overtake an earlier one (accepted and completed while the sender was down).
    if (from !== HandoffStatus.ACCEPTED) await hooks?.accepted?.(tx, handoff);
    await hooks?.completed?.(tx, handoff);
  }
  return handoff;
}

/** Answers that carry the receiver's decision, as opposed to a mere acknowledgement. */
const DECISIONS = [HandoffStatus.ACCEPTED, HandoffStatus.REJECTED, HandoffStatus.COMPLETED];

/** Handoffs nobody answered before dueAt expire, on both sides independently (same dueAt). */
export async function expireOverdueHandoffs(tx: HubContext): Promise<number> {
  const overdue = await tx.em.find(HandoffRecord, {
    status: { $in: [HandoffStatus.OFFERED, HandoffStatus.DELIVERED] },
    dueAt: { $lt: new Date() },
  });
  for (const handoff of overdue) {
    const from = handoff.status;
    handoff.status = HandoffStatus.EXPIRED;
    recordHandoffStep(tx, handoff, "expire", from, "no answer before the due date");
  }
  return overdue.length;
}

/** The handoffs a case took part in, on this side, oldest first; batched across the response. */
export function loadHandoffsOf(tx: HubContext, caseType: string, caseId: string): Promise<HandoffRecord[]> {
  return tx
    .loader<string, HandoffRecord[]>(`handoffs-of:${caseType}`, async (ids) => {
      const rows = await tx.em.find(
        HandoffRecord,
        {
          $or: [
            { direction: HandoffDirection.OUTGOING, fromCaseType: caseType, fromCaseId: { $in: [...ids] } },
            { direction: HandoffDirection.INCOMING, toCaseType: caseType, toCaseId: { $in: [...ids] } },
          ],
        },
        { orderBy: { offeredAt: "asc", id: "asc" } },
      );
      const byCase = new Map<string, HandoffRecord[]>();
      for (const row of rows) {
        const caseId = row.direction === HandoffDirection.OUTGOING ? row.fromCaseId : row.toCaseId!;
        byCase.set(caseId, [...(byCase.get(caseId) ?? []), row]);
      }
      return ids.map((id) => byCase.get(id) ?? []);
    })
    .load(caseId);
}
