import { DivisionCodeScalar, MoneyScalar } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { AgreementPerformance } from "../workflow/agreement.workflow.ts";
import { MediationCaseSchema } from "./mediation-case.entity.ts";

@ObjectType({ description: "A people's mediation agreement (人民调解协议书). It takes effect when the parties sign, seal or fingerprint it, the mediator signs and the committee stamps it (人民调解法 Art 29)." })
@Directive('@key(fields: "id")')
export class MediationAgreement {
  declare [OptionalProps]?: "id" | "version" | "status" | "createdAt";

  @Field(() => ID, { description: "Id of the agreement in the mediation centre." })
  id!: string;

  /** The mediation case that produced the agreement (foreign key, one agreement per case). */
  caseId!: string;

  @Field(() => String, { description: "Unified dispute number of the dispute settled." })
  unifiedNumber!: string;

  @Field(() => DivisionCodeScalar, { description: "Division where the dispute arose (the dispute's); decides whose division scope sees the agreement." })
  divisionCode!: string;

  @Field(() => String, { description: "Terms agreed (协议内容): the obligations, how and when they are to be performed." })
  terms!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the agreement settles or obliges, yuan." })
  amount?: string | null;

  @Field(() => Boolean, { description: "Whether a party owes a payment under the agreement (给付义务); such agreements may be notarised with compulsory enforcement effect (赋强公证)." })
  hasPaymentObligation!: boolean;

  @Field(() => Date, { description: "When the last signature and the committee's stamp were put on it: the date it took effect (生效日). Judicial confirmation must be applied for within 30 days of it." })
  signedAt!: Date;

  /** Performance status; exposed as `performance` and moved by the agreement workflow. */
  @Field(() => AgreementPerformance, { name: "performance", description: "Whether the agreement has been carried out (履行情况)." })
  status!: AgreementPerformance;

  @Field(() => String, { nullable: true, description: "Remark recorded with the latest performance update (回访记录)." })
  performanceNote?: string | null;

  @Field(() => Date, { nullable: true, description: "When performance or default was last recorded." })
  performanceRecordedAt?: Date | null;

  version!: number;

  @Field(() => Date, { description: "When the agreement was recorded in the hub." })
  createdAt!: Date;
}

export const MediationAgreementSchema = defineEntity({
  class: MediationAgreement,
  tableName: "mediation_agreement",
  indexes: [{ properties: ["unifiedNumber"] }, { properties: ["status"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    caseId: p.manyToOne(MediationCaseSchema).mapToPk().name("case_id").unique(),
    unifiedNumber: p.string().length(32),
    divisionCode: p.string().length(12),
    terms: p.text(),
    amount: p.decimal().precision(14).scale(2).nullable(),
    hasPaymentObligation: p.boolean(),
    signedAt: p.datetime(),
    status: p.enum(() => AgreementPerformance).default(AgreementPerformance.PENDING),
    performanceNote: p.text().nullable(),
    performanceRecordedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
