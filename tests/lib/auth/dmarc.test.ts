import { sayAuth, sayReason } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { evaluateDmarc, organizationalDomain, parseDmarc } from '../../../lib/auth/dmarc';
import { createZoneResolver } from '../../../lib/dns/zone';
import { createRoundResolver } from '../../support/round-resolver';

describe('parseDmarc', () => {
  it('reads every tag with defaults (RFC 7489 §6.3)', () => {
    expect(
      parseDmarc(
        'v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; rua=mailto:d@example.org,mailto:x@rep.example.net!10m; t=y',
      ),
    ).toEqual({
      p: 'reject',
      sp: 'quarantine',
      np: 'reject',
      adkim: 's',
      aspf: 'r',
      pct: 100,
      rua: ['mailto:d@example.org', 'mailto:x@rep.example.net!10m'],
      ruf: [],
      testing: true,
      errors: [],
      warnings: [],
    });
  });

  it.each([
    ['p=reject; v=DMARC1', 'the record must start with v=DMARC1'],
    ['v=DMARC1; p=block', 'p=block is not none, quarantine or reject'],
    ['v=DMARC1; p=none; pct=150', 'pct=150 must be a whole number from 0 to 100'],
    ['v=DMARC1; p=none; rua=dmarc@example.org', 'rua entry "dmarc@example.org" is not a mailto: address'],
    ['v=DMARC1; p=none; adkim=x', 'adkim=x must be r or s'],
    ['v=DMARC1; p=none; p=reject', 'tag "p" appears twice'],
    ['v=DMARC1; rua=mailto:a@b.example', 'the p= tag (policy) is missing'],
    ['v=DMARC1; p=none; psd=maybe', 'psd=maybe must be y, n or u'],
  ])('%j → %s', (text, error) => expect(parseDmarc(text).errors.map((e) => sayReason('en', e))).toContain(error));

  it('gives its reasons as data, worded in each language', () => {
    const [e] = parseDmarc('v=DMARC1; p=block').errors;
    expect(e).toEqual({ id: 'dmarc-bad-policy', params: { tag: 'p', value: 'block' } });
    expect(sayReason('nl', e)).toBe('p=block is niet none, quarantine of reject');
    expect(sayReason('fr', e)).toBe('p=block ne vaut ni none, ni quarantine, ni reject');
  });

  it('notes tags RFC 9989 removed', () => {
    expect(parseDmarc('v=DMARC1; p=none; pct=50; ri=3600').warnings.map((w) => sayReason('en', w))).toEqual([
      'pct is removed in RFC 9989; use t=y for testing instead',
      'ri is removed in RFC 9989 and ignored',
    ]);
  });
});

const zone = createZoneResolver({
  nodes: {
    '_dmarc.example.be': {
      TXT: [
        'v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.be,mailto:r@reports.example.net,mailto:r@noauth.example.net',
      ],
    },
    'example.be._report._dmarc.reports.example.net': { TXT: ['v=DMARC1'] },
    'news.example.be': { A: ['192.0.2.1'] },
    '_dmarc.monitor.example': { TXT: ['v=DMARC1; p=none'] },
    '_dmarc.flaky.example': { fault: 'servfail' },
    '_dmarc.two.example': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] },
  },
});

describe('evaluateDmarc', () => {
  it('falls back to the organisational domain and applies its sp=', async () => {
    const r = await evaluateDmarc('news.example.be', zone);
    expect(r).toMatchObject({
      status: 'warn',
      policy: 'quarantine',
      inheritedFrom: 'example.be',
      summary: { id: 'dmarc-policy', params: { policy: 'quarantine', inheritedFrom: 'example.be' } },
    });
    expect(sayAuth('en', r.summary)).toBe(
      'DMARC policy: send failures to spam (p=quarantine) (inherited from example.be).',
    );
    expect(r.findings).toEqual([
      { id: 'dmarc-report-unauthorised', severity: 'warning', params: { dest: 'noauth.example.net' } },
    ]);
  });

  it('asks both names in one round', async () => {
    const { run } = createRoundResolver({
      nodes: { '_dmarc.example.be': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@example.be'] } },
    });
    const { value, rounds } = await run((r) => evaluateDmarc('a.b.example.be', r));
    expect(value.status).toBe('pass');
    expect(rounds).toEqual([['_dmarc.a.b.example.be TXT', '_dmarc.example.be TXT']]);
  });

  it('warns about p=none and a missing rua', async () => {
    const r = await evaluateDmarc('monitor.example', zone);
    expect(r.status).toBe('warn');
    expect(r.findings.map((f) => f.id)).toEqual(['dmarc-p-none', 'dmarc-no-rua']);
  });

  it('fails on two records and on none; SERVFAIL is unknown', async () => {
    expect((await evaluateDmarc('two.example', zone)).findings.map((f) => f.id)).toEqual(['dmarc-multiple']);
    expect((await evaluateDmarc('nothing.example', zone)).findings.map((f) => f.id)).toEqual(['dmarc-missing']);
    expect(await evaluateDmarc('flaky.example', zone)).toMatchObject({
      status: 'unknown',
      error: { kind: 'rcode', detail: 'SERVFAIL', name: '_dmarc.flaky.example', type: 'TXT' },
    });
  });

  it('finds the organisational domain with the Public Suffix List', () => {
    expect(organizationalDomain('mail.shop.example.co.uk')).toBe('example.co.uk');
    expect(organizationalDomain('news.atelier-example.be')).toBe('atelier-example.be');
  });
});
