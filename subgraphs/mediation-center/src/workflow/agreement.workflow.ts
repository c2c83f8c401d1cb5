import { defineWorkflow } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum AgreementPerformance {
  PENDING = "PENDING",
  PERFORMED = "PERFORMED",
  DEFAULTED = "DEFAULTED",
}
registerEnumType(AgreementPerformance, {
  name: "MediationAgreementPerformance",
  description: "Whether the parties have carried out a people's mediation agreement (协议履行情况, 人民调解法 Art 31).",
  valuesConfig: {
    PENDING: { description: "待履行: signed, not yet carried out" },
    PERFORMED: { description: "已履行" },
    DEFAULTED: { description: "未履行 / 违约: a party did not perform; the other may seek judicial confirmation, notarised enforcement or sue" },
  },
});

export const agreementWorkflow = defineWorkflow<AgreementPerformance, "recordPerformed" | "recordDefault">({
  caseType: "MediationAgreement",
  initial: AgreementPerformance.PENDING,
  transitions: {
    // A defaulting party may still perform late, so DEFAULTED can become PERFORMED; PERFORMED is final.
    recordPerformed: { from: [AgreementPerformance.PENDING, AgreementPerformance.DEFAULTED], to: AgreementPerformance.PERFORMED },
    recordDefault: { from: [AgreementPerformance.PENDING], to: AgreementPerformance.DEFAULTED },
  },
});
