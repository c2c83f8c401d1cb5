import { HandoffKind, type HandoffConfig } from "@hub/kit";
import { enforceableNotarisationReceiver } from "./enforceable-notarisation.ts";

/** The notary receives agreements with a payment obligation from the mediation centre for 赋强公证. */
export const notaryHandoffs: HandoffConfig = {
  receives: { [HandoffKind.ENFORCEABLE_NOTARISATION]: enforceableNotarisationReceiver },
};
