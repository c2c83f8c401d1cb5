import type { Subgraph } from "@hub/kit";
import { courtMediation } from "@hub/court-mediation";

/** Every subgraph of the hub, in the order of SUBGRAPHS; scripts iterate over this. */
export const allSubgraphs: Subgraph[] = [courtMediation];

export function subgraphNamed(name: string): Subgraph {
  const found = allSubgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph "${name}"; known: ${allSubgraphs.map((s) => s.name).join(", ")}`);
  return found;
}
