// List audit benchmarks (issue 14 "Speed and memory"): 100,000 CRM rows audited in process
// without DNS (goal ≤ 2 s: parse + flags + segments + summary + plan), and 1,000,000 rows through
// the command line as a user runs it (bin.mjs, tsx included), both passes and every --out file
// (goal ≤ 300 MB peak RSS). The lead wires these into `npm run bench` (tests/bench/run.ts).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesSource } from '../../lib/import/bytes';
import { inspectCsv } from '../../lib/import/csv';
import { runListAudit } from '../../lib/audit/run';
import { seeded } from '../support/generate-bounces';
import { summarize, type BenchResult } from './stats';

export type { BenchResult };

const BIG = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'telenet.be',
  'skynet.be',
  'yahoo.com',
  'ziggo.nl',
  'kpnmail.nl',
  'hotmail.be',
  'icloud.com',
];
const ODD = ['gmial.com', 'hotmial.com', 'telnet.be', 'yopmail.com', 'mailinator.com'];
const NAMES = ['Jan', 'Els', 'Gaëlle', 'Séverine', 'Koen', 'Françoise', 'Noël', 'Lien'];

/** CRM-shaped rows (";" separated, Dutch headers): 55 % big providers, 40 % 5,000 company domains, 5 % typos and disposables. */
export function* crmRows(n: number, seed = 7): Generator<string> {
  const rnd = seeded(seed);
  yield 'Voornaam;E-mailadres;Laatste activiteit;Aangemaakt op;Klant;Opmerking\r\n';
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const domain =
      r < 0.55
        ? BIG[Math.floor(rnd() * BIG.length)]!
        : r < 0.95
          ? `bedrijf${Math.floor(rnd() * 5000)}.be`
          : ODD[Math.floor(rnd() * ODD.length)]!;
    const local = rnd() < 0.04 ? 'info' : `klant.${i % 700_000}`; // some duplicates
    const days = Math.floor(rnd() * 900);
    const d = new Date(Date.UTC(2026, 10, 30) - days * 86_400_000);
    const act =
      rnd() < 0.3
        ? ''
        : `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const note = i % 500 === 0 ? '"belt liever; niet\nna 17u"' : '';
    yield `${NAMES[i % NAMES.length]};${local}@${domain};${act};2021-03-04 10:00;${rnd() < 0.1 ? 'Ja' : 'Nee'};${note}\r\n`;
  }
}

/** 100,000 rows audited in process, no DNS (5 runs after a warm-up). */
export async function benchAudit100k(): Promise<BenchResult> {
  const text = [...crmRows(100_000)].join('');
  const bytes = new TextEncoder().encode(text);
  const src = bytesSource(bytes);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const ins = await inspectCsv(src);
    if (!ins.ok) throw new Error('bench list unreadable');
    const g = ins.layout.guess;
    await runListAudit(
      src,
      ins.layout,
      { email: g.email!, lastActivity: g.lastActivity, created: g.created, customer: g.customer },
      { now: Date.UTC(2026, 10, 30) },
    );
    const used = process.cpuUsage(c);
    if (i > 0) {
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const s = summarize(times);
  return {
    name: 'list audit, 100,000 rows, no DNS',
    medianMs: s.median,
    minMs: s.min,
    maxMs: s.max,
    runs: s.runs,
    cpuMs: summarize(cpu).median,
  };
}

/** 1,000,000 rows through `deliverability-lens audit --no-dns --out DIR` (1 run); peak RSS of the CLI process. */
export function benchCli1m(): BenchResult & { megabytesIn: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dl-bench-'));
  const file = join(dir, 'crm-1m.csv');
  const fd = openSync(file, 'w');
  let bytes = 0;
  let buf = '';
  for (const line of crmRows(1_000_000)) {
    buf += line;
    if (buf.length > 1 << 20) {
      bytes += writeSync(fd, buf);
      buf = '';
    }
  }
  bytes += writeSync(fd, buf);
  closeSync(fd);
  try {
    const t = performance.now();
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [
          '--import',
          './tests/bench/report-rss.mjs',
          'lib/cli/bin.mjs',
          'audit',
          file,
          '--no-dns',
          '--out',
          join(dir, 'out'),
          '--today',
          '2026-11-30',
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
        },
      );
    } catch (e) {
      // Exit 1 = problems found (the list has typos): expected.
      const err = e as { status?: number; stderr?: string };
      if (err.status !== 1) throw e;
      stderr = err.stderr ?? '';
    }
    const ms = performance.now() - t;
    const rss = Number(/PEAK_RSS_MB=([\d.]+)/.exec(stderr)?.[1]);
    return {
      name: 'CLI audit, 1,000,000 rows, --out (both passes, every file)',
      medianMs: ms,
      minMs: ms,
      maxMs: ms,
      runs: 1,
      peakRssMb: rss,
      megabytesIn: Math.round((bytes / 2 ** 20) * 10) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section for BENCHMARKS.md. */
export async function benchAuditSection(): Promise<string> {
  const a = await benchAudit100k();
  const c = benchCli1m();
  const f = (x: number) => x.toFixed(1);
  return [
    '## List audit (issue 14)',
    '',
    'CRM-shaped rows generated with a fixed seed (";" separated, Dutch headers, dates, a quoted note with a line break every 500 rows): 55 % big mailbox providers, 40 % spread over 5,000 company domains, 5 % typo and disposable domains, some duplicates.',
    '',
    '| case | ms, median (min–max) | CPU ms | goal | peak RSS | goal |',
    '|---|---|---|---|---|---|',
    `| ${a.name} (${a.runs} runs): read, flags, segments, summary, plan | ${f(a.medianMs)} (${f(a.minMs)}–${f(a.maxMs)}) | ${f(a.cpuMs!)} | ≤ 2000 | – | – |`,
    `| ${c.name}, ${c.megabytesIn} MB in (1 run) | ${f(c.medianMs)} | – | – | ${c.peakRssMb} MB | ≤ 300 MB |`,
    '',
    "DNS is left out of both: it is one MX query per distinct domain that is not a big provider known by name, 24 in flight (lib/audit/run.ts), so its cost is the resolver's latency × distinct company domains ÷ 24.",
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAuditSection().then((s) => console.log(s));
}
