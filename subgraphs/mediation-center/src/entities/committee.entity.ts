import { DivisionCodeScalar, divisionFullName } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { MediationCommitteeKind } from "../workflow/committee.workflow.ts";

@ObjectType({ description: "A people's mediation committee (人民调解委员会) working with the mediation centre." })
@Directive('@key(fields: "id")')
export class MediationCommittee {
  declare [OptionalProps]?: "id" | "version" | "createdAt" | "divisionName";

  @Field(() => ID, { description: "Id of the committee in the mediation centre." })
  id!: string;

  @Field(() => String, { description: "Name, e.g. 红塔区玉兴街道人民调解委员会." })
  name!: string;

  @Field(() => MediationCommitteeKind, { description: "Village, township/street or industry committee." })
  kind!: MediationCommitteeKind;

  @Field(() => String, { nullable: true, description: "Industry or field of an industry committee (行业领域), e.g. 医疗纠纷; null for other kinds." })
  industry?: string | null;

  @Field(() => DivisionCodeScalar, { description: "Division the committee serves." })
  divisionCode!: string;

  @Field(() => Date, { description: "When the committee was registered with the centre." })
  createdAt!: Date;

  version!: number;

  @Field(() => String, { description: "Name of the division, e.g. 云南省 玉溪市 红塔区." })
  get divisionName(): string {
    return divisionFullName(this.divisionCode);
  }
}

export const MediationCommitteeSchema = defineEntity({
  class: MediationCommittee,
  tableName: "mediation_committee",
  indexes: [{ properties: ["divisionCode"] }],
  uniques: [{ properties: ["divisionCode", "name"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(200),
    kind: p.enum(() => MediationCommitteeKind),
    industry: p.string().length(100).nullable(),
    divisionCode: p.string().length(12),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
