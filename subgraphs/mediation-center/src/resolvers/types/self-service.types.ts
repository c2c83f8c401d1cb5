import { DisputeType, DivisionCodeScalar, PartyKind, PartyRole } from "@hub/kit";
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
