import { HandoffKind, type HandoffConfig } from "@hub/kit";
import { courtFilingReceiver } from "./court-filing.ts";
import { courtReferralHooks } from "./court-referral.ts";
import { judicialConfirmationReceiver } from "./judicial-confirmation.ts";

/**
 * court-mediation sends referrals to the mediation centre and receives agreements for judicial
 * confirmation, failed mediations to file (调解不成转立案) and challenged arbitration awards (不服仲裁裁决起诉).
 */
export const courtHandoffs: HandoffConfig = {
  sends: { [HandoffKind.COURT_REFERRAL]: courtReferralHooks },
  receives: {
    [HandoffKind.JUDICIAL_CONFIRMATION]: judicialConfirmationReceiver,
    [HandoffKind.COURT_FILING]: courtFilingReceiver,
    [HandoffKind.AWARD_CHALLENGE]: courtFilingReceiver,
  },
};
