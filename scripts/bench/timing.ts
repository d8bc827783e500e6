/**
 * The benches' one timing loop. Every tool is warmed up the same way, then the tools run in turns
 * (A, B, B, A, A, B …: the order flips every round, so that neither always runs after the other's
 * garbage), and each tool's median wall and CPU time is reported with the median of the paired
 * ratios (this round's time of one tool over the same round's time of another). On a shared
 * machine the load changes from second to second; two runs in the same round see about the same
 * load, so their ratio is far steadier than the ratio of two medians taken one after the other,
 * and it does not hang on one tool's garbage-collector state.
 *
 * CPU time is this process's user + system time (process.cpuUsage) over the run: it includes V8's
 * helper threads (concurrent marking, parallel scavenges), and it does not grow when another
 * process takes the core, which wall time does.
 */
import { performance } from 'node:perf_hooks';

export interface Tool {
  name: string;
  run: () => unknown;
}

export interface WarmUp {
  /** At least this many runs of each tool … */
  runs: number;
  /** … and at least this many ms of each tool's runs. */
  ms: number;
}

/**
 * The default warm-up: five runs alone left a 1 000-word lint at 1.5–2× its steady time (V8 was
 * still optimising it), so the small drafts measured how fast each tool warms up.
 */
export const WARM_UP: WarmUp = { runs: 5, ms: 1000 };

export interface ToolTiming {
  name: string;
  /** Medians (ms). */
  wall: number;
  cpu: number;
  /** The fastest run's wall time (ms). */
  min: number;
  walls: number[];
  cpus: number[];
}

export interface Timings {
  runs: number;
  tools: ToolTiming[];
  /** Median over the rounds of tool `a`'s time / tool `b`'s time in the same round (by name or index). */
  ratio(a: string | number, b: string | number): { wall: number; cpu: number };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall and CPU time (ms) of one run. */
export function timeOnce(fn: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The order of the tools in round `round`: forwards, then backwards, and so on. */
const orderOf = (count: number, round: number): number[] => Array.from({ length: count }, (_, k) => (round % 2 ? count - 1 - k : k));

/**
 * Runs the tools in turns until each has had `warmUp.runs` runs and `warmUp.ms` ms of runs; a tool
 * that has had its warm-up sits the later rounds out (a 1 ms parse would otherwise make a 50 ms
 * tool run a thousand times).
 */
export function warmUp(tools: readonly Tool[], warm: WarmUp = WARM_UP): void {
  const spent = tools.map(() => 0);
  const warmed = (k: number, round: number) => round >= warm.runs && spent[k]! >= warm.ms;
  for (let round = 0; tools.some((_, k) => !warmed(k, round)); round++) {
    for (const k of orderOf(tools.length, round)) {
      if (warmed(k, round)) continue;
      const start = performance.now();
      tools[k]!.run();
      spent[k]! += performance.now() - start;
    }
  }
}

/** Warms the tools up, then times `runs` rounds of them in turns. */
export function inTurns(tools: readonly Tool[], runs: number, warm: WarmUp = WARM_UP): Timings {
  warmUp(tools, warm);
  const walls = tools.map((): number[] => []);
  const cpus = tools.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    for (const k of orderOf(tools.length, round)) {
      const { wall, cpu } = timeOnce(tools[k]!.run);
      walls[k]!.push(wall);
      cpus[k]!.push(cpu);
    }
  }
  const index = (tool: string | number) => {
    const k = typeof tool === 'number' ? tool : tools.findIndex((t) => t.name === tool);
    if (k < 0 || k >= tools.length) throw new Error(`no tool ${tool}`);
    return k;
  };
  return {
    runs,
    tools: tools.map(({ name }, k) => ({
      name,
      wall: median(walls[k]!),
      cpu: median(cpus[k]!),
      min: Math.min(...walls[k]!),
      walls: walls[k]!,
      cpus: cpus[k]!,
    })),
    ratio(a, b) {
      const [i, j] = [index(a), index(b)];
      return {
        wall: median(walls[i]!.map((w, r) => w / walls[j]![r]!)),
        cpu: median(cpus[i]!.map((c, r) => c / cpus[j]![r]!)),
      };
    },
  };
}
