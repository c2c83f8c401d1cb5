import { PoliceIncidentSchema } from "./incident.entity.ts";
import { PoliceMediationSessionSchema } from "./session.entity.ts";

export const entities = [PoliceIncidentSchema, PoliceMediationSessionSchema];
