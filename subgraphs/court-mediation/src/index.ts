import { runSubgraph } from "@hub/kit";
import { courtMediation } from "./server.ts";

await runSubgraph(courtMediation.name, () => courtMediation.createServer());
