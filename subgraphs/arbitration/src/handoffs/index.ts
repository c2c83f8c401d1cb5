import { HandoffKind, type HandoffConfig } from "@hub/kit";
import { labourArbitrationReceiver } from "./labour-arbitration.ts";

/**
 * Arbitration receives labour disputes whose mediation failed at the mediation centre (劳动仲裁),
 * and sends challenged awards to court (不服仲裁裁决起诉).
 */
export const arbitrationHandoffs: HandoffConfig = {
  receives: { [HandoffKind.LABOUR_ARBITRATION]: labourArbitrationReceiver },
  sends: { [HandoffKind.AWARD_CHALLENGE]: {} },
};
