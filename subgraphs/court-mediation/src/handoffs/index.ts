import { HandoffKind, type HandoffConfig } from "@hub/kit";
import { courtReferralHooks } from "./court-referral.ts";
import { judicialConfirmationReceiver } from "./judicial-confirmation.ts";

/** court-mediation sends referrals to the mediation centre and receives agreements for judicial confirmation. */
export const courtHandoffs: HandoffConfig = {
  sends: { [HandoffKind.COURT_REFERRAL]: courtReferralHooks },
  receives: { [HandoffKind.JUDICIAL_CONFIRMATION]: judicialConfirmationReceiver },
};
