import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../lib/import/bytes';
import { inspectCsv, type CsvLayout } from '../../../lib/import/csv';
import { auditedRows, runListAudit } from '../../../lib/audit/run';
import { bounceScale } from '../../../lib/audit/findings';
import { createListAuditor, createRowJudge } from '../../../lib/audit/audit';
import { createZoneResolver } from '../../../lib/dns/zone';
import { crmListZone } from '../../fixtures/zones/crm-list';

const expected = JSON.parse(readFileSync('tests/fixtures/lists/crm-export-nl-1252.expected.json', 'utf8'));
const now = Date.parse(`${expected.today}T00:00:00Z`);
const src = bytesSource(new Uint8Array(readFileSync('tests/fixtures/lists/crm-export-nl-1252.csv')), 16384);

async function layout(): Promise<CsvLayout> {
  const r = await inspectCsv(src);
  if (!r.ok) throw new Error('unreadable');
  return r.layout;
}
const columns = { email: 2, lastActivity: 4, created: 5, customer: 6 };

describe('list audit of the article-shaped CRM export (fixture counts by construction)', () => {
  it('flags, bounce share, engagement shares, segments and provider mix', async () => {
    const zone = createZoneResolver(crmListZone);
    const progress: string[] = [];
    const run = await runListAudit(src, await layout(), columns, {
      now,
      resolver: zone,
      onProgress: (p) => progress.push(p.phase),
    });
    const s = run.summary;
    expect([s.rows, s.noEmail, s.addresses, s.distinct, s.kept, s.removed]).toEqual([
      expected.rows,
      expected.noEmail,
      expected.addresses,
      expected.distinct,
      expected.kept,
      expected.removed,
    ]);
    expect(s.flags).toEqual(expected.flags);
    // 382 of 1,960 = 19.49 %, shown as 19.5 %: "nearly 20 % — a disaster" on the article's scale.
    expect(s.expectedHardBounce).toEqual({ count: 382, share: 382 / 1960, scale: 'disaster' });
    const e = expected.engagement;
    expect(s.engagement).toEqual({
      silent6m: { count: e.silent6m, share: e.silent6m / e.valid },
      never: { count: e.never, share: e.never / e.valid },
      neverOld: { count: e.neverOld, share: e.neverOld / e.valid },
    });
    expect(s.segments).toEqual(expected.segments);
    expect(Object.fromEntries(Object.entries(s.providers).filter(([, n]) => n > 0))).toEqual(expected.providers);
    expect(s.domains).toEqual({ distinct: 21, lookedUp: 15, dead: 4, unknown: 1 });
    // One MX query per distinct domain that is not a known big provider (A/AAAA only for the parked one).
    const mxAsked = zone.queries.filter((q) => q.type === 'MX').map((q) => q.name);
    expect(mxAsked).toHaveLength(15);
    expect(new Set(mxAsked).size).toBe(15);
    expect(mxAsked).not.toContain('gmail.com');
    expect(zone.queries.filter((q) => q.type !== 'MX')).toEqual([
      { name: 'parked-domein.be', type: 'A' },
      { name: 'parked-domein.be', type: 'AAAA' },
    ]);
    expect(progress[0]).toBe('read');
    expect(progress.at(-1)).toBe('dns');
    expect(s.findings.map((f) => f.id)).toEqual([
      'hard-bounce-expected',
      'dead-domains',
      'syntax',
      'typos',
      'disposable',
      'duplicates',
      'role-addresses',
      'silent-contacts',
      'never-engaged-old',
      'unknown-domains',
      'out-of-reach',
    ]);
  });

  it('pass 2 gives every row the verdict the summary counted', async () => {
    const zone = createZoneResolver(crmListZone);
    const l = await layout();
    const run = await runListAudit(src, l, columns, { now, resolver: zone });
    const counts: Record<string, number> = {};
    let kept = 0;
    for await (const batch of auditedRows(src, l, columns, { now, liveness: run.liveness })) {
      for (const { audited } of batch) {
        if (!audited) continue;
        const k = audited.removed ?? audited.segment!;
        counts[k] = (counts[k] ?? 0) + 1;
        if (!audited.removed) kept++;
      }
    }
    expect(kept).toBe(expected.kept);
    expect(counts).toEqual({
      ...Object.fromEntries(Object.entries(expected.segments).filter(([, n]) => (n as number) > 0)),
      syntax: 12,
      duplicate: 25,
      'domain-dead': 340,
      typo: 30,
      disposable: 8,
    });
  });

  it('without DNS nothing is "dead" and company domains are of unknown provider', async () => {
    const run = await runListAudit(src, await layout(), columns, { now });
    expect(run.summary.flags['domain-dead']).toBe(0);
    expect(run.summary.providers.unknown).toBe(4 * 155 + 20 + 340);
    expect(run.summary.findings.map((f) => f.id)).toContain('no-dns');
  });

  it('a failed lookup is unknown, never dead: a resolver that fails everything kills nothing', async () => {
    const broken = { resolve: () => Promise.reject(new Error('network down')) };
    const run = await runListAudit(src, await layout(), columns, { now, resolver: broken });
    expect(run.summary.flags['domain-dead']).toBe(0);
    expect(run.summary.domains).toEqual({ distinct: 21, lookedUp: 15, dead: 0, unknown: 15 });
  });

  it('stops asking when cancelled', async () => {
    const ctl = new AbortController();
    let asked = 0;
    const slow = {
      resolve: async () => {
        asked++;
        ctl.abort();
        return { rcode: 'NOERROR' as const, records: [] };
      },
    };
    const run = await runListAudit(src, await layout(), columns, {
      now,
      resolver: slow,
      signal: ctl.signal,
      concurrency: 16,
    });
    expect(run.aborted).toBe(true);
    expect(asked).toBeLessThanOrEqual(16);
  });
});

describe("the article's scale, compared as displayed (one decimal)", () => {
  it.each([
    [0.0194, 'normal'],
    [0.01949, 'normal'],
    [0.0195, 'alarm-line'],
    [0.02, 'alarm-line'],
    [0.0304, 'alarm-line'],
    [0.0305, 'alarm'],
    [0.0994, 'alarm'],
    [0.0995, 'bad'],
    [0.1944, 'bad'],
    [0.1945, 'disaster'],
    [0.196, 'disaster'],
  ])('%f → %s', (share, scale) => expect(bounceScale(share)).toBe(scale));
});

describe('segments and verdicts of single contacts', () => {
  const day = 86_400_000;
  const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);
  it.each([
    [['a@bakkerij.be', fmt(now - 5 * day), '', 'Nee'], 'customers-30'],
    [['a@bakkerij.be', fmt(now - 400 * day), '', 'Ja'], 'customers-30'],
    [['a@bakkerij.be', fmt(now - 31 * day), '', 'Nee'], 'active-90'],
    [['a@bakkerij.be', fmt(now - 100 * day), '', 'Nee'], 'active-180'],
    [['a@bakkerij.be', fmt(now - 181 * day), '', 'Nee'], 'reconfirm'],
    [['a@bakkerij.be', '', fmt(now - 60 * day), 'Nee'], 'new-unengaged'],
    [['a@bakkerij.be', '', fmt(now - 250 * day), 'Nee'], 'reconfirm'],
    [['a@bakkerij.be', '', fmt(now - 400 * day), 'Nee'], 'do-not-mail'],
    [['a@bakkerij.be', '', '', 'Nee'], 'reconfirm'],
  ])('%j → %s', (row, segment) => {
    expect(createRowJudge({ columns: { email: 0, lastActivity: 1, created: 2, customer: 3 }, now })(row)?.segment).toBe(
      segment,
    );
  });

  it('without an activity column everyone but customers is of unknown engagement', () => {
    const a = createListAuditor({ columns: { email: 0, customer: 1 }, now });
    for (const r of [
      ['a@x.be', 'Ja'],
      ['b@x.be', 'Nee'],
      ['c@x.be', ''],
    ])
      a.add(r);
    const s = a.finish();
    expect([s.segments['customers-30'], s.segments.undated, s.engagement]).toEqual([1, 2, undefined]);
    expect(s.findings.map((f) => f.id)).toContain('no-engagement-data');
  });
});
