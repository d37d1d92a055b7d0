// Benchmark (issue 17 "Speed"): a dropped 100,000-row ESP export merged with the page rows ≤ 1 s —
// bytes decoded, CSV parsed (lib/import's reader, on papaparse), columns found, rows merged by
// address.
import { isDisposableDomain } from '../../lib/hygiene/disposable';
import { readExportBytes, mergeBounces } from '../../lib/esp/export-file';
import type { BouncedAddress } from '../../lib/esp/types';
import { buildLocalExport } from '../../lib/export/local-export';
import { measure } from './stats';

/** A Campaign Monitor-shaped bounced export of `n` rows (fixed content, no randomness). */
export function syntheticExport(n: number): Uint8Array {
  const lines = ['"Email Address","Name","Bounce Type","Reason","Date"'];
  const reasons = ['Hard Bounce', 'Soft Bounce - Mailbox Full', 'Mail Block - Spam Detected', 'Soft Bounce - General'];
  for (let i = 0; i < n; i++)
    lines.push(
      `"contact${i}@domain${i % 7919}.be","Contact ${i}","${i % 3 ? 'Soft' : 'Hard'}","${reasons[i % 4]}","2026-03-10 09:${String(i % 60).padStart(2, '0')}:00"`,
    );
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Median/min/max ms to read and merge a 100,000-row export with the 10 rows a page showed. */
export async function benchListsMerge(
  rows = 100_000,
): Promise<{ name: string; medianMs: number; minMs: number; maxMs: number; runs: number }> {
  const bytes = syntheticExport(rows);
  const page: BouncedAddress[] = Array.from({ length: 10 }, (_, i) => ({
    email: `contact${i * 97}@domain${(i * 97) % 7919}.be`,
    espType: 'soft',
  }));
  const s = await measure(async () => {
    const r = await readExportBytes(bytes);
    if (!r.ok) throw new Error(r.error.kind);
    const m = mergeBounces(page, r.file.rows);
    if (m.rows.length !== rows) throw new Error(`merged ${m.rows.length}`);
  }, 5);
  return {
    name: `dropped ${rows.toLocaleString('en')}-row export read and merged`,
    medianMs: s.median,
    minMs: s.min,
    maxMs: s.max,
    runs: s.runs,
  };
}

/**
 * The big-list export path (issue 14 "Speed and memory"): 300,000 addresses triaged and written
 * where they are, only distinct domains sent out (stubbed lookup), with the largest message size.
 */
export async function benchBigListExport(rows = 300_000): Promise<{
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  largestMessageBytes: number;
}> {
  const items: BouncedAddress[] = Array.from({ length: rows }, (_, i) => ({
    email: `p${i}@firma${i % 20_000}.be`,
    espType: i % 3 ? 'soft' : 'hard',
    code: i % 3 ? '4.2.2' : '5.1.1',
  }));
  let largest = 0;
  const s = await measure(
    () =>
      buildLocalExport(items, {
        lookup: async (d) => (
          (largest = Math.max(largest, JSON.stringify({ type: 'export-domain-facts', domains: d, dns: false }).length)),
          { disposable: d.filter(isDisposableDomain) }
        ),
      }),
    3,
    0,
  );
  return {
    name: `${rows.toLocaleString('en')}-address export written in the tab`,
    medianMs: s.median,
    minMs: s.min,
    maxMs: s.max,
    runs: s.runs,
    largestMessageBytes: largest,
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  benchListsMerge().then(async (r) => console.log(r, await benchBigListExport()));
