// The big-list export path (issue 14 "Speed and memory"): the rows stay where they are; only
// distinct domains go out, in bounded batches; providers per domain from one MX lookup; the
// breakdown per provider and the bulk rules from the audience, never from the bounces alone.
import { describe, expect, it } from 'vitest';
import {
  buildLocalExport,
  distinctDomains,
  localDomainAnswers,
  resolveDomains,
} from '../../../lib/export/local-export';
import { isDisposableDomain } from '../../../lib/hygiene/disposable';
import { factsOfDomains, lookupName } from '../../../lib/export/domain-facts';
import { audienceMix, bulkSenderByProvider, providerBreakdown } from '../../../lib/export/provider-breakdown';
import { createZoneResolver } from '../../../lib/dns/zone';
import { MAILBOX_PROVIDERS } from '../../fixtures/zones/mailbox-providers';
import type { BouncedAddress } from '../../../lib/esp/types';
import { loadExpected } from '../../support/load-fixture';

const rows = loadExpected('bounce-rows.json') as { email: string; espType: 'hard' | 'soft'; diagnostic: string }[];
const bounces: BouncedAddress[] = rows.map((r) => ({ email: r.email, espType: r.espType, reason: r.diagnostic }));
const zone = {
  nodes: {
    ...MAILBOX_PROVIDERS,
    'kapot-dns.be': { fault: 'servfail' as const },
    'xn--caf-dma.be': { MX: [{ preference: 10, exchange: 'cafe-be.mail.protection.outlook.com' }] },
  },
};

describe('domain facts', () => {
  it('one MX lookup per domain: alive, dead (NXDOMAIN), unknown (SERVFAIL), punycode for IDN', async () => {
    const resolver = createZoneResolver(zone);
    const f = await factsOfDomains(
      ['drukkerij-lambrecht.be', 'vdberghe-bouw.be', 'kapot-dns.be', lookupName('café.be')!],
      resolver,
    );
    expect(f).toEqual({
      'drukkerij-lambrecht.be': {
        liveness: { state: 'alive' },
        exchanges: ['drukkerij-lambrecht-be.mail.protection.outlook.com'],
      },
      'vdberghe-bouw.be': { liveness: { state: 'dead', why: 'nxdomain' } },
      'kapot-dns.be': {
        liveness: {
          state: 'unknown',
          problem: { kind: 'rcode', detail: 'SERVFAIL', endpoint: 'zone', name: 'kapot-dns.be', type: 'MX' },
        },
      },
      'xn--caf-dma.be': { liveness: { state: 'alive' }, exchanges: ['cafe-be.mail.protection.outlook.com'] },
    });
    expect(resolver.queries.filter((q) => q.type === 'MX')).toHaveLength(4);
  });
});

describe('buildLocalExport', () => {
  const answers = localDomainAnswers(isDisposableDomain, createZoneResolver(zone));
  it('sends only distinct, unknown domains, in batches no larger than asked, with progress', async () => {
    const resolver = createZoneResolver(zone);
    const many: BouncedAddress[] = [
      ...bounces,
      ...bounces.map((b) => ({ ...b, email: b.email.toUpperCase() })),
      { email: 'x@kapot-dns.be', espType: 'soft' },
      { email: 'y@café.be', espType: 'soft' },
    ];
    const batches: string[][] = [];
    const progress: [number, number][] = [];
    const out = await buildLocalExport(many, {
      batchSize: 3,
      lookup: async (domains, signal) => (batches.push(domains), answers(domains, signal)),
      onProgress: (d, t) => progress.push([d, t]),
      coverage: { read: many.length, stated: 392, complete: false },
    });
    // gmail, hotmail, outlook, yahoo, telenet, skynet are known by name: no lookup at all.
    expect(batches).toEqual([
      ['vdberghe-bouw.be', 'gmial.com', 'oudeklant-bvba.be'],
      ['leverancier-nl.nl', 'drukkerij-lambrecht.be', 'kapot-dns.be'],
      ['xn--caf-dma.be'],
    ]);
    expect(progress).toEqual([
      [0, 7],
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(out.rows).toBe(26);
    expect(out.domainsUnchecked).toBe(1);
    expect(Object.fromEntries(out.providers)).toEqual({
      'gmail.com': 'gmail',
      'hotmail.com': 'outlook-com',
      'telenet.be': 'telenet',
      'yahoo.com': 'yahoo',
      'outlook.com': 'outlook-com',
      'vdberghe-bouw.be': 'unknown',
      'gmial.com': 'unknown',
      'oudeklant-bvba.be': 'other',
      'skynet.be': 'proximus',
      'leverancier-nl.nl': 'other',
      'drukkerij-lambrecht.be': 'microsoft-365',
      'kapot-dns.be': 'unknown',
      'café.be': 'microsoft-365',
    });
    expect(out.csv.split('\r\n')[6]).toContain(',unknown,,,remove in CRM,26 of 392 — incomplete');
    expect(out.csv).toContain('domain-dead');
  });

  it('cancel stops between batches and writes nothing', async () => {
    const ctl = new AbortController();
    const out = await buildLocalExport(bounces, {
      batchSize: 1,
      signal: ctl.signal,
      lookup: async () => (ctl.abort(), { disposable: [] }),
    });
    expect([out.cancelled, out.rows, out.csv]).toEqual([true, 0, '']);
  });

  it('handles 300,000 addresses without ever building one message of them', async () => {
    const big: BouncedAddress[] = Array.from({ length: 300_000 }, (_, i) => ({
      email: `p${i}@firma${i % 2000}.be`,
      espType: 'hard',
    }));
    let largest = 0;
    let messages = 0;
    const out = await resolveDomains(big, {
      lookup: async (d) => (
        (largest = Math.max(largest, JSON.stringify(d).length)),
        messages++,
        { disposable: [], facts: {} }
      ),
    });
    expect([out.domains, out.domainsUnchecked, messages]).toEqual([2000, 2000, 4]);
    expect(distinctDomains(big).size).toBe(2000);
    expect(largest).toBeLessThan(16_000); // 500 domains a message, not 300,000 rows
  });
});

describe('provider breakdown', () => {
  it('"Microsoft refused 38 of your 41 blocked mails": blocks per provider, grouped by operator', () => {
    const block = (email: string): BouncedAddress => ({
      email,
      espType: 'soft',
      code: '5.7.515',
      reason: '550 5.7.515 Access denied, sending domain does not meet the required authentication level',
    });
    const items = [
      ...Array.from({ length: 30 }, (_, i) => block(`a${i}@bedrijf.be`)),
      ...Array.from({ length: 8 }, (_, i) => block(`b${i}@hotmail.com`)),
      ...Array.from({ length: 3 }, (_, i) => block(`c${i}@gmail.com`)),
      { email: 'd@gmail.com', espType: 'soft', code: '4.7.28', reason: '421 4.7.28 unusual rate of unsolicited mail' },
      { email: 'e@gmail.com', espType: 'soft' },
    ] as BouncedAddress[];
    const b = providerBreakdown(
      items,
      new Map([
        ['bedrijf.be', 'microsoft-365'],
        ['hotmail.com', 'outlook-com'],
        ['gmail.com', 'gmail'],
      ]),
    );
    expect(b.totalBlocked).toBe(41);
    expect(b.topBlocker).toEqual({ who: 'microsoft', isOperator: true, blocked: 38 });
    expect(b.rows).toEqual([
      { provider: 'microsoft-365', bounces: 30, hard: 0, blocked: 30, deferred: 0, other: 0 },
      { provider: 'outlook-com', bounces: 8, hard: 0, blocked: 8, deferred: 0, other: 0 },
      { provider: 'gmail', bounces: 5, hard: 0, blocked: 3, deferred: 1, other: 1 },
    ]);
  });

  it('bulk rules from the audience mix, never from the bounced addresses alone', () => {
    expect(bulkSenderByProvider(undefined)).toEqual([{ id: 'bulk-audience-unknown' }]);
    const recipients = [
      ...Array.from({ length: 5200 }, (_, i) => ({ email: `g${i}@gmail.com` })),
      ...Array.from({ length: 2800 }, (_, i) => ({ email: `h${i}@hotmail.be` })),
      { email: 'a@icloud.com' },
    ];
    const providers = new Map([
      ['gmail.com', 'gmail'],
      ['hotmail.be', 'outlook-com'],
      ['icloud.com', 'apple'],
    ]);
    expect(bulkSenderByProvider(audienceMix(recipients, providers))).toEqual([
      { id: 'bulk-provider', provider: 'gmail', recipients: 5200, threshold: 5000, over: true },
      { id: 'bulk-provider', provider: 'outlook-com', recipients: 2800, threshold: 5000, over: false },
      { id: 'bulk-apple', recipients: 1 },
    ]);
  });
});
