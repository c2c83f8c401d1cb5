import { GATEWAY_PORT } from "@hub/kit";
import { createGateway } from "./server.ts";

const gateway = await createGateway();
const url = await gateway.listen(Number(process.env.GATEWAY_PORT ?? GATEWAY_PORT), process.env.HUB_HOST ?? "127.0.0.1");
console.log(`[gateway] ready at ${url}`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
