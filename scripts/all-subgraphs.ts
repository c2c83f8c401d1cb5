import type { Subgraph } from "@hub/kit";
import { arbitration } from "@hub/arbitration";
import { courtMediation } from "@hub/court-mediation";
import { mediationCenter } from "@hub/mediation-center";
import { notary } from "@hub/notary";
import { petitionMediation } from "@hub/petition-mediation";
import { policeMediation } from "@hub/police-mediation";

/**
 * Every subgraph of the hub, in the order of SUBGRAPHS. Import this only in a process that
 * builds one subgraph at a time (see schema/print-sdl.ts): type-graphql's metadata is global.
 */
export const allSubgraphs: Subgraph[] = [mediationCenter, courtMediation, petitionMediation, policeMediation, arbitration, notary];

export function subgraphNamed(name: string): Subgraph {
  const found = allSubgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph "${name}"; known: ${allSubgraphs.map((s) => s.name).join(", ")}`);
  return found;
}
