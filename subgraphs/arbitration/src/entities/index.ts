import { ArbitrationCaseSchema } from "./arbitration-case.entity.ts";
import { ArbitrationClaimSchema } from "./arbitration-claim.entity.ts";

export const entities = [ArbitrationCaseSchema, ArbitrationClaimSchema];
