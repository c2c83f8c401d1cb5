import { createServer } from "node:net";

/**
 * A loopback port the OS says is free right now. Test servers take these rather than fixed
 * numbers: a fixed port in the ephemeral range can be held by any outgoing connection.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
