import { DivisionCodeScalar, isOverdue, MoneyScalar } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { NotarisationStatus, OPEN_NOTARISATION_STATUSES } from "../workflow/notarisation.workflow.ts";

@ObjectType({ description: "An application to notarise a debt instrument with compulsory enforcement effect (赋强公证申请), e.g. a mediation agreement with a payment obligation." })
@Directive('@key(fields: "id")')
export class NotarisationApplication {
  declare [OptionalProps]?: "id" | "version" | "status" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the application in the notary channel." })
  id!: string;

  @Field(() => String, { description: "Notary office applied to (公证处), e.g. 云南省玉溪市红塔公证处." })
  notaryOffice!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the notary office's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the agreement came from a mediated dispute." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the mediation agreement in the mediation centre, when it came from there." })
  agreementId?: string | null;

  @Field(() => String, { description: "Content of the debt instrument (债权文书内容): who owes whom what, and how it is to be paid." })
  debtTerms!: string;

  @Field(() => MoneyScalar, { description: "The payment obligation (给付金额), yuan." })
  paymentAmount!: string;

  @Field(() => Date, { description: "When payment falls due (履行期限); an enforcement certificate can be issued only after it." })
  paymentDueAt!: Date;

  @Field(() => Boolean, { description: "The debtor's written consent to compulsory enforcement (公证法 Art 37); always true for a stored application." })
  debtorConsentToEnforcement!: boolean;

  @Field(() => Date, { description: "When the application reached the notary office." })
  appliedAt!: Date;

  @Field(() => NotarisationStatus, { description: "Where the application stands." })
  status!: NotarisationStatus;

  @Field(() => Date, { nullable: true, description: "When the office accepted the application and began its review (受理)." })
  reviewStartedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the certificate is due: 15 working days after acceptance (counted from the application while not yet accepted); null once decided." })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Number of the notarial certificate (公证书), e.g. （2026）云玉红证字第123号." })
  certificateNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the notarial certificate was issued." })
  issuedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why the office refused the notarisation (不予办理理由)." })
  refusalReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the office refused." })
  refusedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Number of the enforcement certificate (执行证书) issued on default." })
  enforcementCertificateNumber?: string | null;

  @Field(() => Date, { nullable: true, description: "When the enforcement certificate was issued." })
  enforcementCertificateIssuedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "How the debtor defaulted and how the notary verified it (违约情况及核实)." })
  defaultNote?: string | null;

  /** Optimistic-lock version: concurrent state changes fail with CONFLICT instead of overwriting. */
  version!: number;

  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the office is past its deadline on this application (超期, for 督办)." })
  get overdue(): boolean {
    return OPEN_NOTARISATION_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }
}

export const NotarisationApplicationSchema = defineEntity({
  class: NotarisationApplication,
  tableName: "notarisation_application",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }, { properties: ["appliedAt"] }, { properties: ["divisionCode"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    notaryOffice: p.string().length(200),
    divisionCode: p.string().length(12),
    unifiedNumber: p.string().length(32).nullable(),
    agreementId: p.string().length(64).nullable(),
    debtTerms: p.text(),
    paymentAmount: p.decimal().precision(14).scale(2),
    paymentDueAt: p.datetime(),
    debtorConsentToEnforcement: p.boolean(),
    appliedAt: p.datetime(),
    status: p.enum(() => NotarisationStatus).default(NotarisationStatus.APPLIED),
    reviewStartedAt: p.datetime().nullable(),
    dueAt: p.datetime().nullable(),
    certificateNumber: p.string().length(64).nullable().unique(),
    issuedAt: p.datetime().nullable(),
    refusalReason: p.text().nullable(),
    refusedAt: p.datetime().nullable(),
    enforcementCertificateNumber: p.string().length(64).nullable().unique(),
    enforcementCertificateIssuedAt: p.datetime().nullable(),
    defaultNote: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
