import { DisputeType } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { MediatorEmployment, MediatorGrade } from "../workflow/committee.workflow.ts";
import { MediationCommitteeSchema } from "./committee.entity.ts";

@ObjectType({ description: "A people's mediator (人民调解员) appointed to a committee." })
@Directive('@key(fields: "id")')
export class Mediator {
  declare [OptionalProps]?: "id" | "version" | "appointedAt";

  @Field(() => ID, { description: "Id of the mediator in the mediation centre." })
  id!: string;

  @Field(() => String, { description: "Name (姓名)." })
  name!: string;

  @Field(() => MediatorEmployment, { description: "Full-time (专职) or part-time (兼职)." })
  employment!: MediatorEmployment;

  @Field(() => MediatorGrade, { description: "Grade (等级)." })
  grade!: MediatorGrade;

  @Field(() => [DisputeType], { description: "Dispute types the mediator specialises in (擅长领域); may be empty." })
  specialties!: DisputeType[];

  /** Committee the mediator serves on (foreign key). */
  committeeId!: string;

  @Field(() => Date, { description: "When the mediator was appointed (聘任)." })
  appointedAt!: Date;

  version!: number;
}

export const MediatorSchema = defineEntity({
  class: Mediator,
  tableName: "mediator",
  indexes: [{ properties: ["committeeId"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(100),
    employment: p.enum(() => MediatorEmployment),
    grade: p.enum(() => MediatorGrade),
    specialties: p.enum(() => DisputeType).array(),
    committeeId: p.manyToOne(MediationCommitteeSchema).mapToPk().name("committee_id"),
    appointedAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
