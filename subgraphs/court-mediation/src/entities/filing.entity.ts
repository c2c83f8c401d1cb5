import { CaseNumberScalar, DisputeType, DivisionCodeScalar, HandoffKind, MoneyScalar, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { CourtFilingStatus } from "../workflow/filing.workflow.ts";

@ObjectType({ description: "A request to file a case (立案申请) received from another agency: a failed mediation (调解不成转立案) or a challenged arbitration award (不服仲裁裁决起诉)." })
@Directive('@key(fields: "id")')
export class CourtFiling {
  declare [OptionalProps]?: "id" | "version" | "status" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the filing request in the court-mediation channel." })
  id!: string;

  @Field(() => HandoffKind, { description: "How it came to court: COURT_FILING from the mediation centre or AWARD_CHALLENGE from arbitration." })
  origin!: HandoffKind;

  @Field(() => String, { description: "Court the case is brought to (受诉法院)." })
  court!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the court's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the dispute has one." })
  unifiedNumber?: string | null;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型)." })
  disputeType!: DisputeType;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute, yuan." })
  amount?: string | null;

  @Field(() => String, { description: "The claims brought before the court (诉讼请求)." })
  claims!: string;

  @Field(() => String, { description: "Why it comes to court: the failed mediation's reason, or the award challenged and why." })
  reason!: string;

  @Field(() => String, { description: "The sending agency's own reference: mediation case id, arbitration case number." })
  sourceReference!: string;

  @Field(() => Date, { description: "When the request reached the court (the 7-day filing period runs from it)." })
  receivedAt!: Date;

  @Field(() => CourtFilingStatus, { description: "Where the request stands." })
  status!: CourtFilingStatus;

  @Field(() => CaseNumberScalar, { nullable: true, description: "Case number given on filing (民初 or 民特); null until filed." })
  caseNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the court filed or refused the case." })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why the court refused to file the case (不予立案理由)." })
  refusalReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the court must decide: 7 days from receipt (COURT_FILING_DECISION); null once decided." })
  dueAt?: Date | null;

  version!: number;
  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the court is past its 7-day filing decision (超期)." })
  get overdue(): boolean {
    return this.status === CourtFilingStatus.RECEIVED && isOverdue(this.dueAt);
  }
}

export const CourtFilingSchema = defineEntity({
  class: CourtFiling,
  tableName: "court_filing",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    origin: p.enum(() => HandoffKind),
    court: p.string().length(200),
    divisionCode: p.string().length(12),
    unifiedNumber: p.string().length(32).nullable(),
    disputeType: p.enum(() => DisputeType),
    amount: p.decimal().precision(14).scale(2).nullable(),
    claims: p.text(),
    reason: p.text(),
    sourceReference: p.string().length(200),
    receivedAt: p.datetime(),
    status: p.enum(() => CourtFilingStatus).default(CourtFilingStatus.RECEIVED),
    caseNumber: p.string().length(64).nullable().unique(),
    decidedAt: p.datetime().nullable(),
    refusalReason: p.text().nullable(),
    dueAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
