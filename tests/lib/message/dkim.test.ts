// DKIM verification on messages signed here with generated keys (tests/support/dkim-sign.ts, an
// implementation apart from lib/message): RSA 1024/2048 and Ed25519, relaxed and simple, l=,
// tampering, key records revoked, missing, unusable, over-signing, x=, unknown algorithms.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyzeMessage } from '../../../lib/message';
import { createZoneResolver, type Zone } from '../../../lib/dns/zone';
import { generateTestKey, keyRecord, newsletter, signMessage, type TestKey } from '../../support/dkim-sign';

const D = 'bakkerij-demol.be';
let rsa1024: TestKey, rsa2048: TestKey, ed: TestKey;
let zone: Zone;

beforeAll(() => {
  rsa1024 = generateTestKey('rsa1024');
  rsa2048 = generateTestKey('rsa2048');
  ed = generateTestKey('ed25519');
  zone = {
    nodes: {
      [`k2._domainkey.${D}`]: { CNAME: 'dkim2.esp-keys.example' },
      'dkim2.esp-keys.example': { TXT: [keyRecord(rsa2048)] },
      [`old._domainkey.${D}`]: { TXT: [keyRecord(rsa1024)] },
      [`ed._domainkey.${D}`]: { TXT: [keyRecord(ed)] },
      [`gone._domainkey.${D}`]: { TXT: ['v=DKIM1; k=rsa; p='] },
      [`test._domainkey.${D}`]: { TXT: [keyRecord(rsa2048, ' t=y;')] },
      [`broken._domainkey.${D}`]: { TXT: ['v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ'] },
      [`down._domainkey.${D}`]: { TXT: [keyRecord(rsa2048)], fault: 'servfail' },
      [`edrsa._domainkey.${D}`]: { TXT: [keyRecord(ed).replace('k=ed25519', 'k=rsa')] },
      [`_dmarc.${D}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@bakkerij-demol.be'] },
    },
  };
});

const run = (msg: string | Uint8Array, now?: Date) => analyzeMessage(msg, createZoneResolver(zone), now ? { now } : {});
const one = async (msg: string | Uint8Array, now?: Date) => (await run(msg, now)).dkim[0]!;

describe('signatures that verify', () => {
  it.each([
    ['rsa2048 relaxed/relaxed via a CNAME', 'k2', () => rsa2048, 'relaxed/relaxed', 2048],
    ['rsa2048 simple/simple via a CNAME', 'k2', () => rsa2048, 'simple/simple', 2048],
    ['rsa1024 simple/relaxed', 'old', () => rsa1024, 'simple/relaxed', 1024],
    ['rsa1024 relaxed/simple', 'old', () => rsa1024, 'relaxed/simple', 1024],
    ['ed25519 relaxed/relaxed', 'ed', () => ed, 'relaxed/relaxed', 256],
    ['ed25519 simple/simple', 'ed', () => ed, 'simple/simple', 256],
  ])('%s', async (_name, selector, key, c, bits) => {
    const sig = await one(signMessage(newsletter(), { domain: D, selector, key: key(), c }));
    expect(sig).toMatchObject({
      domain: D,
      selector,
      result: 'pass',
      aligned: true,
      keyBits: bits,
      canonicalization: c,
    });
    expect(sig.reason).toBeUndefined();
  });

  it('follows the CNAME chain to the key and names it', async () => {
    const sig = await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048 }));
    expect(sig.keyVia).toEqual(['dkim2.esp-keys.example']);
  });

  it('verifies a message whose line ends were turned into bare LF (a paste)', async () => {
    const signed = signMessage(newsletter(), { domain: D, selector: 'ed', key: ed, c: 'simple/simple' });
    expect((await one(signed.replace(/\r\n/g, '\n'))).result).toBe('pass');
  });

  it('verifies a body that is not valid UTF-8, byte for byte', async () => {
    const text = newsletter({ body: 'caf\u00e9 X\r\n' });
    const signed = signMessage(text.replace('caf\u00e9 X', 'caf\xe9\xff\xfe X'), {
      domain: D,
      selector: 'k2',
      key: rsa2048,
    });
    const bytes = Uint8Array.from(signed, (c) => c.charCodeAt(0));
    expect((await one(bytes)).result).toBe('pass');
  });

  it('with l= passes although content was appended, and says so', async () => {
    const signed = signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, l: true });
    const report = await run(`${signed}Extra: bought cheap watches\r\n`);
    expect(report.dkim[0]).toMatchObject({ result: 'pass', bodyLength: expect.any(Number) });
    expect(report.findings).toContainEqual({
      id: 'dkim-l-tag',
      severity: 'warning',
      params: { domain: D, l: report.dkim[0]!.bodyLength! },
    });
  });

  it('a 1024-bit key passes with a warning (RFC 8301 floor, 2048 the norm)', async () => {
    const report = await run(signMessage(newsletter(), { domain: D, selector: 'old', key: rsa1024 }));
    expect(report.findings).toContainEqual({
      id: 'dkim-key-1024',
      severity: 'warning',
      params: { domain: D, selector: 'old', bits: 1024 },
    });
  });

  it('a testing key (t=y) still verifies, flagged', async () => {
    const report = await run(signMessage(newsletter(), { domain: D, selector: 'test', key: rsa2048 }));
    expect(report.dkim[0]).toMatchObject({ result: 'pass', testing: true });
    expect(report.findings.map((f) => f.id)).toContain('dkim-testing');
  });
});

describe('signatures that fail', () => {
  it.each(['relaxed/relaxed', 'simple/simple'])('a changed body fails the body hash (%s)', async (c) => {
    const signed = signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, c });
    expect(await one(signed.replace('Deze week', 'Deze weak'))).toMatchObject({
      result: 'fail',
      reason: 'body-hash-mismatch',
    });
  });

  it('without l= appended content fails', async () => {
    const signed = signMessage(newsletter(), { domain: D, selector: 'ed', key: ed });
    expect(await one(`${signed}P.S. more\r\n`)).toMatchObject({ result: 'fail', reason: 'body-hash-mismatch' });
  });

  it.each(['relaxed/relaxed', 'simple/simple'])('a changed signed header fails the signature (%s)', async (c) => {
    const signed = signMessage(newsletter({ subject: 'Verse croissants' }), { domain: D, selector: 'ed', key: ed, c });
    expect(await one(signed.replace('Subject: Verse croissants', 'Subject: Verse croissants!'))).toMatchObject({
      result: 'fail',
      reason: 'signature-mismatch',
    });
  });

  it('relaxed survives re-folding and extra spaces in headers; simple does not', async () => {
    const msg = newsletter({ subject: 'Verse croissants en eclairs' });
    const refold = (s: string) =>
      s.replace('Subject: Verse croissants en eclairs', 'Subject:   Verse croissants\r\n  en  eclairs ');
    expect(
      (await one(refold(signMessage(msg, { domain: D, selector: 'k2', key: rsa2048, c: 'relaxed/relaxed' })))).result,
    ).toBe('pass');
    expect(
      (await one(refold(signMessage(msg, { domain: D, selector: 'k2', key: rsa2048, c: 'simple/simple' })))).result,
    ).toBe('fail');
  });

  it('an over-signed header stops a second Subject being added; without over-signing it slips through', async () => {
    const msg = newsletter({ subject: 'Echt' });
    const h = ['from', 'to', 'subject', 'date', 'list-unsubscribe', 'list-unsubscribe-post'];
    const over = signMessage(msg, { domain: D, selector: 'k2', key: rsa2048, h: [...h, 'subject'] });
    const plain = signMessage(msg, { domain: D, selector: 'k2', key: rsa2048, h });
    expect((await one(over)).result).toBe('pass');
    expect((await one(over)).signedHeaders).toEqual([...h, 'subject']);
    // A Subject added at the bottom of the header block is the one h= picks first (RFC 6376 §5.4.2).
    const addSubject = (s: string) =>
      s.replace(
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nSubject: Win a prize',
      );
    expect((await one(addSubject(over))).result).toBe('fail');
    expect((await one(addSubject(plain))).result).toBe('fail');
    // Added at the top, only the over-signed signature notices.
    const addTop = (s: string) => `Subject: Win a prize\r\n${s}`;
    expect((await one(addTop(over))).result).toBe('fail');
    expect((await one(addTop(plain))).result).toBe('pass');
  });
});

describe('signatures that cannot be verified', () => {
  it('a revoked key (empty p=) is a permerror', async () => {
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'gone', key: rsa2048 }))).toMatchObject({
      result: 'permerror',
      reason: 'key-revoked',
    });
  });

  it('a missing key is a permerror naming the name asked', async () => {
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'nokey', key: rsa2048 }))).toMatchObject({
      result: 'permerror',
      reason: 'key-not-found',
      reasonParams: { name: `nokey._domainkey.${D}` },
    });
  });

  it('a DNS failure is a temperror, never "no key"', async () => {
    const report = await run(signMessage(newsletter(), { domain: D, selector: 'down', key: rsa2048 }));
    expect(report.dkim[0]).toMatchObject({ result: 'temperror', reason: 'dns-error' });
    expect(report.findings).toContainEqual({
      id: 'dkim-unchecked',
      severity: 'warning',
      params: { domain: D, selector: 'down' },
    });
    expect(report.dmarc?.result).toBe('temperror');
  });

  it('a key that does not parse as RSA is a permerror', async () => {
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'broken', key: rsa2048 }))).toMatchObject({
      result: 'permerror',
      reason: 'key-syntax',
    });
  });

  it('a key WebCrypto refuses to import is a permerror', async () => {
    // An RSAPublicKey inside SubjectPublicKeyInfo labelled id-ecPublicKey: it reads as 2048 bits, but no RSA key imports from it.
    const der = Buffer.from(rsa2048.p, 'base64');
    const ecOid = Buffer.from([0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]);
    const rsaOid = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);
    const at = der.indexOf(rsaOid);
    const tampered = Buffer.concat([
      der.subarray(0, at),
      ecOid,
      Buffer.alloc(rsaOid.length - ecOid.length, 0),
      der.subarray(at + rsaOid.length),
    ]);
    tampered[at + ecOid.length] = 0x05; // NULL parameters
    tampered[at + ecOid.length + 1] = 0x00;
    zone.nodes[`odd._domainkey.${D}`] = { TXT: [`v=DKIM1; k=rsa; p=${tampered.toString('base64')}`] };
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'odd', key: rsa2048 }))).toMatchObject({
      result: 'permerror',
      reason: 'key-import-failed',
    });
  });

  it('a browser without Ed25519 says it cannot judge, not that the message is wrong', async () => {
    const real = crypto.subtle.importKey.bind(crypto.subtle);
    const spy = vi
      .spyOn(crypto.subtle, 'importKey')
      .mockImplementation(((...args: Parameters<typeof real>) =>
        (args[2] as { name: string }).name === 'Ed25519'
          ? Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'))
          : real(...args)) as typeof real);
    try {
      const report = await run(signMessage(newsletter(), { domain: D, selector: 'ed', key: ed }));
      expect(report.dkim[0]).toMatchObject({
        result: 'neutral',
        reason: 'algorithm-unsupported',
        reasonParams: { algorithm: 'ed25519-sha256' },
      });
      expect(report.dmarc?.result).toBe('temperror');
      expect(report.findings.map((f) => f.id)).toContain('dkim-unchecked');
      expect(report.findings.map((f) => f.id)).not.toContain('dkim-no-aligned-pass');
    } finally {
      spy.mockRestore();
    }
  });

  it('an Ed25519 key published as k=rsa is a permerror (key type)', async () => {
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'edrsa', key: ed }))).toMatchObject({
      result: 'permerror',
    });
  });

  it('a signature past its x= is a permerror with the date', async () => {
    const signed = signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, t: 1764000000, x: 1764100000 });
    expect(await one(signed, new Date('2026-12-01T10:00:00Z'))).toMatchObject({
      result: 'permerror',
      reason: 'signature-expired',
      reasonParams: { date: '2025-11-25T19:46:40.000Z' },
    });
    expect((await one(signed, new Date('2025-11-25T00:00:00Z'))).result).toBe('pass');
  });

  it.each([
    ['rsa-sha512', 'unknown-algorithm'],
    ['rsa-sha1', 'algorithm-rsa-sha1'],
  ])('a=%s is a permerror (%s)', async (a, reason) => {
    expect(
      await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, aOverride: a })),
    ).toMatchObject({ result: 'permerror', reason, algorithm: a });
  });

  it('missing tags are named', async () => {
    expect(
      await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, omit: ['bh', 'v'] })),
    ).toMatchObject({
      result: 'permerror',
      reason: 'missing-tags',
      reasonParams: { tags: 'v, bh' },
    });
  });

  it('a signature that does not cover From is a permerror (RFC 6376 §5.4)', async () => {
    expect(
      await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, h: ['subject', 'date'] })),
    ).toMatchObject({ result: 'permerror', reason: 'from-not-signed' });
  });

  it('an i= outside d= is a permerror', async () => {
    expect(
      await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, i: '@evil.example' })),
    ).toMatchObject({ result: 'permerror', reason: 'identity-mismatch' });
  });

  it('an l= longer than the body is a permerror', async () => {
    expect(await one(signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048, l: 100000 }))).toMatchObject({
      result: 'permerror',
      reason: 'body-shorter-than-l',
    });
  });

  it('a 20 MB paste gives a permerror per signature, no throw, no key lookups', async () => {
    const big = signMessage(newsletter({ body: `${'x'.repeat(998)}\r\n`.repeat(21_000) }), {
      domain: D,
      selector: 'k2',
      key: rsa2048,
    });
    const both = signMessage(big, { domain: D, selector: 'ed', key: ed });
    const resolver = createZoneResolver(zone);
    const report = await analyzeMessage(both, resolver);
    expect(report.dkim.map((s) => [s.selector, s.result, s.reason])).toEqual([
      ['ed', 'permerror', 'message-too-large'],
      ['k2', 'permerror', 'message-too-large'],
    ]);
    expect(report.findings[0]).toMatchObject({ id: 'too-large', severity: 'error', params: { mb: 20, limit: 16 } });
    expect(resolver.queries.filter((q) => q.name.includes('_domainkey'))).toEqual([]);
  });
});

describe('several signatures', () => {
  it('reports each in header order and asks all key and DMARC questions at once', async () => {
    let inFlight = 0;
    let most = 0;
    const inner = createZoneResolver({ ...zone, latencyMs: 30 });
    const resolver = {
      async resolve(name: string, type: Parameters<typeof inner.resolve>[1]) {
        most = Math.max(most, ++inFlight);
        try {
          return await inner.resolve(name, type);
        } finally {
          inFlight--;
        }
      },
    };
    let msg = signMessage(newsletter(), { domain: D, selector: 'k2', key: rsa2048 });
    msg = signMessage(msg, { domain: 'esp-mail.example', selector: 'esp', key: rsa1024 });
    msg = signMessage(msg, { domain: D, selector: 'ed', key: ed });
    const report = await analyzeMessage(msg, resolver);
    expect(report.dkim.map((s) => [s.domain, s.selector, s.result, s.aligned])).toEqual([
      [D, 'ed', 'pass', true],
      ['esp-mail.example', 'esp', 'permerror', false],
      [D, 'k2', 'pass', true],
    ]);
    expect(most).toBeGreaterThanOrEqual(4); // three keys and _dmarc together
  });
});

describe('against the independent signer', () => {
  it('verifies any body and header spacing it signs, in every canonicalisation', async () => {
    const piece = fc.constantFrom(' ', '\t', '  ', 'a', 'Zz', '\r\n', '\r\n\r\n', '\u00e9', '=', ';');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    const canon = fc.constantFrom('relaxed/relaxed', 'simple/simple', 'relaxed/simple', 'simple/relaxed');
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(fc.constantFrom(' ', '\t', 'x', ' y'), { maxLength: 6 }),
        canon,
        fc.boolean(),
        async (body, subj, c, withL) => {
          const subject = `Hi${subj.join('')}`.replace(/[ \t]+$/, '') || 'Hi';
          const msg = Buffer.from(newsletter({ subject, body }), 'utf8').toString('binary'); // the signer works on bytes
          const signed = signMessage(msg, { domain: D, selector: 'ed', key: ed, c, l: withL });
          const sig = await one(Uint8Array.from(signed, (ch) => ch.charCodeAt(0)));
          expect([sig.result, sig.reason]).toEqual(['pass', undefined]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
