import { DisputeType, DivisionCodeScalar, isOverdue, MoneyScalar } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { ArbitrationKind, ArbitrationOutcome, ArbitrationStatus, OPEN_ARBITRATION_STATUSES, suitDueAt } from "../workflow/arbitration.workflow.ts";

@ObjectType({ description: "An application to a labour-dispute or commercial arbitration commission (仲裁案件)." })
@Directive('@key(fields: "id")')
export class ArbitrationCase {
  declare [OptionalProps]?: "id" | "version" | "status" | "awardExtended" | "createdAt" | "overdue" | "suitDueAt";

  @Field(() => ID, { description: "Id of the case in the arbitration channel." })
  id!: string;

  @Field(() => ArbitrationKind, { description: "Labour (劳动人事争议) or commercial (商事) arbitration." })
  kind!: ArbitrationKind;

  @Field(() => String, { description: "Arbitration commission applied to (仲裁委员会), e.g. 玉溪市红塔区劳动人事争议仲裁委员会." })
  commission!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the commission's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Case number given on acceptance, e.g. 玉劳人仲案字〔2026〕第15号; null before acceptance." })
  caseNumber?: string | null;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型); labour arbitration takes LABOUR or MIGRANT_WORKER_WAGES." })
  disputeType!: DisputeType;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute came through the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the dispute arose (争议发生之日), from which the labour limitation of one year runs." })
  disputeAroseAt?: Date | null;

  @Field(() => Date, { description: "When the application reached the commission." })
  appliedAt!: Date;

  @Field(() => ArbitrationStatus, { description: "Where the case stands." })
  status!: ArbitrationStatus;

  @Field(() => Date, { nullable: true, description: "When the commission began mediating first (先行调解), if it did." })
  preMediationStartedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the commission accepted the case (受理)." })
  acceptedAt?: Date | null;

  @Field(() => Boolean, { description: "Whether the award period was extended by 15 days with the chairman's approval (Art 43, once)." })
  awardExtended!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "Next legal deadline: acceptance within 5 days of applying; labour pre-mediation 15 days; labour award within 45 (+15) days of acceptance. Null once the case has ended, or for a commercial case after acceptance.",
  })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why the commission did not accept the application (不予受理理由)." })
  notAcceptedReason?: string | null;

  @Field(() => ArbitrationOutcome, { nullable: true, description: "How the case ended; null while open or when not accepted." })
  outcome?: ArbitrationOutcome | null;

  @Field(() => String, { nullable: true, description: "Summary of the mediation statement or award, or the reason for withdrawal." })
  outcomeSummary?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the mediation statement or award obliges the respondent to pay, yuan." })
  awardedAmount?: string | null;

  @Field(() => Date, { nullable: true, description: "When the case ended: closed, not accepted or withdrawn." })
  closedAt?: Date | null;

  /** Optimistic-lock version: concurrent state changes fail with CONFLICT instead of overwriting. */
  version!: number;

  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the case is still open past its due date (超期, for 督办)." })
  get overdue(): boolean {
    return OPEN_ARBITRATION_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }

  @Field(() => Date, {
    nullable: true,
    description:
      "起诉期限: the end of the 15 days in which a party may sue in court against a labour award (劳动争议调解仲裁法 Art 48), counted from the award; after it the award is legally effective. Null for other outcomes and for commercial awards, which are final.",
  })
  get suitDueAt(): Date | null {
    return suitDueAt(this.kind, this.outcome, this.closedAt);
  }
}

export const ArbitrationCaseSchema = defineEntity({
  class: ArbitrationCase,
  tableName: "arbitration_case",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }, { properties: ["appliedAt"] }, { properties: ["divisionCode"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    kind: p.enum(() => ArbitrationKind),
    commission: p.string().length(200),
    divisionCode: p.string().length(12),
    caseNumber: p.string().length(64).nullable().unique(),
    disputeType: p.enum(() => DisputeType),
    unifiedNumber: p.string().length(32).nullable(),
    disputeAroseAt: p.datetime().nullable(),
    appliedAt: p.datetime(),
    status: p.enum(() => ArbitrationStatus).default(ArbitrationStatus.APPLIED),
    preMediationStartedAt: p.datetime().nullable(),
    acceptedAt: p.datetime().nullable(),
    awardExtended: p.boolean().default(false),
    dueAt: p.datetime().nullable(),
    notAcceptedReason: p.text().nullable(),
    outcome: p.enum(() => ArbitrationOutcome).nullable(),
    outcomeSummary: p.text().nullable(),
    awardedAmount: p.decimal().precision(14).scale(2).nullable(),
    closedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
