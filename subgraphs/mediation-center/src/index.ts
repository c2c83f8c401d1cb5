import { runSubgraph } from "@hub/kit";
import { mediationCenter } from "./server.ts";

await runSubgraph(mediationCenter.name, () => mediationCenter.createServer());
