import { readdirSync, readFileSync } from "node:fs";

/** Linux clock ticks per second (USER_HZ), 100 on every common kernel. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** Own CPU time plus that of children it has waited for, in ticks. */
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const field = (n: number) => Number(fields[n - 3]);
    return { pid, ppid: field(4), ticks: field(14) + field(15) + field(16) + field(17) };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by a process and all its living descendants (and the
 * children it reaped): where the machine's two cores went during a load run.
 */
export function cpuSecondsOfTree(rootPid: number): number {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) {
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  }
  let ticks = 0;
  const stack = all.filter((s) => s.pid === rootPid);
  while (stack.length > 0) {
    const stat = stack.pop() as ProcStat;
    ticks += stat.ticks;
    stack.push(...(children.get(stat.pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}

/** The whole machine's CPU seconds so far, busy and in all (every core), from /proc/stat. */
export function machineCpuSeconds(): { busy: number; all: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, ...values] = line.trim().split(/\s+/);
  const ticks = values.slice(0, 8).map(Number);
  const all = ticks.reduce((sum, n) => sum + n, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: (all - idle) / TICKS_PER_SECOND, all: all / TICKS_PER_SECOND };
}

/**
 * CPU seconds per named part of the shape over a stretch of time, and what the rest of
 * the machine used meanwhile. A part whose process is replaced (killed, started again)
 * is banked just before, so its first process's seconds are kept.
 */
export class CpuLedger {
  private readonly startedAt = new Map<string, number>();
  private readonly banked = new Map<string, number>();
  private readonly machineAtStart = machineCpuSeconds();

  constructor(private readonly parts: Record<string, () => number>) {
    for (const [name, read] of Object.entries(parts)) this.startedAt.set(name, read());
  }

  bank(name: string): void {
    const used = (this.parts[name]?.() ?? 0) - (this.startedAt.get(name) ?? 0);
    this.banked.set(name, (this.banked.get(name) ?? 0) + used);
    // The next process of this part counts from its own start.
    this.startedAt.set(name, 0);
  }

  /** One line: each part's seconds, the machine's other work and its idle time. */
  report(wallSeconds: number): string {
    const machine = machineCpuSeconds();
    const used = Object.entries(this.parts).map(
      ([name, read]) =>
        [name, read() - (this.startedAt.get(name) ?? 0) + (this.banked.get(name) ?? 0)] as const,
    );
    const ours = used.reduce((sum, [, seconds]) => sum + seconds, 0);
    const busy = machine.busy - this.machineAtStart.busy;
    const all = machine.all - this.machineAtStart.all;
    const parts = used.map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(", ");
    return `CPU during the load (${wallSeconds.toFixed(0)} s, ${all.toFixed(0)} CPU s on all cores): ${parts}; the machine's other work ${Math.max(0, busy - ours).toFixed(0)} s, idle ${(all - busy).toFixed(0)} s`;
  }
}
