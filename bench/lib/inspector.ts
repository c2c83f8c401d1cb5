/**
 * CPU profile of another Node process over a chosen window, through its inspector (the process
 * runs with --inspect=127.0.0.1:<port>): start and stop are sent over the DevTools protocol, so
 * start-up (module loading, tsx compiling) stays out of the profile.
 */
import type { CpuProfile } from "./cpu-profile.ts";

export interface RemoteProfiler {
  stop(): Promise<CpuProfile>;
}

export async function startRemoteProfile(inspectPort: number, samplingIntervalUs = 1000): Promise<RemoteProfiler> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener("error", () => reject(new Error(`cannot reach the inspector on port ${inspectPort}`)), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id !== undefined ? pending.get(message.id) : undefined;
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  const send = <T = unknown>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send("Profiler.enable");
  await send("Profiler.setSamplingInterval", { interval: samplingIntervalUs });
  await send("Profiler.start");
  return {
    async stop() {
      const { profile } = await send<{ profile: CpuProfile }>("Profiler.stop");
      socket.close();
      return profile;
    },
  };
}
