import { defineWorkflow } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum CourtFilingStatus {
  RECEIVED = "RECEIVED",
  FILED = "FILED",
  NOT_FILED = "NOT_FILED",
}
registerEnumType(CourtFilingStatus, {
  name: "CourtFilingStatus",
  description: "Where a filing request (立案申请) received from another agency stands.",
  valuesConfig: {
    RECEIVED: { description: "已收到: the court decides within 7 days whether to file the case (民事诉讼法 第126条)" },
    FILED: { description: "已立案: the case is filed and numbered (民初 etc.)" },
    NOT_FILED: { description: "不予立案: the court refused to file it, with reasons" },
  },
});

export enum CourtFilingAction {
  file = "file",
  refuse = "refuse",
}
registerEnumType(CourtFilingAction, {
  name: "CourtFilingAction",
  description: "A step of a filing request's workflow; CourtFiling.availableActions lists those the caller may take now.",
  valuesConfig: {
    file: { description: "立案: file the case and number it (fileCourtFiling)" },
    refuse: { description: "不予立案: refuse to file it, with reasons (refuseCourtFiling)" },
  },
});

// The actions by their names (`${…}`): the steps name them as strings, GraphQL lists them as the enum.
export const filingWorkflow = defineWorkflow<CourtFilingStatus, `${CourtFilingAction}`>({
  caseType: "CourtFiling",
  initial: CourtFilingStatus.RECEIVED,
  transitions: {
    file: { from: [CourtFilingStatus.RECEIVED], to: CourtFilingStatus.FILED },
    refuse: { from: [CourtFilingStatus.RECEIVED], to: CourtFilingStatus.NOT_FILED },
  },
});

/** Case-type codes a filed case may carry: 民初 (first-instance civil), 民特 (special procedure, e.g. setting an award aside). */
export const FILING_CASE_TYPES = ["民初", "民特"];
