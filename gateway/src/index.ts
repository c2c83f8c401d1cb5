import { GATEWAY_PORT } from "@hub/kit/subgraphs";
import { refuseDevelopmentKeys } from "@hub/kit/production";
import { gatewayKeyProblems } from "./auth.ts";
import { createGateway } from "./server.ts";

refuseDevelopmentKeys("gateway", gatewayKeyProblems());
const gateway = await createGateway();
const url = await gateway.listen(Number(process.env.GATEWAY_PORT ?? GATEWAY_PORT), process.env.HUB_HOST ?? "127.0.0.1");
console.log(`[gateway] tokens verified with ${gateway.settings.jwt.source}`);
console.log(`[gateway] trusted documents: ${gateway.settings.trustedDocuments}${gateway.settings.trustedDocuments === "require" ? ` (only operations in ${gateway.settings.trustedDocumentsFile})` : ""}`);
console.log(`[gateway] ready at ${url}`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
