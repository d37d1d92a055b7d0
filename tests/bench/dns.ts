// DNS critical path (issues 3, 8 and 12): checkDomain against the local DoH server over real HTTP
// at 20 and 50 ms per query, against dependency depth × latency (goals ≤ 1.3 at 20 ms and ≤ 1.15
// at 50 ms). Runs are interleaved (20, 50, silent-first, 20, 50, …) so a load spike on this shared
// machine hits every figure alike; medians of at least 9 runs, with the load average printed.
// Also: what a silent first endpoint costs (hedged resolvers, issue 12 §6).
import { loadavg } from 'node:os';
import { checkDomain } from '../../lib/auth/domain';
import { createDohResolver } from '../../lib/dns/doh';
import { startDohServer } from '../support/doh-server';
import { createRoundResolver } from '../support/round-resolver';
import { spfTreeZone } from '../fixtures/zones/spf-trees';
import { fmt, summarize } from './stats';

export const BENCH_DOMAIN = 'deep-example.nl'; // SPF include tree three levels deep (tests/fixtures/zones/spf-trees.ts)

/** Dependency depth of the bench check: rounds of queries that wait for an earlier answer. */
export async function dependencyDepth(): Promise<{ depth: number; queries: number }> {
  const { run, queries } = createRoundResolver(spfTreeZone);
  const { rounds } = await run((r) => checkDomain(BENCH_DOMAIN, r, { esp: 'mailchimp' }));
  return { depth: rounds.length, queries: queries.length };
}

/** "load 3.2 / 2.9 / 2.5" — the machine's 1, 5 and 15 minute load averages. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`;
}

/** The node path: fresh resolver per run (no cache), the way a first check of a domain goes. */
export async function benchDns(runs = 9): Promise<string> {
  const { depth, queries } = await dependencyDepth();
  const s20 = await startDohServer({ ...spfTreeZone, latencyMs: 20 });
  const s50 = await startDohServer({ ...spfTreeZone, latencyMs: 50 });
  const silent = await startDohServer({ nodes: {} });
  silent.setFault('timeout');
  const times: Record<'20' | '50' | 'silent' | 'plain', number[]> = { '20': [], '50': [], silent: [], plain: [] };
  const loadBefore = loadLine();
  const once = async (endpoints: string[]) => {
    const t = performance.now();
    await checkDomain(BENCH_DOMAIN, createDohResolver({ endpoints, timeoutMs: 4000 }), { esp: 'mailchimp' });
    return performance.now() - t;
  };
  try {
    await once([s50.url]); // warm-up: module loading, sockets
    for (let i = 0; i < runs; i++) {
      times['20'].push(await once([s20.url]));
      times['50'].push(await once([s50.url]));
      times.silent.push(await once([silent.url, s50.url]));
      times.plain.push(await once([s50.url]));
    }
  } finally {
    await Promise.all([s20.close(), s50.close(), silent.close()]);
  }
  const st = (k: keyof typeof times) => summarize(times[k]);
  const row = (ms: number, s: ReturnType<typeof summarize>, goal: number) =>
    `| ${ms} ms | ${fmt(s)} | ${depth * ms} ms | ${(s.median / (depth * ms)).toFixed(2)} | ≤ ${goal} |`;
  const extra = st('silent').median - st('plain').median;
  return [
    '## DNS: checkDomain critical path (node)',
    '',
    `Domain \`${BENCH_DOMAIN}\` with Mailchimp: SPF include tree three levels deep, DMARC, DKIM (with the existence test), MX and extras; ` +
      `${queries} questions, each asked once; dependency depth **${depth}** (counted with a round-by-round resolver). ` +
      `Local RFC 8484 server on 127.0.0.1 (HTTP/1.1), fixed latency per query, no cache. ${runs} interleaved runs each; ${loadBefore} before, ${loadLine()} after.`,
    '',
    '| latency / query | wall ms, median (min–max) | depth × latency | ratio | goal |',
    '|---|---|---|---|---|',
    row(20, st('20'), 1.3),
    row(50, st('50'), 1.15),
    '',
    `Silent first endpoint (accepts, never answers) before the 50 ms one: ${fmt(st('silent'))} ms against ${fmt(st('plain'))} ms without it — ` +
      `**${extra.toFixed(0)} ms** extra per check (one hedge delay of 300 ms, then the endpoint is asked last).`,
  ].join('\n');
}
