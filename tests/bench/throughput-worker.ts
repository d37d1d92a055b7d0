// One throughput case per process (so maxRSS is that case's peak): node --expose-gc --import tsx
// tests/bench/throughput-worker.ts <case>. Prints one JSON line with times (ms) and memory (MB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRows, writeExport } from '../../lib/export/bounce-export';
import { csvRecords } from '../../lib/export/csv';
import { EXPORT_COLUMNS } from '../../lib/export/bounce-export';
import { createHygieneChecker } from '../../lib/hygiene/flags';
import { isDisposableDomain } from '../../lib/hygiene/disposable';
import type { BouncedAddress } from '../../lib/esp/types';
import { seeded } from '../support/generate-bounces';
import { registerAllPacks } from '../../lib/i18n/packs/all';

// The texts (CSV headers and values among them) are read from the registered language packs.
registerAllPacks();

const rows = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/esp/bounce-rows.json'), 'utf8')) as {
  email: string;
  espType: 'hard' | 'soft';
  diagnostic: string;
}[];
const DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'telenet.be',
  'skynet.be',
  'yahoo.com',
  'ziggo.nl',
  'kpnmail.nl',
  'gmial.com',
  'hotmial.com',
  'mailinator.com',
];

/** n bounced addresses: realistic replies, 2,000 distinct company domains plus the big providers. */
function* addresses(n: number, seed = 3): Generator<BouncedAddress> {
  const rnd = seeded(seed);
  for (let i = 0; i < n; i++) {
    const r = rows[Math.floor(rnd() * rows.length)]!;
    const domain = rnd() < 0.6 ? DOMAINS[Math.floor(rnd() * DOMAINS.length)]! : `bedrijf${Math.floor(rnd() * 2000)}.be`;
    const email = `${rnd() < 0.05 ? 'info' : `klant.${i}`}@${domain}`;
    yield { email, espType: r.espType, reason: r.diagnostic.replace(r.email, email), date: '2026-03-10' };
  }
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const cases: Record<string, () => Record<string, unknown>> = {
  'export-100k': () => {
    const items = [...addresses(100_000)];
    gc();
    const base = process.memoryUsage().rss;
    const times = [0, 1, 2, 3, 4, 5]
      .map(() =>
        time(() =>
          writeExport(items, { isDisposable: isDisposableDomain, campaign: 'Bench', delimiter: ';', bom: true }),
        ),
      )
      .slice(1);
    return { times, baseRssMb: mb(base) };
  },
  'export-repeat': () => {
    const items = [...addresses(100_000)];
    const heap: number[] = [];
    for (let i = 0; i < 6; i++) {
      writeExport(items, { isDisposable: isDisposableDomain, campaign: 'Bench' });
      gc();
      heap.push(mb(process.memoryUsage().heapUsed));
    }
    return { heapAfterEachMb: heap };
  },
  'audit-100k': () => {
    const emails = [...addresses(100_000)].map((a) => a.email);
    const times = [0, 1, 2, 3, 4, 5]
      .map(() =>
        time(() => {
          const h = createHygieneChecker(isDisposableDomain);
          for (const e of emails) h.check(e);
        }),
      )
      .slice(1);
    return { times };
  },
  'stream-1m': () => {
    let bytes = 0;
    const t = time(() => {
      for (const chunk of csvRecords(
        exportRows(addresses(1_000_000), { isDisposable: isDisposableDomain, campaign: 'Bench' }),
        [...EXPORT_COLUMNS],
        {
          delimiter: ',',
        },
      ))
        bytes += chunk.length;
    });
    return { times: [t], megabytesOut: mb(bytes) };
  },
};

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) throw new Error(`unknown case ${name}`);
const out = run();
console.log(JSON.stringify({ name, ...out, maxRssMb: mb(process.resourceUsage().maxRSS * 1024) }));
