import { PetitionNumberCounterSchema } from "./petition-number-counter.entity.ts";
import { PetitionSchema } from "./petition.entity.ts";

export const entities = [PetitionSchema, PetitionNumberCounterSchema];
