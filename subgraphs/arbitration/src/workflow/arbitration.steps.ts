import { addParties, badInput, type DisputeType, type HubContext, optionalUnifiedNumber, type PartyInput, pastDate, PartyRole, recordCreation, requireText, chinaDateString } from "@hub/kit";
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
    if (disputeAroseAt > appliedAt) throw badInput(`${field}.disputeAroseAt`, "must not be after the application");
  }
  if (input.kind === ArbitrationKind.LABOUR) {
    if (!(LABOUR_DISPUTE_TYPES as readonly DisputeType[]).includes(input.disputeType)) {
      throw badInput(`${field}.disputeType`, `labour arbitration handles ${LABOUR_DISPUTE_TYPES.join(" or ")} disputes (got ${input.disputeType})`);
    }
    if (!disputeAroseAt) throw badInput(`${field}.disputeAroseAt`, "a labour arbitration application needs the day the dispute arose, to check the one-year limitation");
    const limitationEnd = labourLimitationEnd(disputeAroseAt);
    if (appliedAt > limitationEnd) {
      throw badInput(
        `${field}.disputeAroseAt`,
        `the dispute arose on ${chinaDateString(disputeAroseAt)}; the one-year limitation for labour arbitration (劳动争议调解仲裁法 Art 27) ran out at the end of ${chinaDateString(limitationEnd)}`,
      );
    }
  }
  if (input.claims.length === 0) throw badInput(`${field}.claims`, "at least one claim is required");
  if (input.claims.length > MAX_CLAIMS) throw badInput(`${field}.claims`, `at most ${MAX_CLAIMS} claims per application (got ${input.claims.length})`);
  const claims = input.claims.map((claim, i) => ({
    description: requireText(`${field}.claims[${i}].description`, claim.description, 500),
    amount: claim.amount ?? null,
  }));
  if (!input.parties.some((party) => party.role === PartyRole.APPLICANT)) throw badInput(`${field}.parties`, "needs at least one applicant (申请人)");
  if (!input.parties.some((party) => party.role === PartyRole.RESPONDENT)) throw badInput(`${field}.parties`, "needs at least one respondent (被申请人)");

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
