import { sayAuth } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { auditSpf, txtAnswerBytes } from '../../../lib/auth/spf-audit';
import { createZoneResolver } from '../../../lib/dns/zone';
import { createCachingResolver } from '../../../lib/dns/cache';
import { spfTreeZone } from '../../fixtures/zones/spf-trees';
import { createRoundResolver } from '../../support/round-resolver';

const summary = (a: Awaited<ReturnType<typeof auditSpf>>) =>
  a.root.terms.map((t) => [t.text, t.cost, t.total, t.overLimit ?? false]);

describe('auditSpf', () => {
  it('costs each term in evaluation order and warns at the limit', async () => {
    const a = await auditSpf('shop-example.nl', createZoneResolver(spfTreeZone), { esp: 'mailchimp' });
    expect(summary(a)).toEqual([
      ['include:_spf.google.com', 1, 4, false],
      ['include:servers.mcsv.net', 1, 5, false],
      ['include:spf.protection.outlook.com', 1, 7, false],
      ['include:mail.zendesk.com', 1, 8, false],
      ['a', 1, 9, false],
      ['mx', 1, 10, false],
      ['~all', 0, 10, false],
    ]);
    expect(a.root.terms[0]!.child!.terms.map((t) => t.child?.domain)).toEqual([
      '_netblocks.google.com',
      '_netblocks2.google.com',
      '_netblocks3.google.com',
      undefined,
    ]);
    expect(a.totalLookups).toBe(10);
    expect(a.status).toBe('warn');
    expect(a.findings).toEqual([
      { id: 'spf-lookups-near-limit', severity: 'warning', params: { lookups: 10, max: 10 } },
      {
        id: 'spf-esp-include-unneeded',
        severity: 'info',
        params: { include: 'servers.mcsv.net', esp: 'Mailchimp', saved: 1 },
      },
    ]);
  });

  it('keeps walking past the limit and marks the term that crosses it', async () => {
    const a = await auditSpf('over-example.nl', createZoneResolver(spfTreeZone));
    expect(a.totalLookups).toBe(11);
    expect(a.root.terms.filter((t) => t.overLimit).map((t) => t.text)).toEqual(['mx:shop-example.nl']);
    expect(a.root.terms.at(-2)).toMatchObject({ text: 'mx:shop-example.nl', total: 11, mxHosts: 1 });
    expect(a.root.terms.find((t) => t.text === 'include:spf.mailjet.com')).toMatchObject({ total: 9 });
    expect(a.status).toBe('fail');
    expect(sayAuth('en', a.summary)).toBe(
      'The record needs 11 DNS lookups; receivers stop at 10 and fail SPF (permerror).',
    );
  });

  it('finds the usual mistakes', async () => {
    const a = await auditSpf('messy-example.nl', createZoneResolver(spfTreeZone));
    expect(a.findings.map((f) => f.id)).toEqual([
      'spf-string-join',
      'spf-ptr',
      'spf-include-no-spf',
      'spf-void-lookups',
      'spf-all-pass',
    ]);
    expect(a.voidLookups).toBe(1);
    expect(a.status).toBe('fail');
  });

  it('says "couldn\'t check" when the record itself cannot be fetched', async () => {
    const a = await auditSpf('x.example', createZoneResolver({ nodes: { 'x.example': { fault: 'servfail' } } }));
    expect(a).toMatchObject({
      status: 'unknown',
      summary: { id: 'spf-unchecked' },
      error: { kind: 'rcode', detail: 'SERVFAIL', name: 'x.example' },
      findings: [],
    });
  });

  it('marks an unreachable include as unknown, not fine', async () => {
    const a = await auditSpf(
      'x.example',
      createZoneResolver({
        nodes: { 'x.example': { TXT: ['v=spf1 include:y.example -all'] }, 'y.example': { fault: 'timeout' } },
      }),
    );
    expect(a.status).toBe('unknown');
    expect(sayAuth('en', a.summary)).toBe(
      'Part of the SPF tree could not be fetched (1 name(s)); the count of 1 lookups may be low.',
    );
  });

  it('survives include loops', async () => {
    const a = await auditSpf(
      'x.example',
      createZoneResolver({
        nodes: {
          'x.example': { TXT: ['v=spf1 include:y.example -all'] },
          'y.example': { TXT: ['v=spf1 include:x.example -all'] },
        },
      }),
    );
    expect(a.findings.map((f) => sayAuth('en', f))).toContain(
      'x.example includes itself through x.example → y.example → x.example.',
    );
    expect(a.status).toBe('fail');
  });

  it('asks every name once, one round per include level', async () => {
    const { run, queries } = createRoundResolver(spfTreeZone);
    const { rounds } = await run((r) => auditSpf('deep-example.nl', createCachingResolver(r)));
    const asked = queries.map((q) => `${q.name} ${q.type}`);
    expect(new Set(asked).size).toBe(asked.length);
    expect(rounds).toEqual([
      ['deep-example.nl TXT'],
      ['_spf.google.com TXT', 'spf.protection.outlook.com TXT'],
      [
        '_netblocks.google.com TXT',
        '_netblocks2.google.com TXT',
        '_netblocks3.google.com TXT',
        'spfd.protection.outlook.com TXT',
      ],
    ]);
  });

  it('estimates the UDP answer size', () => {
    expect(txtAnswerBytes('example.org', [['v=spf1 -all']])).toBe(12 + 13 + 4 + 12 + 12);
  });
});
