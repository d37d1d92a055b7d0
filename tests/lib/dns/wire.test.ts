import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkWire } from '../../../lib/dns/wire-check';
import { DnsError, type DnsRecord } from '../../../lib/dns/types';
import { decodeResponse, encodeQuery, encodeResponse } from '../../../lib/dns/wire';
import { createZoneLookup, splitCharacterString } from '../../../lib/dns/zone';
import { RSA_2048 } from '../../fixtures/zones/keys';

describe('wire format', () => {
  it('round-trips a long DKIM key as ≤255-byte character-strings', () => {
    const lookup = createZoneLookup({
      nodes: { 'k2._domainkey.example.org': { TXT: [`v=DKIM1; k=rsa; p=${RSA_2048}`] } },
    });
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
    expect(() => decodeResponse(encodeResponse(q, { rcode: 'NOERROR', records: [] }), 'y.example.org', 'A')).toThrow(
      /mismatch: question/,
    );
    expect(() => decodeResponse(encodeResponse(q, { rcode: 'NOERROR', records: [] }), 'x.example.org', 'TXT')).toThrow(
      /mismatch: question/,
    );
  });

  it('splits by bytes, at character boundaries', () => {
    expect(splitCharacterString('é'.repeat(200)).map((s) => new TextEncoder().encode(s).length)).toEqual([254, 146]);
  });
});

describe('garbage from a resolver', () => {
  it('ends in a DnsError, never a crash or a made-up answer', async () => {
    const fc = (await import('fast-check')).default;
    const good = encodeResponse(encodeQuery('x.example.org', 'TXT'), {
      rcode: 'NOERROR',
      records: [{ type: 'TXT', name: 'x.example.org', ttl: 60, strings: ['v=spf1 -all'] }],
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
            const c = good.slice();
            c[i] = b;
            return c;
          }),
        ),
        (bytes) => {
          try {
            const a = decodeResponse(bytes, 'x.example.org', 'TXT');
            expect(['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED']).toContain(a.rcode);
          } catch (e) {
            expect(e).toBeInstanceOf(DnsError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('strict wire (issue 12 §1)', () => {
  const name = '_dmarc.example.org';
  const answer = (txt: string[][], extra: DnsRecord[] = []) =>
    encodeResponse(encodeQuery(name, 'TXT'), {
      rcode: 'NOERROR',
      records: [...extra, ...txt.map((strings) => ({ type: 'TXT' as const, name, ttl: 60, strings }))],
    });
  const txt = fc.array(fc.array(fc.string({ minLength: 0, maxLength: 80 }), { minLength: 1, maxLength: 3 }), {
    minLength: 0,
    maxLength: 3,
  });
  const cname = fc
    .boolean()
    .map((b): DnsRecord[] => (b ? [{ type: 'CNAME', name, ttl: 60, target: 'k.example.net' }] : []));

  it('accepts every whole answer and returns exactly its records', () => {
    fc.assert(
      fc.property(txt, cname, (t, c) => {
        const a = decodeResponse(answer(t, c), name, 'TXT');
        expect(a.records.flatMap((r) => (r.type === 'TXT' ? [r.strings] : []))).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every cut-short answer: no prefix of a message is a message', () => {
    fc.assert(
      fc.property(txt, cname, fc.nat(), (t, c, cut) => {
        const bytes = answer(t, c);
        const prefix = bytes.slice(0, cut % bytes.length);
        expect(() => decodeResponse(prefix, name, 'TXT')).toThrow(DnsError);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every padded answer: bytes after the message are not ignored', () => {
    fc.assert(
      fc.property(txt, fc.uint8Array({ minLength: 1, maxLength: 40 }), (t, pad) => {
        expect(() => decodeResponse(new Uint8Array([...answer(t), ...pad]), name, 'TXT')).toThrow(DnsError);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects the TC bit, another id and a forward or looping name pointer', () => {
    const bytes = answer([['v=DMARC1; p=reject']]);
    const tc = bytes.slice();
    tc[2] = tc[2]! | 0x02;
    expect(() => decodeResponse(tc, name, 'TXT')).toThrow(/truncated/);
    const id = bytes.slice();
    id[1] = 7;
    expect(() => decodeResponse(id, name, 'TXT')).toThrow(/mismatch: id/);
    // A message whose answer owner is a compression pointer (RFC 1035 §4.1.4) to itself, then forward.
    const q = encodeQuery('a.example', 'A');
    const rr = (ptr: number) => [0xc0, ptr, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1];
    const msg = (ptr: number) =>
      new Uint8Array([...q.slice(0, 2), 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, ...q.slice(12), ...rr(ptr)]);
    expect(checkWire(msg(12))).toBeUndefined();
    expect(decodeResponse(msg(12), 'a.example', 'A').records).toMatchObject([{ address: '192.0.2.1' }]);
    expect(checkWire(msg(q.length))).toBe('bad-name');
    expect(checkWire(msg(q.length + 4))).toBe('bad-name');
  });

  it('of mutated answers, accepts only those that are whole messages, and decodes them identically twice', () => {
    const good = answer([['v=DMARC1; p=reject; rua=mailto:d@example.org']]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const c = good.slice();
          for (const [i, b] of edits) c[i] = b;
          let a;
          try {
            a = decodeResponse(c, name, 'TXT');
          } catch (e) {
            expect(e).toBeInstanceOf(DnsError);
            return;
          }
          expect(checkWire(c)).toBeUndefined();
          // What was accepted, re-encoded, says the same thing: nothing was read past a boundary.
          expect(decodeResponse(encodeResponse(encodeQuery(name, 'TXT'), a), name, 'TXT').records).toEqual(a.records);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
