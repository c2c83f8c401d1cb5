import { Channel, DisputeType, DivisionCodeScalar, PartyKind, PartyRole } from "@hub/kit";
import { DisputeEvaluation } from "../../entities/self-service.entity.ts";
import { Satisfaction } from "../../workflow/self-service.rules.ts";
import { Field, InputType, ObjectType } from "type-graphql";

@InputType({ description: "A party named in an online application (网上申请). A person gives an ID number, an organisation a credit code; both are checked here and a malformed one is refused with the field named." })
export class ApplicantPartyInput {
  @Field(() => PartyRole, { description: "The party's side: APPLICANT (申请人), RESPONDENT (被申请人) or THIRD_PARTY." })
  role!: PartyRole;

  @Field(() => PartyKind, { description: "Person (自然人) or organisation (单位)." })
  kind!: PartyKind;

  @Field(() => String, { description: "Name (姓名 / 单位名称), 1 to 100 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Resident ID number (居民身份证号码, GB 11643), required for a person." })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Unified social credit code (统一社会信用代码, GB 32100), required for an organisation." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "Mobile (11 digits) or landline phone number (联系电话)." })
  phone?: string | null;
}

@InputType({ description: "An application for people's mediation filed online by a party (在线申请调解)." })
export class ApplyForMediationInput {
  @Field(() => DisputeType, { description: "Dispute type (纠纷类型)." })
  disputeType!: DisputeType;

  @Field(() => DivisionCodeScalar, { description: "Where the dispute arose (纠纷发生地), a division code; its county opens the unified number." })
  divisionCode!: string;

  @Field(() => String, { description: "What happened (事实经过), up to 3000 characters." })
  facts!: string;

  @Field(() => String, { description: "What the applicant asks for (申请事项), up to 900 characters." })
  request!: string;

  @Field(() => [ApplicantPartyInput], { description: "The parties (当事人): the applicant and whoever the dispute is with; at least one." })
  parties!: ApplicantPartyInput[];
}

@ObjectType({ description: "The answer to an online application: the number to look the case up by (统一纠纷编号)." })
export class MediationApplication {
  @Field(() => String, { description: "Unified dispute number (统一纠纷编号) minted at intake, e.g. 530402-2026-000123; with the applicant's own ID number it looks the case up." })
  unifiedNumber!: string;

  @Field(() => Date, { description: "When the application was registered (登记时间)." })
  registeredAt!: Date;

  @Field(() => String, { description: "What happens next, in plain Chinese (下一步)." })
  nextStep!: string;
}

@ObjectType({ description: "One case of the dispute as its party sees it: which agency, which step, by when. No content, no notes." })
export class ProgressCase {
  @Field(() => Channel, { description: "Channel of the agency (调解中心, 法院, 信访, 公安, 仲裁, 公证)." })
  channel!: string;

  @Field(() => String, { description: "Kind of case, e.g. MediationCase, CourtReferral." })
  caseType!: string;

  @Field(() => String, { description: "The agency that holds the case (承办单位)." })
  agency!: string;

  @Field(() => String, { description: "The case's status in its channel (the console names it in Chinese)." })
  status!: string;

  @Field(() => Date, { description: "When the agency opened it." })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the agency owes its next step (办理时限); null when it owes none." })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When it concluded (办结); null while open." })
  concludedAt?: Date | null;
}

@ObjectType({ description: "One step of the dispute's history as its party sees it: when, which agency's case, what happened. No actor, no remark." })
export class ProgressStep {
  @Field(() => Date, { description: "When the step was recorded." })
  at!: Date;

  @Field(() => Channel, { description: "Channel that recorded it." })
  channel!: string;

  @Field(() => String, { description: "Kind of record: a case type, or Handoff (移交)." })
  caseType!: string;

  @Field(() => String, { description: "What happened, e.g. register, accept, offer." })
  action!: string;

  @Field(() => String, { description: "Status after the step." })
  toStatus!: string;
}

@ObjectType({ description: "A dispute's progress as one of its parties sees it (群众端进度查询): plain facts, other parties' identifiers never shown, no internal notes, petition content or police narratives." })
export class DisputeProgress {
  @Field(() => String, { description: "Unified dispute number (统一纠纷编号)." })
  unifiedNumber!: string;

  @Field(() => DisputeType, { description: "Dispute type (纠纷类型)." })
  disputeType!: string;

  @Field(() => String, { description: "Where the dispute is registered (登记地)." })
  divisionName!: string;

  @Field(() => Date, { description: "When it was registered (登记时间)." })
  registeredAt!: Date;

  @Field(() => String, { description: "The name of the party this view is for (本人)." })
  yourName!: string;

  @Field(() => PartyRole, { description: "Their side in the dispute." })
  yourRole!: string;

  @Field(() => ProgressCase, { nullable: true, description: "The case that holds the dispute now (当前承办): the most recently opened open case; null once every case has concluded." })
  current?: ProgressCase | null;

  @Field(() => [ProgressCase], { description: "Every case of the dispute in every agency, oldest first." })
  cases!: ProgressCase[];

  @Field(() => String, { nullable: true, description: "The people's mediation committee on the dispute (调解委员会), when one is assigned." })
  committee?: string | null;

  @Field(() => String, { nullable: true, description: "The mediator on the dispute (调解员), when one is assigned." })
  mediator?: string | null;

  @Field(() => [ProgressStep], { description: "The history of steps (办理进程), oldest first." })
  steps!: ProgressStep[];

  @Field(() => Boolean, { description: "Whether every case of the dispute has concluded (已办结): only then may it be evaluated." })
  concluded!: boolean;

  @Field(() => Date, { nullable: true, description: "When this party last hurried the dispute up (催办), if ever." })
  lastUrgedAt?: Date | null;

  @Field(() => Boolean, { description: "Whether this party may hurry it up now (催办): not concluded and not yet urged today." })
  mayUrge!: boolean;

  @Field(() => DisputeEvaluation, { nullable: true, description: "This party's evaluation (评价), once given." })
  evaluation?: DisputeEvaluation | null;
}

@ObjectType({ description: "What looking a dispute up answers: its progress, and a short-lived token for this party's self-service on it (催办, 评价)." })
export class DisputeLookup {
  @Field(() => String, { description: "Bearer token for myDispute, urgeDispute and evaluateDispute on this dispute only, as this party; it lasts 30 minutes." })
  token!: string;

  @Field(() => Date, { description: "When the token expires." })
  expiresAt!: Date;

  @Field(() => DisputeProgress, { description: "The dispute's progress." })
  progress!: DisputeProgress;
}

@InputType({ description: "A party's evaluation once their dispute has concluded (评价)." })
export class EvaluateDisputeInput {
  @Field(() => Satisfaction, { description: "满意, 基本满意 or 不满意." })
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: "What the party wants to say, up to 1000 characters." })
  comment?: string | null;
}
