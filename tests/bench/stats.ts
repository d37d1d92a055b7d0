// Shared helpers for benchmarks: repeated runs, median/min/max, and the machine header.
import { cpus, loadavg, totalmem } from 'node:os';

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs and returns the timing statistics (ms). */
export async function measure(fn: () => Promise<unknown> | unknown, runs = 7, warmup = 1): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return summarize(times);
}

/** Median, min and max of some numbers. */
export function summarize(values: number[]): Stat {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return {
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    min: s[0]!,
    max: s[s.length - 1]!,
    runs: s.length,
  };
}

/** "12.3 (11.9–13.0)" */
export function fmt(s: Stat, digits = 1): string {
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

/** The machine the figures were measured on. */
export function machine(): string {
  const c = cpus();
  return `${c[0]?.model ?? 'unknown CPU'} × ${c.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** The load average now: printed beside figures measured on a shared machine. */
export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** A benchmark result as the area benchmarks return it. */
export interface BenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  peakRssMb?: number;
  /** CPU time (user + system) per run, median: what the work costs on a machine shared with others. */
  cpuMs?: number;
  goal?: string;
  note?: string;
}

/** A BENCHMARKS.md section from area results, with the load average when they were taken. */
export function resultsSection(title: string, results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.medianMs.toFixed(1)} (${r.minMs.toFixed(1)}–${r.maxMs.toFixed(1)}) | ${r.runs} | ${
        r.peakRssMb !== undefined ? r.peakRssMb.toFixed(0) : '–'
      } | ${r.goal ?? ''} | ${r.note ?? ''} |`,
  );
  return [
    `## ${title}`,
    '',
    `Load average (1/5/15 min) after the runs: ${load()}.`,
    '',
    '| what | ms: median (min–max) | runs | peak RSS MB | goal | note |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
