import { Field, InputType } from "type-graphql";
import { CourtFilingStatus } from "../../workflow/filing.workflow.ts";

@InputType({ description: "Filters for listing filing requests (立案申请)." })
export class CourtFilingFilter {
  @Field(() => CourtFilingStatus, { nullable: true, description: "Only requests in this status." })
  status?: CourtFilingStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only requests past the court's 7-day filing decision." })
  overdueOnly?: boolean | null;
}
