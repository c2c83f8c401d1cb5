import { CourtReferralSchema } from "./referral.entity.ts";
import { JudicialConfirmationSchema } from "./confirmation.entity.ts";

export const entities = [CourtReferralSchema, JudicialConfirmationSchema];
