import { Access, DisputeType, DivisionCodeScalar, MoneyScalar, divisionFullName } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Authorized, Directive, Field, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { DisputeSource } from "../workflow/dispute.workflow.ts";

/**
 * The dispute as the mediation centre registers it (统一受理). This is the owning definition of
 * the federated `Dispute`; every other channel declares only its key (the kit's DisputeReference)
 * and adds the cases it holds under that number.
 */
@ObjectType("Dispute", { description: "A dispute across every agency, keyed by its unified dispute number (统一纠纷编号)." })
@Directive('@key(fields: "unifiedNumber")')
export class Dispute {
  declare [OptionalProps]?: "id" | "version" | "createdAt" | "divisionName";

  /** Internal id; parties are recorded against it. Partners use the unified number. */
  id!: string;

  @Field(() => String, { description: "Unified dispute number minted at intake by the mediation centre, e.g. 530402-2026-000123." })
  unifiedNumber!: string;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型)." })
  disputeType!: DisputeType;

  @Field(() => DivisionCodeScalar, { description: "Division where the dispute arose (纠纷发生地); its county code opens the unified number." })
  divisionCode!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute (涉案金额), yuan; null when the dispute is not about money." })
  amount?: string | null;

  // A handed-over dispute's description is the petition's content or the incident's narrative.
  @Authorized(Access.CONTENT)
  @Field(() => String, {
    nullable: true,
    description: "What the dispute is about (纠纷概要); for a handed-over dispute, the petition content or incident narrative. Personal data: read by the mediation centre and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else.",
  })
  description!: string;

  @Field(() => DisputeSource, { description: "Through which door the dispute came in (纠纷来源)." })
  source!: DisputeSource;

  @Field(() => String, { nullable: true, description: "The referring agency's own number, e.g. a 12345 ticket or 110 incident number." })
  sourceReference?: string | null;

  @Field(() => Date, { description: "When the dispute was registered at intake (登记时间)." })
  registeredAt!: Date;

  version!: number;
  createdAt!: Date;

  @Field(() => String, { description: "Name of the division, e.g. 云南省 玉溪市 红塔区." })
  get divisionName(): string {
    return divisionFullName(this.divisionCode);
  }
}

export const DisputeSchema = defineEntity({
  class: Dispute,
  tableName: "dispute",
  indexes: [{ properties: ["divisionCode", "registeredAt"] }, { properties: ["disputeType"] }, { properties: ["registeredAt"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    unifiedNumber: p.string().length(32).unique(),
    disputeType: p.enum(() => DisputeType),
    divisionCode: p.string().length(12),
    amount: p.decimal().precision(14).scale(2).nullable(),
    description: p.text(),
    source: p.enum(() => DisputeSource),
    sourceReference: p.string().length(64).nullable(),
    registeredAt: p.datetime(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
