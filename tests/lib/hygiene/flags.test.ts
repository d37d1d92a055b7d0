import { describe, expect, it } from 'vitest';
import { createHygieneChecker, isValidAddress } from '../../../lib/hygiene/flags';
import { isDisposableDomain } from '../../../lib/hygiene/disposable';
import { checkDomainsLiveness } from '../../../lib/hygiene/domain-dead';
import { createZoneResolver } from '../../../lib/dns/zone';

describe('hygiene flags', () => {
  it('flags syntax, duplicates, role addresses, typos and disposable domains', () => {
    const h = createHygieneChecker(isDisposableDomain);
    expect(
      [
        'jan.claes@gmial.com',
        'info@bakkerij-example.be',
        'Jan.Claes@GMIAL.com',
        'bob@mailinator.com',
        'a..b@example.be',
        'no at sign',
        'k.wouters@telenet.be',
        'sales2@example.be',
        'verkoop@example.be',
      ].map((e) => h.check(e)),
    ).toEqual([
      // gmial.com is on the disposable list too, but a typo-squat of Gmail is a typo (knowledge.md §7).
      { email: 'jan.claes@gmial.com', flags: ['typo'], suggestion: 'jan.claes@gmail.com', domain: 'gmial.com' },
      { email: 'info@bakkerij-example.be', flags: ['role'], domain: 'bakkerij-example.be' },
      {
        email: 'Jan.Claes@GMIAL.com',
        flags: ['duplicate', 'typo'],
        suggestion: 'Jan.Claes@gmail.com',
        domain: 'gmial.com',
      },
      { email: 'bob@mailinator.com', flags: ['disposable'], domain: 'mailinator.com' },
      { email: 'a..b@example.be', flags: ['syntax'] },
      { email: 'no at sign', flags: ['syntax'] },
      { email: 'k.wouters@telenet.be', flags: [], domain: 'telenet.be' },
      { email: 'sales2@example.be', flags: ['role'], domain: 'example.be' },
      { email: 'verkoop@example.be', flags: ['role'], domain: 'example.be' },
    ]);
  });

  it.each([
    ['a@b.be', true],
    ["o'brien+news@example.co.uk", true],
    ['a@b', false],
    ['a@-b.be', false],
    ['a@b.123', false],
    [`${'a'.repeat(65)}@b.be`, false],
    ['<script>@x.be', false],
    ['"quoted"@x.be', false],
    // RFC 6531 §3.3: UTF-8 local parts and U-label domains are valid.
    ['jürgen@müller.de', true],
    ['françoise@exemple.be', true],
    ['a@b.xn--p1ai', true],
    [`${'é'.repeat(33)}@b.be`, false], // 66 octets in UTF-8
  ])('isValidAddress(%j) = %s', (email, ok) => expect(isValidAddress(email)).toBe(ok));
});

describe('domain liveness', () => {
  const zone = createZoneResolver({
    nodes: {
      'alive.example': { MX: [{ preference: 10, exchange: 'mx.alive.example' }] },
      'a-only.example': { A: ['192.0.2.1'] },
      'nomail.example': { MX: [{ preference: 0, exchange: '' }] },
      'parked.example': { TXT: ['parked'] },
      'flaky.example': { fault: 'timeout' },
    },
  });

  it('calls a domain dead only on evidence, once per domain, 8 at a time', async () => {
    const r = await checkDomainsLiveness(
      [
        'alive.example',
        'A-ONLY.example',
        'nomail.example',
        'parked.example',
        'gone.example',
        'flaky.example',
        'alive.example',
      ],
      zone,
    );
    expect(Object.fromEntries(r)).toEqual({
      'alive.example': { state: 'alive', exchanges: ['mx.alive.example'] },
      'a-only.example': { state: 'alive', exchanges: [] },
      'nomail.example': { state: 'dead', why: 'null-mx' },
      'parked.example': { state: 'dead', why: 'no-mail-server' },
      'gone.example': { state: 'dead', why: 'nxdomain' },
      'flaky.example': {
        state: 'unknown',
        problem: { kind: 'timeout', endpoint: 'zone', name: 'flaky.example', type: 'MX' },
      },
    });
    expect(zone.queries.filter((q) => q.name === 'alive.example')).toHaveLength(1);
  });
});

describe('no false action (issue 13 item 7)', () => {
  // Each row: an address and what the checker must say — in particular what it must NOT do.
  const table: [string, string[], string?][] = [
    ['x@yopmail.com', ['disposable']], // a genuine disposable service is never "corrected" to hotmail.com
    ['x@hotmial.com', ['typo'], 'x@hotmail.com'], // a typo of Hotmail, not "disposable"
    ['x@gmial.com', ['typo'], 'x@gmail.com'],
    ['x@telnet.be', ['typo'], 'x@telenet.be'],
    ['x@skynett.be', ['typo'], 'x@skynet.be'],
    ['x@proximsu.be', ['typo'], 'x@proximus.be'],
    ['x@zigo.nl', ['typo'], 'x@ziggo.nl'],
    ['x@kpnmial.nl', ['typo'], 'x@kpnmail.nl'],
    ['x@hotmai.be', ['typo'], 'x@hotmail.be'],
    ['x@outlok.be', ['typo'], 'x@outlook.be'],
    ['x@xs4al.nl', ['typo'], 'x@xs4all.nl'],
    ['x@gmail.con', ['typo'], 'x@gmail.com'],
    ['x@telenet.bee', ['typo'], 'x@telenet.be'],
    // Real domains stay themselves, however close they are to a big one.
    ['x@ymail.com', []],
    ['x@me.com', []],
    ['x@orange.be', []],
    ['x@mail.com', []],
    ['x@gmx.com', []],
    ['x@telenet.be', []],
    ['x@hotmail.be', []],
    ['x@live.nl', []],
    ['x@home.nl', []],
    ['x@planet.nl', []],
    ['x@ziggo.nl', []],
    ['x@kpnmail.nl', []],
    ['x@outlook.be', []],
    ['x@proximus.be', []],
    ['x@skynet.be', []],
    ['x@xs4all.nl', []],
    // A company domain is never pulled towards a provider on a country-code difference.
    ['x@telenet.nl', []],
    ['x@gmail.be', []],
    ['x@bakkerij.be', []],
    ['x@mailinator.com', ['disposable']],
  ];
  it.each(table)('%s → %j %s', (email, flags, suggestion) => {
    const r = createHygieneChecker(isDisposableDomain).check(email);
    expect(r.flags).toEqual(flags);
    expect(r.suggestion).toBe(suggestion);
  });

  it('looks internationalised domains up in punycode (RFC 6531, RFC 5890)', () => {
    expect(createHygieneChecker(isDisposableDomain).check('jürgen@Müller.de')).toEqual({
      email: 'jürgen@Müller.de',
      flags: [],
      domain: 'xn--mller-kva.de',
    });
  });

  it('counts the same address in U-label and A-label form as a duplicate', () => {
    const h = createHygieneChecker(isDisposableDomain);
    h.check('a@müller.de');
    expect(h.check('A@xn--mller-kva.de').flags).toEqual(['duplicate']);
  });
});

describe('liveness: a failed lookup is unknown, never dead', () => {
  const zone = createZoneResolver({
    nodes: {
      'v6-only.example': { AAAA: ['2001:db8::1'] },
      'servfail.example': { fault: 'servfail' },
      'xn--mller-kva.de': { MX: [{ preference: 10, exchange: 'mx.xn--mller-kva.de' }] },
    },
  });
  it('takes an AAAA as the implicit MX, SERVFAIL as unknown, and asks IDN domains in punycode', async () => {
    const r = await checkDomainsLiveness(['v6-only.example', 'servfail.example', 'müller.de'], zone, {
      concurrency: 24,
    });
    expect(Object.fromEntries(r)).toEqual({
      'v6-only.example': { state: 'alive', exchanges: [] },
      'servfail.example': {
        state: 'unknown',
        problem: { kind: 'rcode', detail: 'SERVFAIL', endpoint: 'zone', name: 'servfail.example', type: 'MX' },
      },
      'müller.de': { state: 'alive', exchanges: ['mx.xn--mller-kva.de'] },
    });
  });
});
