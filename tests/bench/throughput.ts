// Throughput and memory (issues 7 and 8): triage + flags + CSV of 100,000 addresses (goal ≤ 1 s,
// ≤ 150 MB), repeated exports (no growth), the list audit of 100,000 rows (goal ≤ 2 s, DNS
// excluded) and 1,000,000 rows streamed (goal ≤ 300 MB). Each case in its own process.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { fmt, summarize } from './stats';

// The worker is bundled to plain JavaScript first, so the measured process holds the product
// code and Node, not a TypeScript loader.
const WORKER = '.bench-tmp/throughput-worker.mjs';

function runCase(name: string, heapMb?: number): Record<string, unknown> & { times?: number[]; maxRssMb: number } {
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const out = execFileSync(process.execPath, ['--expose-gc', ...heap, WORKER, name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export function benchThroughput(): string {
  buildSync({
    entryPoints: ['tests/bench/throughput-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: WORKER,
    logLevel: 'silent',
  });
  const exp = runCase('export-100k');
  // V8 grows its heap lazily when memory is plentiful; the same run with the heap capped shows
  // what the export really needs.
  // A run that does not fit is a result, not a crash: reported as out of memory at that cap.
  const cappedAt = (mb: number) => {
    try {
      return { mb, ...runCase('export-100k', mb) } as ReturnType<typeof runCase> & { mb: number };
    } catch {
      return undefined;
    }
  };
  const capped = cappedAt(96) ?? cappedAt(128);
  const cappedNote = capped?.mb === 96 ? '' : ' — out of memory at 96 MB';
  const repeat = runCase('export-repeat');
  const audit = runCase('audit-100k');
  const stream = runCase('stream-1m');
  const s = (r: { times?: number[] }) => summarize(r.times ?? []);
  return [
    "## Throughput and memory (Node, same code as the extension's background)",
    '',
    "Addresses generated with a fixed seed: real reply wordings from the fixtures, 60 % big mailbox providers (typos and a disposable domain among them), 40 % spread over 2,000 company domains. Peak memory is the process's maximum resident set (Node itself included).",
    '',
    '| case | ms, median (min–max) | goal | peak RSS | goal |',
    '|---|---|---|---|---|',
    `| triage + flags + CSV, 100,000 addresses (5 runs) | ${fmt(s(exp))} | ≤ 1000 | ${exp.maxRssMb} MB (Node at start of the work: ${exp.baseRssMb} MB) | ≤ 150 MB |`,
    capped
      ? `| the same with the JS heap capped at ${capped.mb} MB${cappedNote} (5 runs) | ${fmt(s(capped))} | ≤ 1000 | ${capped.maxRssMb} MB (Node and the 100,000 input addresses before the export: ${capped.baseRssMb} MB) | ≤ 150 MB |`
      : '| the same with the JS heap capped at 96 or 128 MB | out of memory | ≤ 1000 | – | ≤ 150 MB |',
    `| list audit (hygiene flags), 100,000 rows (5 runs) | ${fmt(s(audit))} | ≤ 2000 | ${audit.maxRssMb} MB | – |`,
    `| 1,000,000 rows triaged and streamed as CSV (1 run, ${stream.megabytesOut} MB of CSV) | ${fmt(s(stream))} | – | ${stream.maxRssMb} MB | ≤ 300 MB |`,
    '',
    `Repeated exports of 100,000 addresses, heap after each (MB, after GC): ${(repeat.heapAfterEachMb as number[]).join(', ')} — peak RSS ${repeat.maxRssMb} MB.`,
    '',
    `Verdict on the 150 MB goal: measured as the whole process's peak RSS it is ${exp.maxRssMb <= 150 ? 'met' : 'not met'} with Node's default heap (V8 grows the heap lazily when memory is plentiful)` +
      (capped
        ? ` and ${capped.maxRssMb <= 150 ? 'met' : 'not met'} with the heap capped at ${capped.mb} MB${cappedNote}; in the capped run the export itself adds ${Math.round((capped.maxRssMb - (capped.baseRssMb as number)) * 10) / 10} MB to the ${capped.baseRssMb} MB that Node and the input already took.`
        : '; it does not run with the heap capped at 96 or 128 MB.'),
  ].join('\n');
}
