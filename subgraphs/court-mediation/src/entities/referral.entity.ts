import { CaseNumberScalar, DisputeType, DivisionCodeScalar, MoneyScalar, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { CourtProcedure, OPEN_REFERRAL_STATUSES, ReferralKind, ReferralStatus } from "../workflow/referral.workflow.ts";

@ObjectType({ description: "A case a court hands to mediation (诉调对接): 委派 before filing or 委托 after filing." })
@Directive('@key(fields: "id")')
export class CourtReferral {
  declare [OptionalProps]?: "id" | "version" | "status" | "extensionDays" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the referral in the court-mediation channel." })
  id!: string;

  @Field(() => ReferralKind, { description: "委派 (before filing) or 委托 (after filing)." })
  kind!: ReferralKind;

  @Field(() => CourtProcedure, { nullable: true, description: "Trial procedure of an entrusted (委托) case; null for 委派." })
  procedure?: CourtProcedure | null;

  @Field(() => String, { description: "Referring court (法院), e.g. 玉溪市红塔区人民法院." })
  court!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the court's seat." })
  divisionCode!: string;

  @Field(() => CaseNumberScalar, { nullable: true, description: "Court case number (案号): the filed number for 委托, the pre-filing number (诉前调) for 委派 if any." })
  caseNumber?: string | null;

  @Field(() => String, { description: "Judge or case officer (承办法官) who made the referral." })
  judge!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number when the dispute is registered at the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型)." })
  disputeType!: DisputeType;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute (涉案金额), yuan." })
  amount?: string | null;

  @Field(() => String, { description: "Summary of the claims (诉讼请求/纠纷概要)." })
  summary!: string;

  @Field(() => ReferralStatus, { description: "Where the referral stands." })
  status!: ReferralStatus;

  @Field(() => Date, { description: "When the court referred the case." })
  referredAt!: Date;

  @Field(() => Int, { description: "Days added to the time limit with the parties' consent." })
  extensionDays!: number;

  @Field(() => Date, { description: "When mediation must end: 30 days for 委派, 15 (ordinary) or 7 (simplified) for 委托, plus agreed extensions." })
  dueAt!: Date;

  @Field(() => String, { nullable: true, description: "Mediation organisation that took the case up (调解组织)." })
  mediationOrganisation?: string | null;

  @Field(() => String, { nullable: true, description: "Mediation result returned to the court (调解结果): agreement terms or why it failed." })
  resultSummary?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount agreed in the mediation agreement, yuan." })
  agreedAmount?: string | null;

  @Field(() => Date, { nullable: true, description: "When the result was returned." })
  resultAt?: Date | null;

  /** Optimistic-lock version: concurrent state changes fail with CONFLICT instead of overwriting. */
  version!: number;

  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the referral is still open past its due date (超期, for 督办)." })
  get overdue(): boolean {
    return OPEN_REFERRAL_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }
}


export const CourtReferralSchema = defineEntity({
  class: CourtReferral,
  tableName: "court_referral",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }, { properties: ["referredAt"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    kind: p.enum(() => ReferralKind),
    procedure: p.enum(() => CourtProcedure).nullable(),
    court: p.string().length(200),
    divisionCode: p.string().length(12),
    caseNumber: p.string().length(64).nullable(),
    judge: p.string().length(100),
    unifiedNumber: p.string().length(32).nullable(),
    disputeType: p.enum(() => DisputeType),
    amount: p.decimal().precision(14).scale(2).nullable(),
    summary: p.text(),
    status: p.enum(() => ReferralStatus).default(ReferralStatus.REFERRED),
    referredAt: p.datetime(),
    extensionDays: p.integer().default(0),
    dueAt: p.datetime(),
    mediationOrganisation: p.string().length(200).nullable(),
    resultSummary: p.text().nullable(),
    agreedAmount: p.decimal().precision(14).scale(2).nullable(),
    resultAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
