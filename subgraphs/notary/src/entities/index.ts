import { NotarisationApplicationSchema } from "./notarisation.entity.ts";

export const entities = [NotarisationApplicationSchema];
