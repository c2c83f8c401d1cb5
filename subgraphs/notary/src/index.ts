import { runSubgraph } from "@hub/kit";
import { notary } from "./server.ts";

await runSubgraph(notary.name, () => notary.createServer());
