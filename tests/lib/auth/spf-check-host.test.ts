// check_host() details the conformance suites do not pin down: lookup and void counts in the
// result, the reason text, and time-outs as temperror.
import { sayReason } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { checkHost } from '../../../lib/auth/spf';
import { createZoneResolver } from '../../../lib/dns/zone';

const zone = createZoneResolver({
  nodes: {
    'example.org': {
      TXT: ['v=spf1 include:a.example.org include:b.example.org mx -all'],
      MX: [{ preference: 10, exchange: 'mx.example.org' }],
    },
    'a.example.org': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    'b.example.org': { TXT: ['v=spf1 a:gone1.example.org a:gone2.example.org ?all'] },
    'mx.example.org': { A: ['198.51.100.7'] },
    'deep.example.org': {
      TXT: [`v=spf1 ${Array.from({ length: 11 }, (_, i) => `a:h${i}.example.org`).join(' ')} -all`],
    },
    ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`h${i}.example.org`, { A: ['203.0.113.1'] }])),
    'slow.example.org': { TXT: ['v=spf1 include:stuck.example.org -all'] },
    'stuck.example.org': { fault: 'timeout' },
  },
});

describe('checkHost', () => {
  it('passes through an include and counts one lookup per include', async () => {
    expect(await checkHost({ ip: '192.0.2.55', domain: 'example.org', sender: 'news@example.org' }, zone)).toEqual({
      result: 'pass',
      explanation: undefined,
      lookups: 1,
      voidLookups: 0,
      reason: { id: 'spf-eval-matched', params: { domain: 'example.org', term: 'include:a.example.org' } },
    });
  });

  it('counts void lookups and stops past two', async () => {
    const r = await checkHost({ ip: '198.51.100.7', domain: 'example.org', sender: 'news@example.org' }, zone);
    expect(r).toEqual({
      result: 'pass',
      explanation: undefined,
      lookups: 5,
      voidLookups: 2,
      reason: { id: 'spf-eval-matched', params: { domain: 'example.org', term: 'mx' } },
    });
  });

  it('is a permerror at the eleventh DNS-querying term', async () => {
    const r = await checkHost({ ip: '192.0.2.1', domain: 'deep.example.org', sender: 'x@deep.example.org' }, zone);
    expect(r).toMatchObject({ result: 'permerror', lookups: 11 });
    expect(sayReason('en', r.reason)).toBe('more than 10 DNS-querying terms (reached at "a:h10.example.org")');
  });

  it('turns a time-out into temperror, never none', async () => {
    const r = await checkHost({ ip: '192.0.2.1', domain: 'slow.example.org', sender: 'x@slow.example.org' }, zone);
    expect(r.result).toBe('temperror');
    expect(r.reason?.id).toBe('spf-eval-dns');
    expect(r.reason?.params?.name).toBe('stuck.example.org TXT');
  });

  it('answers permerror for a client address that is not one', async () => {
    expect((await checkHost({ ip: '300.1.1.1', domain: 'example.org', sender: 'x@example.org' }, zone)).result).toBe(
      'permerror',
    );
  });
});

describe('void lookups (RFC 7208 §4.6.4) and CNAME loops', () => {
  const z = createZoneResolver({
    nodes: {
      'ptr3.example.org': { TXT: ['v=spf1 a:gone1.example.org a:gone2.example.org ptr -all'] },
      'ptr2.example.org': { TXT: ['v=spf1 a:gone1.example.org ptr -all'] },
      'macro.example.org': { TXT: ['v=spf1 a:gone1.example.org exists:%{p}.example.org -all'] },
      'loop.example.org': { TXT: ['v=spf1 include:spf.loop.example.org -all'] },
      'spf.loop.example.org': { fault: 'cname-loop' },
    },
  });
  it("counts the ptr mechanism's PTR NXDOMAIN as the third void lookup: permerror", async () => {
    const r = await checkHost({ ip: '192.0.2.1', domain: 'ptr3.example.org', sender: 'x@ptr3.example.org' }, z);
    expect(r).toMatchObject({ result: 'permerror', voidLookups: 3, lookups: 3 });
  });
  it('with two void lookups in all, the record still evaluates', async () => {
    expect(
      await checkHost({ ip: '192.0.2.1', domain: 'ptr2.example.org', sender: 'x@ptr2.example.org' }, z),
    ).toMatchObject({ result: 'fail', voidLookups: 2 });
  });
  it('does not count the %{p} macro PTR lookup as void', async () => {
    const r = await checkHost({ ip: '192.0.2.1', domain: 'macro.example.org', sender: 'x@macro.example.org' }, z);
    expect(r).toMatchObject({ result: 'fail', voidLookups: 2 }); // a and exists:unknown.example.org, not the PTR
  });
  it('a CNAME loop on an include is temperror, not "no SPF record"', async () => {
    expect(
      (await checkHost({ ip: '192.0.2.1', domain: 'loop.example.org', sender: 'x@loop.example.org' }, z)).result,
    ).toBe('temperror');
  });
});
