import { HandoffKind, type HandoffConfig } from "@hub/kit";
import { labourArbitrationReceiver } from "./labour-arbitration.ts";

/** Arbitration receives labour disputes whose mediation failed at the mediation centre (劳动仲裁). */
export const arbitrationHandoffs: HandoffConfig = {
  receives: { [HandoffKind.LABOUR_ARBITRATION]: labourArbitrationReceiver },
};
