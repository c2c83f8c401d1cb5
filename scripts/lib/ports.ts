import { createServer } from "node:net";
// Only the subgraph list: the launcher must not load type-graphql and graphql into its process.
import { portInUseMessage } from "@hub/kit/subgraphs";

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

/** A port a service of the hub is about to listen on, and the variable that moves it. */
export interface PlannedPort {
  service: string;
  port: number;
  variable: string;
}

function isTaken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(false)));
  });
}

/**
 * Refuses to start when a fixed port is already held (another hub still running, most often),
 * naming each taken port and its variable, before anything has been started or written.
 */
export async function assertPortsFree(planned: readonly PlannedPort[]): Promise<void> {
  const taken: PlannedPort[] = [];
  for (const entry of planned) if (await isTaken(entry.port)) taken.push(entry);
  if (taken.length) throw new Error(taken.map((t) => portInUseMessage(t.service, t.port, t.variable)).join("\n"));
}
