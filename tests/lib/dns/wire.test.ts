import { describe, expect, it } from 'vitest';
import { decodeResponse, encodeQuery, encodeResponse } from '../../../lib/dns/wire';
import { createZoneLookup, splitCharacterString } from '../../../lib/dns/zone';
import { RSA_2048 } from '../../fixtures/zones/keys';

describe('wire format', () => {
  it('round-trips a long DKIM key as ≤255-byte character-strings', () => {
    const lookup = createZoneLookup({ nodes: { 'k2._domainkey.example.org': { TXT: [`v=DKIM1; k=rsa; p=${RSA_2048}`] } } });
    const out = lookup('k2._domainkey.example.org', 'TXT');
    if (out.fault) throw new Error('unexpected fault');
    const q = encodeQuery('k2._domainkey.example.org', 'TXT');
    const back = decodeResponse(encodeResponse(q, out.answer), 'k2._domainkey.example.org', 'TXT');
    const rec = back.records[0]!;
    expect(rec.type === 'TXT' && rec.strings.map((s) => s.length)).toEqual([255, 155]);
    expect(rec.type === 'TXT' && rec.strings.join('')).toBe(`v=DKIM1; k=rsa; p=${RSA_2048}`);
  });

  it('keeps rcodes apart on the wire', () => {
    for (const rcode of ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'] as const) {
      const q = encodeQuery('x.example.org', 'A');
      expect(decodeResponse(encodeResponse(q, { rcode, records: [] }), 'x.example.org', 'A').rcode).toBe(rcode);
    }
  });

  it('rejects a reply to another question', () => {
    const q = encodeQuery('x.example.org', 'A');
    expect(() => decodeResponse(encodeResponse(q, { rcode: 'NOERROR', records: [] }), 'y.example.org', 'A')).toThrow('reply answers a different question');
    expect(() => decodeResponse(encodeResponse(q, { rcode: 'NOERROR', records: [] }), 'x.example.org', 'TXT')).toThrow('reply answers a different question');
  });

  it('splits by bytes, at character boundaries', () => {
    expect(splitCharacterString('é'.repeat(200)).map((s) => new TextEncoder().encode(s).length)).toEqual([254, 146]);
  });
});

describe('garbage from a resolver', () => {
  it('ends in a DnsError, never a crash or a made-up answer', async () => {
    const fc = (await import('fast-check')).default;
    const { DnsError } = await import('../../../lib/dns/types');
    const good = encodeResponse(encodeQuery('x.example.org', 'TXT'), { rcode: 'NOERROR', records: [{ type: 'TXT', name: 'x.example.org', ttl: 60, strings: ['v=spf1 -all'] }] });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })).map(([i, b]) => { const c = good.slice(); c[i] = b; return c; })), (bytes) => {
        try {
          const a = decodeResponse(bytes, 'x.example.org', 'TXT');
          expect(['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED']).toContain(a.rcode);
        } catch (e) {
          expect(e).toBeInstanceOf(DnsError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
