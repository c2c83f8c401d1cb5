import { runSubgraph } from "@hub/kit";
import { arbitration } from "./server.ts";

await runSubgraph(arbitration.name, () => arbitration.createServer());
