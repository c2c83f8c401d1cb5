import { MediationAgreementSchema } from "./agreement.entity.ts";
import { CaseEventSchema, IndexedCaseSchema, IndexedHandoffSchema } from "./case-index.entity.ts";
import { MediationCommitteeSchema } from "./committee.entity.ts";
import { DisputeCounterSchema } from "./counter.entity.ts";
import { DispatchSchema } from "./dispatch.entity.ts";
import { DisputeSchema } from "./dispute.entity.ts";
import { MediationCaseSchema } from "./mediation-case.entity.ts";
import { MediatorSchema } from "./mediator.entity.ts";
import { DisputeEvaluationSchema, DisputeUrgeSchema, LookupAttemptSchema } from "./self-service.entity.ts";
import { SupervisionItemSchema } from "./supervision.entity.ts";

export const entities = [DisputeCounterSchema, DisputeSchema, MediationCommitteeSchema, MediatorSchema, MediationCaseSchema, MediationAgreementSchema,
  IndexedCaseSchema, CaseEventSchema, IndexedHandoffSchema,
  DispatchSchema, SupervisionItemSchema,
  LookupAttemptSchema, DisputeUrgeSchema, DisputeEvaluationSchema];
