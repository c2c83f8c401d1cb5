import { runSubgraph } from "@hub/kit";
import { petitionMediation } from "./server.ts";

await runSubgraph(petitionMediation.name, () => petitionMediation.createServer());
