import { MoneyScalar } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { ArbitrationCase } from "./arbitration-case.entity.ts";

/** One request of an arbitration application (仲裁请求); a case has 1 to 20. */
@ObjectType({ description: "One claim of an arbitration application (仲裁请求), e.g. 支付拖欠工资 or 确认劳动关系." })
export class ArbitrationClaim {
  declare [OptionalProps]?: "id";

  @Field(() => ID, { description: "Id of the claim." })
  id!: string;

  /** The case the claim belongs to; a foreign key, so a claim never outlives or misses its case. */
  arbitrationCase!: ArbitrationCase;

  @Field(() => Int, { description: "Position of the claim in the application, from 1." })
  position!: number;

  @Field(() => String, { description: "What is claimed, as written in the application." })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount claimed, yuan; null for a claim not for money (e.g. 确认劳动关系)." })
  amount?: string | null;
}

export const ArbitrationClaimSchema = defineEntity({
  class: ArbitrationClaim,
  tableName: "arbitration_claim",
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    arbitrationCase: () => p.manyToOne(ArbitrationCase).index(),
    position: p.integer(),
    description: p.text(),
    amount: p.decimal().precision(14).scale(2).nullable(),
  },
});
