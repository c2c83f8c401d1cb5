import {
  addParties, badInput, CaseParty, conflict, PartyKind, partyKeyOf, type DisputeType, findOrFail, type HubContext, optionalText, type PartyInput, pastDate, recordCreation, requireText, chinaYear,
} from "@hub/kit";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { disputeWorkflow, type DisputeSource, formatUnifiedNumber, MAX_UNIFIED_SERIAL } from "../workflow/dispute.workflow.ts";
import { mediationCaseWorkflow, MediationCaseStatus } from "../workflow/mediation-case.workflow.ts";
import { routeDispute } from "../workflow/dispatch.ts";

// Unified intake (统一受理): one code path for a dispute registered at the centre's desk
// (registerDispute) and for one handed over by the police, the petition bureau or a court.

/** A dispute to register, as the desk or a handoff gives it; text and dates are checked here. */
export interface DisputeIntake {
  disputeType: DisputeType;
  divisionCode: string;
  amount?: string | null;
  description: string;
  source: DisputeSource;
  sourceReference?: string | null;
  parties: PartyInput[];
  committeeId?: string | null;
  registeredAt?: Date | null;
  /** A unified number the dispute already carries (checked well-formed by the caller); minted when absent. */
  unifiedNumber?: string | null;
  /** Extra words for the registration's timeline entry (e.g. which handoff brought it). */
  note?: string | null;
}

const COUNTER_UPSERT = `insert into "dispute_counter" ("division_code", "year", "last_serial") values (?, ?, ?)
  on conflict ("division_code", "year") do update set "last_serial" = "dispute_counter"."last_serial" + ?
  returning "last_serial"`;

async function numberTaken(tx: HubContext, unifiedNumber: string): Promise<boolean> {
  return (await tx.em.count(Dispute, { unifiedNumber })) > 0;
}

/**
 * Mints the next unified number of a county and year. The upsert takes the counter row's lock
 * until the registering transaction ends, so concurrent registrations queue on it and never get
 * the same serial; a registration that rolls back releases its serial. A serial already taken by
 * a number that came with a handoff (see keepUnifiedNumber) is skipped.
 */
async function mintUnifiedNumber(tx: HubContext, divisionCode: string, registeredAt: Date): Promise<string> {
  const division = divisionCode.slice(0, 6);
  const year = chinaYear(registeredAt);
  for (;;) {
    const rows = await tx.em.execute<{ last_serial: number }[]>(COUNTER_UPSERT, [division, year, 1, 1]);
    const serial = Number(rows[0]!.last_serial);
    if (serial > MAX_UNIFIED_SERIAL) {
      throw conflict(
        `division ${division} has used all ${MAX_UNIFIED_SERIAL} unified dispute numbers of ${year}`,
        `行政区划 ${division} 在 ${year} 年的统一纠纷编号（${MAX_UNIFIED_SERIAL} 个）已经用完，请联系联动平台运维人员`,
        { divisionCode: division, year },
      );
    }
    const unifiedNumber = formatUnifiedNumber(division, year, serial);
    if (!(await numberTaken(tx, unifiedNumber))) return unifiedNumber;
  }
}

/**
 * Registers a dispute under a number it already carries. It takes the same counter row lock as
 * minting (without moving the counter), so a registration minting in that county and year waits
 * for this one and then sees the number taken instead of colliding with it.
 */
async function keepUnifiedNumber(tx: HubContext, unifiedNumber: string): Promise<string> {
  const [division, year] = unifiedNumber.split("-") as [string, string];
  await tx.em.execute(COUNTER_UPSERT, [division, Number(year), 0, 0]);
  if (await numberTaken(tx, unifiedNumber)) throw conflict(`dispute ${unifiedNumber} is already registered`, `统一纠纷编号 ${unifiedNumber} 的纠纷已经登记，请勿重复登记`, { unifiedNumber });
  return unifiedNumber;
}

/** Opens a people's mediation case for a registered dispute (REGISTERED, committee optional). */
function openMediationCase(tx: HubContext, dispute: Dispute, registeredAt: Date, committee: MediationCommittee | null, note: string): MediationCase {
  const mediationCase = tx.em.create(MediationCase, {
    disputeId: dispute.id,
    unifiedNumber: dispute.unifiedNumber,
    divisionCode: dispute.divisionCode,
    committeeId: committee?.id ?? null,
    registeredAt,
  });
  recordCreation(tx, mediationCaseWorkflow, mediationCase, note);
  return mediationCase;
}

/**
 * Registers a dispute (统一受理) with its parties, under its own unified number or a new one, and
 * opens its people's mediation case, in the caller's transaction. `field` prefixes the names in
 * error messages (`input` for the desk, `payload` for a handoff).
 */
export async function registerDisputeIntake(tx: HubContext, intake: DisputeIntake, field = "input"): Promise<{ dispute: Dispute; mediationCase: MediationCase }> {
  const registeredAt = pastDate(`${field}.registeredAt`, intake.registeredAt);
  const description = requireText(`${field}.description`, intake.description, 4000);
  const sourceReference = optionalText(`${field}.sourceReference`, intake.sourceReference, 64);
  const committee = intake.committeeId ? await findOrFail(tx, MediationCommittee, intake.committeeId) : null;
  const unifiedNumber = intake.unifiedNumber ? await keepUnifiedNumber(tx, intake.unifiedNumber) : await mintUnifiedNumber(tx, intake.divisionCode, registeredAt);
  const dispute = tx.em.create(Dispute, {
    unifiedNumber,
    disputeType: intake.disputeType,
    divisionCode: intake.divisionCode,
    amount: intake.amount ?? null,
    description,
    source: intake.source,
    sourceReference,
    registeredAt,
  });
  addParties(tx, disputeWorkflow.caseType, dispute.id, intake.parties, `${field}.parties`);
  const note = `统一受理 ${unifiedNumber} (${intake.source}${sourceReference ? ` ${sourceReference}` : ""})${intake.note ? `; ${intake.note}` : ""}`;
  recordCreation(tx, disputeWorkflow, { id: dispute.id, status: disputeWorkflow.initial }, note);
  const mediationCase = openMediationCase(tx, dispute, registeredAt, committee, committee ? `人民调解案件 assigned to ${committee.name}` : "人民调解案件 opened");
  await routeDispute(tx, dispute, intake.source, mediationCase, { committee, field: `${field}.committeeId` });
  return { dispute, mediationCase };
}

/** Statuses in which a dispute's mediation case is still under way: a second one cannot be opened. */
const UNDER_WAY = [MediationCaseStatus.REGISTERED, MediationCaseStatus.ACCEPTED, MediationCaseStatus.MEDIATING];

/**
 * Opens a new mediation case for a dispute already registered here (e.g. a court refers back a
 * dispute the centre registered earlier). The dispute keeps its intake data; parties the handoff
 * names that the dispute does not have yet are added. Refused while another case of the dispute
 * is under way.
 */
export async function reopenDisputeForMediation(
  tx: HubContext,
  dispute: Dispute,
  parties: PartyInput[],
  note: string,
  field = "payload",
): Promise<MediationCase> {
  const running = await tx.em.findOne(MediationCase, { disputeId: dispute.id, status: { $in: UNDER_WAY } });
  if (running) {
    throw conflict(`dispute ${dispute.unifiedNumber} already has mediation case ${running.id} under way (${running.status})`, `纠纷 ${dispute.unifiedNumber} 已有正在办理的人民调解案件，请勿重复受理`, {
      unifiedNumber: dispute.unifiedNumber,
      caseId: running.id,
    });
  }
  if (parties.length === 0) throw badInput(`${field}.parties`, "at least one party is required", "请至少填写一名当事人");
  // The dispute keeps the parties it has; only those it does not hold yet (same side, same key) are added.
  const known = new Set((await tx.em.find(CaseParty, { caseType: disputeWorkflow.caseType, caseId: dispute.id })).map((p) => `${p.role}:${p.partyKey}`));
  const added = parties.filter((p) => {
    const identifier = p.kind === PartyKind.PERSON ? p.idNumber : p.creditCode;
    return !identifier || !known.has(`${p.role}:${partyKeyOf(p.kind === PartyKind.PERSON ? "RESIDENT_ID" : "CREDIT_CODE", identifier)}`);
  });
  if (added.length > 0) addParties(tx, disputeWorkflow.caseType, dispute.id, added, `${field}.parties`);
  const mediationCase = openMediationCase(tx, dispute, new Date(), null, `人民调解案件 opened again: ${note}`);
  await routeDispute(tx, dispute, dispute.source, mediationCase);
  return mediationCase;
}
