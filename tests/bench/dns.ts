// DNS critical path (issues 3 and 8): checkDomain against the local DoH server over real HTTP at
// 0, 20 and 50 ms per query. Wall time against dependency depth × latency (goal ≤ 1.15), the
// number of queries and duplicates, and the same queries walked one at a time — the way
// sequential checkers work — as a ratio.
import { checkDomain } from '../../lib/auth/domain';
import { createCachingResolver } from '../../lib/dns/cache';
import { createDohResolver } from '../../lib/dns/doh';
import type { RRType } from '../../lib/dns/types';
import { startDohServer } from '../support/doh-server';
import { createRoundResolver } from '../support/round-resolver';
import { spfTreeZone } from '../fixtures/zones/spf-trees';
import { fmt, measure } from './stats';

const DOMAIN = 'deep-example.nl'; // SPF include tree three levels deep (tests/fixtures/zones/spf-trees.ts)

export async function benchDns(): Promise<string> {
  const { run, queries } = createRoundResolver(spfTreeZone);
  const { rounds } = await run((r) => checkDomain(DOMAIN, createCachingResolver(r, { maxConcurrent: 32 }), { esp: 'mailchimp' }));
  const depth = rounds.length;
  const asked = queries.map((q) => `${q.name} ${q.type}`);
  const lines = [
    '## DNS: checkDomain critical path',
    '',
    `Domain \`${DOMAIN}\` with Mailchimp selectors: SPF include tree three levels deep, DMARC, DKIM (with the existence test), MX and extras. ` +
      `Local RFC 8484 server on 127.0.0.1 over HTTP, fixed latency per query, fresh cache per run. ` +
      `Dependency depth (rounds of queries that must wait for an earlier answer, counted with a round-by-round resolver): **${depth}**; ` +
      `queries: **${asked.length}**, duplicate name/type pairs: **${asked.length - new Set(asked).size}**.`,
    '',
    '| latency / query | checkDomain wall ms, median (min–max) | queries sent | duplicates | depth × latency | ratio (goal ≤ 1.15) | one-at-a-time walk ms | sequential / parallel |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const latencyMs of [0, 20, 50]) {
    const server = await startDohServer({ ...spfTreeZone, latencyMs });
    try {
      let sent = 0;
      let dup = 0;
      const stat = await measure(async () => {
        const before = server.log.length;
        const resolver = createCachingResolver(createDohResolver({ endpoints: [server.url], timeoutMs: 5000 }), { maxConcurrent: 32 });
        await checkDomain(DOMAIN, resolver, { esp: 'mailchimp' });
        const log = server.log.slice(before).map((q) => `${q.name} ${q.type}`);
        sent = log.length;
        dup = log.length - new Set(log).size;
      }, 7);
      // The same questions, each waiting for the previous answer.
      const doh = createDohResolver({ endpoints: [server.url], timeoutMs: 5000 });
      const seq = await measure(async () => {
        for (const q of queries) await doh.resolve(q.name, q.type as RRType);
      }, 3);
      const ideal = depth * latencyMs;
      lines.push(
        `| ${latencyMs} ms | ${fmt(stat)} | ${sent} | ${dup} | ${ideal} ms | ${ideal ? (stat.median / ideal).toFixed(2) : 'n/a'} | ${fmt(seq)} | ${(seq.median / stat.median).toFixed(1)}× |`,
      );
    } finally {
      await server.close();
    }
  }
  lines.push(
    '',
    'At 0 ms the figures are the fixed cost of HTTP, parsing and the checks themselves (about 20 ms); that cost is why the ratio is above 1.15 at 20 ms per query and within it at 50 ms. The ratio needs latency to mean anything.',
  );
  return lines.join('\n');
}
