// Parsers never throw on any record text, and every input ends in a result (issue 3 "Bad
// input"): random strings, and real records mutated by inserting, deleting and replacing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHost, parseSpf } from '../../../lib/auth/spf';
import { auditSpf } from '../../../lib/auth/spf-audit';
import { parseDmarc } from '../../../lib/auth/dmarc';
import { parseDkimKey } from '../../../lib/auth/dkim-key';
import { parseMacroString } from '../../../lib/auth/spf-macro';
import { parseClientIp } from '../../../lib/auth/spf-ip';
import { normalizeDomainInput } from '../../../lib/auth/normalize-domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { RSA_2048 } from '../../fixtures/zones/keys';

const REAL = [
  'v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all',
  'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a:mail.example.org/28//64 mx -all',
  'v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf.example.org',
  'v=spf1 ptr:example.org ?all exp=explain._spf.%{d}',
  'v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.org; ruf=mailto:f@example.org; fo=1; adkim=s; pct=50',
  `v=DKIM1; k=rsa; t=y:s; h=sha256; p=${RSA_2048}`,
];

/** A real record with a few random edits. */
const mutated = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.string({ minLength: 1, maxLength: 3 })),
      { maxLength: 6 },
    ),
  )
  .map(([rec, edits]) =>
    edits.reduce((s, [pos, op, text]) => {
      const i = s.length ? pos % s.length : 0;
      return op === 'insert'
        ? s.slice(0, i) + text + s.slice(i)
        : op === 'delete'
          ? s.slice(0, i) + s.slice(i + 1)
          : s.slice(0, i) + text + s.slice(i + 1);
    }, rec),
  );
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), mutated);

describe('parsers never throw', () => {
  it('parseSpf, parseDmarc, parseDkimKey, parseMacroString, parseClientIp, normalizeDomainInput', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spf = parseSpf(text);
        expect(Array.isArray(spf.terms)).toBe(true);
        expect(Array.isArray(parseDmarc(text).errors)).toBe(true);
        expect(Array.isArray(parseDkimKey(text).errors)).toBe(true);
        const ms = parseMacroString(text, true);
        expect('error' in ms || Array.isArray(ms.tokens)).toBe(true);
        parseClientIp(text);
        const d = normalizeDomainInput(text);
        expect(typeof d.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('a record with a syntax error is reported, never half-read', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const p = parseSpf(text);
        if (p.error) expect(typeof p.error.id).toBe('string');
        else expect(p.terms.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('checkHost and auditSpf end in a verdict for any published record', async () => {
    const verdicts = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror']);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated,
          fc.string({ maxLength: 120 }).map((s) => `v=spf1 ${s}`),
        ),
        fc.constantFrom('192.0.2.7', '2001:db8::7', '::ffff:192.0.2.7'),
        async (record, ip) => {
          const zone = createZoneResolver({
            nodes: {
              'example.org': { TXT: [record], A: ['192.0.2.7'], MX: [{ preference: 10, exchange: 'mx.example.org' }] },
              'mx.example.org': { A: ['192.0.2.8'] },
              '_spf.google.com': { TXT: ['v=spf1 ip4:64.233.160.0/19 ~all'] },
            },
          });
          const r = await checkHost(
            { ip, domain: 'example.org', sender: 'a@example.org', helo: 'mail.example.org' },
            zone,
          );
          expect(verdicts.has(r.result)).toBe(true);
          const a = await auditSpf('example.org', zone);
          expect(['pass', 'warn', 'fail', 'unknown']).toContain(a.status);
        },
      ),
      { numRuns: 400 },
    );
  });
});
