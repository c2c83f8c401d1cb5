import { CourtReferralSchema } from "./referral.entity.ts";
import { JudicialConfirmationSchema } from "./confirmation.entity.ts";
import { CourtFilingSchema } from "./filing.entity.ts";

export const entities = [CourtReferralSchema, JudicialConfirmationSchema, CourtFilingSchema];
