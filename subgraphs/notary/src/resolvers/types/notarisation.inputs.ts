import { DivisionCodeScalar, DivisionPrefixScalar, MoneyScalar, PartyInput } from "@hub/kit";
import { Field, InputType } from "type-graphql";
import { NotarisationStatus } from "../../workflow/notarisation.workflow.ts";

@InputType({ description: "An application to notarise a debt instrument with compulsory enforcement effect (赋强公证)." })
export class NotarisationApplicationInput {
  @Field(() => String, { description: "Notary office applied to, up to 200 characters." })
  notaryOffice!: string;

  @Field(() => DivisionCodeScalar, { description: "Division code of the notary office's seat." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "Unified dispute number, when the agreement came from a mediated dispute." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the mediation agreement in the mediation centre, up to 64 characters." })
  agreementId?: string | null;

  @Field(() => String, { description: "Content of the debt instrument (债权文书内容), up to 4000 characters." })
  debtTerms!: string;

  @Field(() => MoneyScalar, { description: "The payment obligation, yuan; must be more than 0." })
  paymentAmount!: string;

  @Field(() => Date, { description: "When payment falls due (履行期限). May already have passed: an old debt can be notarised." })
  paymentDueAt!: Date;

  @Field(() => Boolean, { description: "Whether the debtor consented in writing to compulsory enforcement; must be true (公证法 Art 37)." })
  debtorConsentToEnforcement!: boolean;

  @Field(() => [PartyInput], { description: "The parties: at least a creditor (APPLICANT) and a debtor (RESPONDENT)." })
  parties!: PartyInput[];

  @Field(() => Date, { nullable: true, description: "When the application reached the notary office; defaults to now. Must not be in the future." })
  appliedAt?: Date | null;
}

@InputType({ description: "Filters for listing notarisation applications." })
export class NotarisationFilter {
  @Field(() => NotarisationStatus, { nullable: true, description: "Only applications in this status." })
  status?: NotarisationStatus | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "Only notary offices inside this division (e.g. 5304 for 玉溪市)." })
  divisionPrefix?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only open applications past the office's deadline (督办)." })
  overdueOnly?: boolean | null;
}
