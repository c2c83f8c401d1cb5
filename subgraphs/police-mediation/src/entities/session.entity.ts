import { Access } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Authorized, Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { PoliceIncident, PoliceIncidentSchema } from "./incident.entity.ts";

/** One police mediation session: a record of what happened, never edited afterwards. */
@ObjectType({ description: "One police mediation session (治安调解) held on an incident: when, by which officer, and its outcome." })
export class PoliceMediationSession {
  declare [OptionalProps]?: "id" | "createdAt";

  @Field(() => ID, { description: "Id of the session." })
  id!: string;

  /** The incident mediated; exposed through a field resolver so it is loaded in batches. */
  incident!: PoliceIncident;

  @Field(() => Int, { description: "1 for the first session, 2 for the second (at most two)." })
  sequence!: number;

  @Field(() => Date, { description: "When the session was held." })
  heldAt!: Date;

  @Field(() => String, { description: "Police officer who mediated (主持调解民警)." })
  officer!: string;

  @Field(() => Boolean, { description: "Whether the parties reached an agreement in this session." })
  agreementReached!: boolean;

  @Authorized(Access.CONTENT)
  @Field(() => String, {
    // Nullable so that a refusal leaves the rest of the incident readable.
    nullable: true,
    description:
      "Outcome of the session: the terms agreed, or why no agreement was reached. Personal content: read by the police and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else.",
  })
  notes!: string;

  /**
   * The incident's division, set by the field resolver that lists the sessions (not stored): the
   * content rule checks the reader's scope against it.
   */
  divisionCode?: string;

  @Field(() => Date, { description: "When the session was recorded." })
  createdAt!: Date;
}

export const PoliceMediationSessionSchema = defineEntity({
  class: PoliceMediationSession,
  tableName: "police_mediation_session",
  uniques: [{ properties: ["incident", "sequence"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    incident: () => p.manyToOne(PoliceIncidentSchema),
    sequence: p.integer(),
    heldAt: p.datetime(),
    officer: p.string().length(100),
    agreementReached: p.boolean(),
    notes: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
