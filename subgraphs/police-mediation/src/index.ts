import { runSubgraph } from "@hub/kit";
import { policeMediation } from "./server.ts";

await runSubgraph(policeMediation.name, () => policeMediation.createServer());
