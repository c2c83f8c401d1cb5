import { Access, DisputeType, DivisionCodeScalar, HandoffOutcome, isOverdue } from "@hub/kit";
import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Authorized, Directive, Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { AGENCY_OPEN_STATUSES, PetitionForm, PetitionSatisfaction, PetitionStatus } from "../workflow/petition.workflow.ts";

@ObjectType({ description: "A petition (信访件) to the letters-and-visits bureau, and its diversion to mediation (访调对接)." })
@Directive('@key(fields: "id")')
export class Petition {
  declare [OptionalProps]?: "id" | "version" | "status" | "handlingExtended" | "createdAt" | "overdue";

  @Field(() => ID, { description: "Id of the petition in the petition-mediation channel." })
  id!: string;

  @Field(() => String, { description: "Petition number (信访件编号) given at registration, unique, e.g. XF-2026-000001." })
  petitionNumber!: string;

  @Field(() => PetitionForm, { description: "How the petition came in (信访形式): visit, letter, online or the 12345 hotline." })
  form!: PetitionForm;

  @Field(() => DivisionCodeScalar, { description: "Division code of the bureau that registered the petition." })
  divisionCode!: string;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型) the petition is about." })
  disputeType!: DisputeType;

  @Authorized(Access.CONTENT)
  @Field(() => String, {
    nullable: true,
    description: "What the petitioner asks for and why (信访事项), up to 4000 characters. Personal data: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else.",
  })
  content!: string;

  @Field(() => Date, { description: "When the petition was registered (登记)." })
  registeredAt!: Date;

  @Field(() => String, { nullable: true, description: "Unified dispute number, once the dispute is registered at the mediation centre." })
  unifiedNumber?: string | null;

  @Field(() => PetitionStatus, { description: "Where the petition stands." })
  status!: PetitionStatus;

  @Field(() => Date, {
    nullable: true,
    description:
      "Deadline of the current step (end of its last day, China time, moved past weekends): acceptance decision (15 days), written reply (60, or 90 once extended), review or re-review request by the petitioner (30) and answer (30), mediation of a diverted petition (1 month). Null when not accepted, closed, finally re-reviewed, or a diverted petition's callback is done.",
  })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the bureau accepted the petition (受理)." })
  acceptedAt?: Date | null;

  @Field(() => Boolean, { description: "Whether the 60-day handling period was extended by 30 days (it can be, once)." })
  handlingExtended!: boolean;

  @Field(() => String, { nullable: true, description: "Why the handling period was extended." })
  handlingExtensionReason?: string | null;

  @Field(() => String, { nullable: true, description: "Why the petition was not accepted (不予受理理由)." })
  declineReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the acceptance decision was made: accepted, not accepted or diverted." })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Mediation organisation the petition was diverted to (访调对接), e.g. 红塔区人民调解中心." })
  mediationOrganisation?: string | null;

  @Field(() => Date, { nullable: true, description: "When the petition was diverted to mediation." })
  divertedAt?: Date | null;

  @Field(() => HandoffOutcome, { nullable: true, description: "How the mediation centre's case on the diverted petition ended (调解结果), once it reported back; the satisfaction callback follows." })
  mediationOutcome?: HandoffOutcome | null;

  @Field(() => String, { nullable: true, description: "The mediation centre's result on the diverted petition (调解结果反馈): agreement terms or why mediation failed." })
  mediationResult?: string | null;

  @Field(() => Date, { nullable: true, description: "When the mediation centre's result came back." })
  mediationResultAt?: Date | null;

  @Authorized(Access.CONTENT)
  @Field(() => String, { nullable: true, description: "Written reply to the petitioner (书面答复意见). Personal content: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else." })
  reply?: string | null;

  @Field(() => Date, { nullable: true, description: "When the written reply was given; the 30-day review window starts here." })
  repliedAt?: Date | null;

  @Authorized(Access.CONTENT)
  @Field(() => String, { nullable: true, description: "Why the petitioner asked for a review (复查请求理由). Personal content: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else." })
  reviewRequestReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the review was requested." })
  reviewRequestedAt?: Date | null;

  @Authorized(Access.CONTENT)
  @Field(() => String, { nullable: true, description: "Review opinion (复查意见). Personal content: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else." })
  reviewAnswer?: string | null;

  @Field(() => Date, { nullable: true, description: "When the review opinion was given; the 30-day re-review window starts here." })
  reviewedAt?: Date | null;

  @Authorized(Access.CONTENT)
  @Field(() => String, { nullable: true, description: "Why the petitioner asked for a re-review (复核请求理由). Personal content: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else." })
  reReviewRequestReason?: string | null;

  @Field(() => Date, { nullable: true, description: "When the re-review was requested." })
  reReviewRequestedAt?: Date | null;

  @Authorized(Access.CONTENT)
  @Field(() => String, { nullable: true, description: "Re-review opinion (复核意见), final. Personal content: read by the petition bureau and by joint-meeting staff with the role content-reader (audited); FORBIDDEN to anyone else." })
  reReviewAnswer?: string | null;

  @Field(() => Date, { nullable: true, description: "When the re-review opinion was given." })
  reReviewedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the petition was closed (办结)." })
  closedAt?: Date | null;

  @Field(() => PetitionSatisfaction, { nullable: true, description: "The petitioner's satisfaction at the latest callback (回访); null before any callback." })
  satisfaction?: PetitionSatisfaction | null;

  @Field(() => String, { nullable: true, description: "What the petitioner said at the latest callback." })
  satisfactionNote?: string | null;

  @Field(() => Date, { nullable: true, description: "When the latest satisfaction callback was recorded." })
  callbackAt?: Date | null;

  /** Optimistic-lock version: concurrent state changes fail with CONFLICT instead of overwriting. */
  version!: number;

  createdAt!: Date;

  @Field(() => Boolean, { description: "Whether the bureau (or the mediation organisation, once diverted) is past the current deadline (超期, for 督办)." })
  get overdue(): boolean {
    return AGENCY_OPEN_STATUSES.includes(this.status) && isOverdue(this.dueAt);
  }
}

export const PetitionSchema = defineEntity({
  class: Petition,
  tableName: "petition",
  indexes: [{ properties: ["status", "dueAt"] }, { properties: ["unifiedNumber"] }, { properties: ["registeredAt"] }, { properties: ["divisionCode"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    petitionNumber: p.string().length(32).unique(),
    form: p.enum(() => PetitionForm),
    divisionCode: p.string().length(12),
    disputeType: p.enum(() => DisputeType),
    content: p.text(),
    registeredAt: p.datetime(),
    unifiedNumber: p.string().length(32).nullable(),
    status: p.enum(() => PetitionStatus).default(PetitionStatus.REGISTERED),
    dueAt: p.datetime().nullable(),
    acceptedAt: p.datetime().nullable(),
    handlingExtended: p.boolean().default(false),
    handlingExtensionReason: p.text().nullable(),
    declineReason: p.text().nullable(),
    decidedAt: p.datetime().nullable(),
    mediationOrganisation: p.string().length(200).nullable(),
    divertedAt: p.datetime().nullable(),
    mediationOutcome: p.enum(() => HandoffOutcome).nullable(),
    mediationResult: p.text().nullable(),
    mediationResultAt: p.datetime().nullable(),
    reply: p.text().nullable(),
    repliedAt: p.datetime().nullable(),
    reviewRequestReason: p.text().nullable(),
    reviewRequestedAt: p.datetime().nullable(),
    reviewAnswer: p.text().nullable(),
    reviewedAt: p.datetime().nullable(),
    reReviewRequestReason: p.text().nullable(),
    reReviewRequestedAt: p.datetime().nullable(),
    reReviewAnswer: p.text().nullable(),
    reReviewedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    satisfaction: p.enum(() => PetitionSatisfaction).nullable(),
    satisfactionNote: p.text().nullable(),
    callbackAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
