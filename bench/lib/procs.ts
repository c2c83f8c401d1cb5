/**
 * Finding the benchmark's processes and reading their memory and CPU time from /proc (Linux).
 * startHub returns no pids, so the gateway and subgraphs are found by their command line and
 * the port in their environment; PostgreSQL by its data directory and then its children.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function pids(): number[] {
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
}

function cmdline(pid: number): string {
  return (read(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" ");
}

function environ(pid: number): string[] {
  return (read(`/proc/${pid}/environ`) ?? "").split("\0");
}

/** The process whose command line contains `entry` and whose environment has `variable=value`. */
export function findProcess(entry: string, variable: string, value: string): number | null {
  for (const pid of pids()) {
    if (!cmdline(pid).includes(entry)) continue;
    if (environ(pid).includes(`${variable}=${value}`)) return pid;
  }
  return null;
}

/** The PostgreSQL server started on `dataDir` and all its backends. */
export function postgresProcesses(dataDir: string): number[] {
  const all = pids();
  const master = all.find((pid) => {
    const line = cmdline(pid);
    return line.includes("postgres") && line.includes(dataDir);
  });
  if (master === undefined) return [];
  return [master, ...childrenOf(master, all)];
}

function parentOf(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(rest[1]);
}

function childrenOf(pid: number, all = pids()): number[] {
  return all.filter((p) => parentOf(p) === pid);
}

/** A process and its children (a gateway run as several processes with node:cluster). */
export function processTree(pid: number): number[] {
  return [pid, ...childrenOf(pid)];
}

/** Resident memory in bytes (VmRSS), or null when the process is gone. */
export function rssOf(pid: number): number | null {
  const status = read(`/proc/${pid}/status`);
  const match = status && /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** User + system CPU time in milliseconds. */
export function cpuMsOf(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of stat (utime, stime); rest starts at field 3.
  return ((Number(rest[11]) + Number(rest[12])) * 1000) / CLOCK_TICKS;
}

/** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const line = (read("/proc/stat") ?? "").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (line[3] ?? 0) + (line[4] ?? 0);
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** A group of processes whose CPU time is summed (e.g. the six subgraphs, or PostgreSQL and its backends). */
export interface ProcessGroup {
  name: string;
  /** Current pids; called at each sample, since PostgreSQL starts and ends backends. */
  pids: () => number[];
}

export interface CpuSample {
  at: number;
  /** CPU ms of each process of each group. */
  groups: Record<string, Map<number, number>>;
  machine: { busy: number; total: number };
  self: number;
}

/**
 * CPU time of each process of each group, read before and after a run. A process that starts in
 * between counts whole; one that ends in between (a PostgreSQL backend) is lost, so a group's
 * figure is a lower bound.
 */
export function sampleCpu(groups: ProcessGroup[]): CpuSample {
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    groups: Object.fromEntries(groups.map((g) => [g.name, new Map(g.pids().map((pid) => [pid, cpuMsOf(pid)]))])),
    machine: machineCpu(),
    self: (usage.user + usage.system) / 1000,
  };
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak and the mean. */
export function watchRss(pid: number | null, everyMs = 250): { stop(): { peak: number | null; mean: number | null } } {
  if (pid === null) return { stop: () => ({ peak: null, mean: null }) };
  const samples: number[] = [];
  const take = () => {
    const rss = rssOf(pid);
    if (rss !== null) samples.push(rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      if (samples.length === 0) return { peak: null, mean: null };
      return { peak: Math.max(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
    },
  };
}

/** CPU ms each group spent between two samples; NaN for a group with no process (e.g. PostgreSQL elsewhere). */
export function cpuSpent(before: CpuSample, after: CpuSample): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [name, pids] of Object.entries(after.groups)) {
    if (pids.size === 0) {
      spent[name] = NaN;
      continue;
    }
    let sum = 0;
    for (const [pid, cpu] of pids) sum += cpu - (before.groups[name]?.get(pid) ?? 0);
    spent[name] = sum;
  }
  return spent;
}

/** Established TCP connections of a process to any of the given local ports (keep-alive pools), from `ss`. */
export function connectionsTo(pid: number | null, ports: number[]): number | null {
  if (pid === null) return null;
  try {
    const out = execFileSync("ss", ["-tnpH", "state", "established"], { encoding: "utf8" });
    let n = 0;
    for (const line of out.split("\n")) {
      if (!line.includes(`pid=${pid},`)) continue;
      const peer = line.trim().split(/\s+/)[3] ?? "";
      const port = Number(peer.slice(peer.lastIndexOf(":") + 1));
      if (ports.includes(port)) n++;
    }
    return n;
  } catch {
    return null;
  }
}
