import { addParties, badInput, type DisputeType, type HubContext, optionalUnifiedNumber, type PartyInput, pastDate, PartyRole, recordCreation, requireText, chinaDateString, DISPUTE_TYPE_LABELS } from "@hub/kit";
import { ArbitrationCase } from "../entities/arbitration-case.entity.ts";
import { ArbitrationClaim } from "../entities/arbitration-claim.entity.ts";
import { acceptanceDueAt, ArbitrationKind, arbitrationWorkflow, LABOUR_DISPUTE_TYPES, labourLimitationEnd, MAX_CLAIMS } from "./arbitration.workflow.ts";

/** An application for arbitration, as a party files it or a handoff carries it. */
export interface ArbitrationApplicationData {
  kind: ArbitrationKind;
  commission: string;
  divisionCode: string;
  disputeType: DisputeType;
  unifiedNumber?: string | null;
  disputeAroseAt?: Date | null;
  /** Amounts as canonical two-decimal money strings. */
  claims: { description: string; amount?: string | null }[];
  parties: PartyInput[];
  /** When the application reached the commission; now when absent. */
  appliedAt?: Date | null;
}

export interface ApplyOptions {
  /** Prefix of field names in error messages: `input` for the mutation, `payload` for a handoff. */
  field?: string;
  /** Extra words for the registration's timeline entry. */
  note?: string;
}

/**
 * Registers an application for arbitration (申请仲裁) in the caller's transaction, with every check
 * of the public mutation: a labour application takes only labour dispute types and must come within
 * the one-year limitation from the day the dispute arose (劳动争议调解仲裁法 Art 27); 1 to 20 claims;
 * an applicant and a respondent. The commission decides on acceptance within 5 days.
 */
export function applyForArbitrationCase(tx: HubContext, input: ArbitrationApplicationData, options: ApplyOptions = {}): ArbitrationCase {
  const field = options.field ?? "input";
  const appliedAt = pastDate(`${field}.appliedAt`, input.appliedAt);
  const commission = requireText(`${field}.commission`, input.commission, 200);
  const unifiedNumber = optionalUnifiedNumber(`${field}.unifiedNumber`, input.unifiedNumber);
  let disputeAroseAt: Date | null = null;
  if (input.disputeAroseAt != null) {
    disputeAroseAt = pastDate(`${field}.disputeAroseAt`, input.disputeAroseAt);
    if (disputeAroseAt > appliedAt) throw badInput(`${field}.disputeAroseAt`, "must not be after the application", "争议发生时间不能晚于申请时间");
  }
  if (input.kind === ArbitrationKind.LABOUR) {
    if (!(LABOUR_DISPUTE_TYPES as readonly DisputeType[]).includes(input.disputeType)) {
      throw badInput(
        `${field}.disputeType`,
        `labour arbitration handles ${LABOUR_DISPUTE_TYPES.join(" or ")} disputes (got ${input.disputeType})`,
        `劳动人事争议仲裁只受理${LABOUR_DISPUTE_TYPES.map((t) => `“${DISPUTE_TYPE_LABELS[t]}”`).join("或")}，本案纠纷类型为“${DISPUTE_TYPE_LABELS[input.disputeType]}”`,
      );
    }
    if (!disputeAroseAt) throw badInput(`${field}.disputeAroseAt`, "a labour arbitration application needs the day the dispute arose, to check the one-year limitation", "请填写争议发生时间，用于核对一年的仲裁时效");
    const limitationEnd = labourLimitationEnd(disputeAroseAt);
    if (appliedAt > limitationEnd) {
      throw badInput(
        `${field}.disputeAroseAt`,
        `the dispute arose on ${chinaDateString(disputeAroseAt)}; the one-year limitation for labour arbitration (劳动争议调解仲裁法 Art 27) ran out at the end of ${chinaDateString(limitationEnd)}`,
        `争议发生于 ${chinaDateString(disputeAroseAt)}，劳动争议申请仲裁的一年时效（劳动争议调解仲裁法第 27 条）已于 ${chinaDateString(limitationEnd)} 届满`,
      );
    }
  }
  if (input.claims.length === 0) throw badInput(`${field}.claims`, "at least one claim is required", "请至少填写一项仲裁请求");
  if (input.claims.length > MAX_CLAIMS) throw badInput(`${field}.claims`, `at most ${MAX_CLAIMS} claims per application (got ${input.claims.length})`, `每件申请最多 ${MAX_CLAIMS} 项仲裁请求，现有 ${input.claims.length} 项`);
  const claims = input.claims.map((claim, i) => ({
    description: requireText(`${field}.claims[${i}].description`, claim.description, 500),
    amount: claim.amount ?? null,
  }));
  if (!input.parties.some((party) => party.role === PartyRole.APPLICANT)) throw badInput(`${field}.parties`, "needs at least one applicant (申请人)", "请至少填写一名申请人");
  if (!input.parties.some((party) => party.role === PartyRole.RESPONDENT)) throw badInput(`${field}.parties`, "needs at least one respondent (被申请人)", "请至少填写一名被申请人");

  const arbitration = tx.em.create(ArbitrationCase, {
    kind: input.kind,
    commission,
    divisionCode: input.divisionCode,
    disputeType: input.disputeType,
    unifiedNumber,
    disputeAroseAt,
    appliedAt,
    dueAt: acceptanceDueAt(appliedAt),
  });
  claims.forEach((claim, i) => tx.em.create(ArbitrationClaim, { arbitrationCase: arbitration, position: i + 1, ...claim }));
  addParties(tx, arbitrationWorkflow.caseType, arbitration.id, input.parties, `${field}.parties`);
  recordCreation(tx, arbitrationWorkflow, arbitration, options.note);
  return arbitration;
}
