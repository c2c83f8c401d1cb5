import { CaseNumberScalar, DivisionCodeScalar, MoneyScalar, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { ConfirmationStatus } from "../workflow/confirmation.workflow.ts";

const OPEN = [ConfirmationStatus.APPLIED, ConfirmationStatus.ACCEPTED];

@ObjectType({ description: "A joint application to a court to confirm a mediation agreement (司法确认申请)." })
@Directive('@key(fields: "id")')
export class JudicialConfirmation {
  declare [OptionalProps]?: "id" | "version" | "status" | "decisionExtended" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the application in the court-mediation channel." })
  id!: string;

  @Field(() => String, { description: "Court applied to (受理法院)." })
  court!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the court's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number of the mediated dispute." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the mediation agreement in the mediation centre, when it came from there." })
  agreementId?: string | null;

  @Field(() => String, { description: "Terms of the mediation agreement to be confirmed (调解协议内容)." })
  agreementTerms!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the agreement obliges, yuan." })
  agreementAmount?: string | null;

  @Field(() => Date, { description: "When the agreement took effect (协议生效日); the application must follow within 30 days." })
  agreementEffectiveAt!: Date;

  @Field(() => Date, { description: "When the parties applied." })
  appliedAt!: Date;

  @Field(() => ConfirmationStatus, { description: "Where the application stands." })
  status!: ConfirmationStatus;

  @Field(() => CaseNumberScalar, { nullable: true, description: "Case number given on acceptance (民特 or 诉前调确)." })
  caseNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the court accepted the application." })
  acceptedAt?: Date | null;

  @Field(() => Boolean, { description: "Whether the decision period was extended by 10 days with approval." })
  decisionExtended!: boolean;

  @Field(() => Date, { nullable: true, description: "Next legal deadline: acceptance within 3 days of applying, ruling within 15 (+10) days of acceptance; null once decided." })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the court ruled or refused." })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Reasons for not accepting or for rejecting (裁定理由)." })
  decisionReason?: string | null;

  version!: number;
  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the court is past its deadline on this application (超期)." })
  get overdue(): boolean {
    return OPEN.includes(this.status) && isOverdue(this.dueAt);
  }
}

export const JudicialConfirmationSchema = defineEntity({
  class: JudicialConfirmation,
  tableName: "judicial_confirmation",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    court: p.string().length(200),
    divisionCode: p.string().length(12),
    unifiedNumber: p.string().length(32).nullable(),
    agreementId: p.string().length(64).nullable(),
    agreementTerms: p.text(),
    agreementAmount: p.decimal().precision(14).scale(2).nullable(),
    agreementEffectiveAt: p.datetime(),
    appliedAt: p.datetime(),
    status: p.enum(() => ConfirmationStatus).default(ConfirmationStatus.APPLIED),
    caseNumber: p.string().length(64).nullable().unique(),
    acceptedAt: p.datetime().nullable(),
    decisionExtended: p.boolean().default(false),
    dueAt: p.datetime().nullable(),
    decidedAt: p.datetime().nullable(),
    decisionReason: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
