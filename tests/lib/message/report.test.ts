// The rest of the report: header parsing, From, DMARC from our DKIM and the receiver's SPF,
// Authentication-Results of every receiver with disagreements, one-click unsubscribe, ARC, and
// input that is not a message at all. Messages are signed here (tests/support/dkim-sign.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeMessage } from '../../../lib/message';
import { parseAuthResults } from '../../../lib/message/auth-results';
import { parseAddressList } from '../../../lib/message/address';
import { decodeEncodedWords } from '../../../lib/message/encoded-words';
import { displayValue, parseMessage } from '../../../lib/message/headers';
import { toBinary } from '../../../lib/message/bytes';
import { createZoneResolver, type Zone } from '../../../lib/dns/zone';
import { generateTestKey, keyRecord, newsletter, signMessage, type TestKey } from '../../support/dkim-sign';

const D = 'bakkerij-demol.be';
let key: TestKey;
let zone: Zone;
beforeAll(() => {
  key = generateTestKey('ed25519');
  zone = {
    nodes: {
      [`s1._domainkey.${D}`]: { TXT: [keyRecord(key)] },
      [`esp._domainkey.esp-mail.example`]: { TXT: [keyRecord(key)] },
      [`_dmarc.${D}`]: { TXT: ['v=DMARC1; p=reject; sp=quarantine; adkim=r'] },
      [`_dmarc.strict.example`]: { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
      [`s1._domainkey.strict.example`]: { TXT: [keyRecord(key)] },
      [`_dmarc.twice.example`]: { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] },
      [`_dmarc.down.example`]: { fault: 'timeout' },
    },
  };
});
const run = (msg: string | Uint8Array) => analyzeMessage(msg, createZoneResolver(zone));
const ids = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => f.id);

describe('header block', () => {
  it('unfolds, keeps duplicates in order, reads LF or CRLF alike', () => {
    const text =
      'From: a@b.be\nReceived: one\n\tfolded\nReceived: two\nSubject: =?UTF-8?B?w6ljbGFpcnM=?= =?iso-8859-1?Q?_caf=E9?=\n\nbody\n';
    const m = parseMessage(toBinary(text));
    expect(m.headers.map((h) => h.lower)).toEqual(['from', 'received', 'received', 'subject']);
    expect(m.headers[1]!.raw).toBe('Received: one\r\n\tfolded');
    expect(displayValue(m.headers[1]!)).toBe('one\tfolded');
    expect(displayValue(m.headers[3]!)).toBe('éclairs café');
    expect(m.body).toBe('body\r\n');
    expect(m.malformed).toBe(0);
  });

  it('counts lines that are no header field, skips an mbox From line', () => {
    const m = parseMessage(toBinary('From - Tue Dec 01 2026\r\nFrom: a@b.be\r\nthis is not a header\r\n\r\nx'));
    expect(m.headers.map((h) => h.name)).toEqual(['From']);
    expect(m.malformed).toBe(1);
  });

  it('ignores blank lines copied above the first field', async () => {
    const r = await run(`\n  \n${signMessage(newsletter(), { domain: D, selector: 's1', key })}`);
    expect(r.dkim[0]?.result).toBe('pass');
  });

  it('decodes Q and B words and leaves unknown charsets as written', () => {
    expect(decodeEncodedWords('=?utf-8?q?Verse_croissants_en_=C3=A9clairs?=')).toBe('Verse croissants en éclairs');
    expect(decodeEncodedWords('=?x-klingon?q?abc?=')).toBe('=?x-klingon?q?abc?=');
  });

  it('finds From addresses through display names, quotes and comments', () => {
    expect(parseAddressList('"De Mol, Bakkerij" <nieuws@Bakkerij-DeMol.be> (newsletter)')).toEqual([
      { address: 'nieuws@bakkerij-demol.be', domain: 'bakkerij-demol.be' },
    ]);
    expect(parseAddressList('nieuws@bakkerij-demol.be')).toEqual([
      { address: 'nieuws@bakkerij-demol.be', domain: 'bakkerij-demol.be' },
    ]);
    expect(parseAddressList('"a@evil.example" <x@good.example>').map((a) => a.domain)).toEqual(['good.example']);
  });
});

describe('DMARC for the From domain', () => {
  it('passes on an aligned DKIM pass and names the policy', async () => {
    const r = await run(signMessage(newsletter(), { domain: D, selector: 's1', key }));
    expect(r.from).toEqual({ address: 'nieuws@bakkerij-demol.be', domain: D });
    expect(r.dmarc).toEqual({ result: 'pass', policy: 'reject', recordDomain: D, via: { kind: 'dkim', domain: D } });
  });

  it('fails when only the ESP domain signed', async () => {
    const r = await run(signMessage(newsletter(), { domain: 'esp-mail.example', selector: 'esp', key }));
    expect(r.dkim[0]).toMatchObject({ result: 'pass', aligned: false });
    expect(r.dmarc).toMatchObject({ result: 'fail', policy: 'reject' });
    expect(r.findings).toContainEqual({
      id: 'dkim-only-esp',
      severity: 'error',
      params: { from: D, domains: 'esp-mail.example' },
    });
  });

  it("passes on the receiver's aligned SPF pass", async () => {
    const msg = signMessage(newsletter(), { domain: 'esp-mail.example', selector: 'esp', key });
    const ar = `Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of bounce@send.bakkerij-demol.be designates 1.2.3.4 as permitted sender) smtp.mailfrom=bounce@send.bakkerij-demol.be\r\n`;
    const r = await run(ar + msg);
    expect(r.dmarc).toEqual({
      result: 'pass',
      policy: 'reject',
      recordDomain: D,
      via: { kind: 'spf', domain: 'send.bakkerij-demol.be' },
      spf: { result: 'pass', domain: 'send.bakkerij-demol.be', authserv: 'mx.google.com' },
    });
    // Accepted through SPF, so DKIM of the domain is advice, not an error.
    expect(r.findings).toContainEqual({
      id: 'dkim-only-esp',
      severity: 'warning',
      params: { from: D, domains: 'esp-mail.example' },
    });
  });

  it('a subdomain inherits sp= from the organisational domain', async () => {
    const r = await run(
      signMessage(newsletter({ from: 'nieuws@mail.bakkerij-demol.be' }), { domain: D, selector: 's1', key }),
    );
    expect(r.dmarc).toMatchObject({ result: 'pass', policy: 'quarantine', recordDomain: D });
  });

  it('strict adkim needs the exact domain', async () => {
    const r = await run(
      signMessage(newsletter({ from: 'x@news.strict.example' }), { domain: 'strict.example', selector: 's1', key }),
    );
    expect(r.dkim[0]).toMatchObject({ result: 'pass', aligned: true });
    expect(r.dmarc?.result).toBe('fail');
  });

  it('no record is none, two records a permerror, a time-out a temperror', async () => {
    const sign = (from: string) => signMessage(newsletter({ from }), { domain: D, selector: 's1', key });
    expect((await run(sign('a@nodmarc.example'))).dmarc?.result).toBe('none');
    expect((await run(sign('a@twice.example'))).dmarc?.result).toBe('permerror');
    expect((await run(sign('a@down.example'))).dmarc?.result).toBe('temperror');
  });

  it('several From domains are a permerror; no From has no DMARC', async () => {
    const two = await run(
      signMessage(newsletter({ from: 'a@bakkerij-demol.be, b@other.example' }), { domain: D, selector: 's1', key }),
    );
    expect(two.dmarc?.result).toBe('permerror');
    expect(ids(two)).toContain('from-multiple');
    const none = await run(newsletter().replace(/^From: .*\r\n/, ''));
    expect(none.dmarc).toBeUndefined();
    expect(ids(none)).toContain('from-missing');
  });
});

describe('Authentication-Results', () => {
  it('reads Gmail with two dkim results', () => {
    expect(
      parseAuthResults(
        'mx.google.com; dkim=pass header.i=@bakkerij-demol.be header.s=k2 header.b=AbCdEfGh; dkim=pass header.i=@mcsv.net header.s=k3 header.b=XyZ12345; spf=pass (google.com: domain of bounce-mc.us1_1.2-x@mail123.atl11.rsgsv.net designates 198.2.128.1 as permitted sender) smtp.mailfrom="bounce-mc.us1_1.2-x@mail123.atl11.rsgsv.net"; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=bakkerij-demol.be',
      ),
    ).toEqual({
      authserv: 'mx.google.com',
      spf: 'pass',
      spfDomain: 'mail123.atl11.rsgsv.net',
      dkim: 'pass',
      dkimResults: [
        { result: 'pass', domain: 'bakkerij-demol.be', selector: 'k2', b: 'AbCdEfGh' },
        { result: 'pass', domain: 'mcsv.net', selector: 'k3', b: 'XyZ12345' },
      ],
      dmarc: 'pass',
      dmarcFrom: 'bakkerij-demol.be',
    });
  });

  it('reads Microsoft, which writes no authserv-id', () => {
    expect(
      parseAuthResults(
        'spf=pass (sender IP is 198.2.128.1) smtp.mailfrom=mcsv.net; dkim=fail (body hash did not verify) header.d=bakkerij-demol.be;dmarc=fail action=oreject header.from=bakkerij-demol.be;compauth=fail reason=000',
      ),
    ).toEqual({
      authserv: '',
      spf: 'pass',
      spfDomain: 'mcsv.net',
      dkim: 'fail',
      dkimResults: [{ result: 'fail', domain: 'bakkerij-demol.be' }],
      dmarc: 'fail',
      dmarcFrom: 'bakkerij-demol.be',
    });
  });

  it('reads "none" and versioned ids', () => {
    expect(parseAuthResults('example.org 1; none')).toEqual({ authserv: 'example.org' });
  });

  it('names a receiver that disagrees with our verification', async () => {
    const signed = signMessage(newsletter(), { domain: D, selector: 's1', key });
    const b = /b=([A-Za-z0-9+/]{8})/.exec(signed.slice(signed.indexOf('\tb=')))![1];
    const ar = `Authentication-Results: mx.google.com; dkim=pass header.i=@${D} header.s=s1 header.b=${b}; dmarc=pass header.from=${D}\r\n`;
    const tampered = (ar + signed).replace('Deze week', 'Deze weak');
    const r = await run(tampered);
    expect(r.dkim[0]!.result).toBe('fail');
    expect(r.findings).toContainEqual({
      id: 'receiver-disagrees-dkim',
      severity: 'warning',
      params: { authserv: 'mx.google.com', domain: D, theirs: 'pass', ours: 'fail' },
    });
    expect(r.findings).toContainEqual({
      id: 'receiver-disagrees-dmarc',
      severity: 'warning',
      params: { authserv: 'mx.google.com', theirs: 'pass', ours: 'fail' },
    });
    // Gmail writes neutral for a body hash that did not verify; against our pass that is a disagreement too.
    const neutral = await run(ar.replace('dkim=pass', 'dkim=neutral (body hash did not verify)') + signed);
    expect(neutral.findings).toContainEqual({
      id: 'receiver-disagrees-dkim',
      severity: 'warning',
      params: { authserv: 'mx.google.com', domain: D, theirs: 'neutral', ours: 'pass' },
    });
    const agree = await run(ar + signed);
    expect(ids(agree).filter((i) => i.startsWith('receiver'))).toEqual([]);
    expect(agree.authenticationResults).toHaveLength(1);
  });
});

describe('one-click unsubscribe', () => {
  const h = ['from', 'to', 'subject', 'date'];
  it('is in order when https, Post and both signed', async () => {
    const r = await run(signMessage(newsletter(), { domain: D, selector: 's1', key }));
    expect(r.listUnsubscribe).toEqual({
      present: true,
      https: true,
      oneClick: true,
      signed: true,
      postPresent: true,
      covered: { list: true, post: true },
      inH: { list: true, post: true },
    });
    expect(r.findings).toContainEqual({ id: 'unsubscribe-ok', severity: 'ok', params: {} });
  });

  it('names List-Unsubscribe-Post when only it is unsigned', async () => {
    const r = await run(signMessage(newsletter(), { domain: D, selector: 's1', key, h: [...h, 'list-unsubscribe'] }));
    expect(r.listUnsubscribe).toMatchObject({ oneClick: true, signed: false });
    expect(r.findings).toContainEqual({ id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'post' } });
  });

  it('names both when neither is signed', async () => {
    const r = await run(signMessage(newsletter(), { domain: D, selector: 's1', key, h }));
    expect(r.findings).toContainEqual({ id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'both' } });
  });

  it('a signature that covers them but fails does not count', async () => {
    const r = await run(
      signMessage(newsletter(), { domain: D, selector: 's1', key }).replace('Deze week', 'Deze weak'),
    );
    expect(r.listUnsubscribe.signed).toBe(false);
    expect(r.findings).toContainEqual({ id: 'unsubscribe-unverified', severity: 'error', params: { domain: D } });
  });

  it('mailto only, and no Post field', async () => {
    const msg = newsletter()
      .replace(/List-Unsubscribe: .*\r\n/, 'List-Unsubscribe: <mailto:unsub@example-esp.com>\r\n')
      .replace(/List-Unsubscribe-Post: .*\r\n/, '');
    const r = await run(signMessage(msg, { domain: D, selector: 's1', key }));
    expect(r.listUnsubscribe).toMatchObject({
      present: true,
      https: false,
      oneClick: false,
      signed: true,
      postPresent: false,
    });
    expect(ids(r)).toEqual(expect.arrayContaining(['unsubscribe-no-https', 'unsubscribe-no-post']));
  });

  it('a wrong Post value and a missing List-Unsubscribe', async () => {
    const bad = await run(
      signMessage(newsletter().replace('List-Unsubscribe=One-Click', 'One-Click'), { domain: D, selector: 's1', key }),
    );
    expect(bad.findings).toContainEqual({
      id: 'unsubscribe-post-invalid',
      severity: 'error',
      params: { value: 'One-Click' },
    });
    const none = await run(
      signMessage(newsletter().replace(/List-Unsubscribe.*\r\n/g, ''), { domain: D, selector: 's1', key }),
    );
    expect(none.listUnsubscribe).toMatchObject({ present: false, signed: false });
    expect(ids(none)).toContain('unsubscribe-missing');
  });
});

describe('ARC and odd input', () => {
  it('lists ARC sets by instance', async () => {
    const arc = [
      'ARC-Seal: i=2; a=rsa-sha256; t=1764579700; cv=pass; d=google.com; s=arc-20240605; b=xx',
      'ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; h=from; bh=yy; b=zz',
      'ARC-Authentication-Results: i=2; mx.google.com; dkim=pass header.i=@bakkerij-demol.be',
      'ARC-Seal: i=1; a=rsa-sha256; t=1764579650; cv=none; d=lists.example.org; s=arc; b=xx',
      'ARC-Authentication-Results: i=1; lists.example.org; spf=pass',
    ].join('\r\n');
    const r = await run(`${arc}\r\n${signMessage(newsletter(), { domain: D, selector: 's1', key })}`);
    expect(r.arc).toEqual([
      { instance: 1, sealer: 'lists.example.org', cv: 'none', authserv: 'lists.example.org' },
      { instance: 2, sealer: 'google.com', cv: 'pass', signer: 'google.com', authserv: 'mx.google.com' },
    ]);
    expect(r.findings).toContainEqual({
      id: 'arc-present',
      severity: 'info',
      params: { count: 2, sealers: 'lists.example.org, google.com' },
    });
  });

  it('text that is no message says so', async () => {
    const r = await run('Hello, I think my newsletter goes to spam, can you help?');
    expect(r.findings).toEqual([{ id: 'not-a-message', severity: 'error', params: {} }]);
    expect(r.dkim).toEqual([]);
  });

  it('never rejects, whatever is pasted', async () => {
    const resolver = createZoneResolver({ nodes: {} });
    const chunk = fc.constantFrom(
      'DKIM-Signature: v=1; a=rsa-sha256; d=x.be; s=a; h=from; bh=; b=',
      'From: a@x.be',
      'List-Unsubscribe: <https:',
      '\r\n',
      '\n',
      ' ',
      '\t',
      ':',
      ';',
      '=?utf-8?B?',
      'Authentication-Results: ;;',
      '(',
      '"',
      '\xff',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(chunk, fc.string()), { maxLength: 30 }), async (parts) => {
        const r = await analyzeMessage(parts.join(''), resolver);
        expect(Array.isArray(r.findings)).toBe(true);
        expect(r.findings.some((f) => f.id === 'internal-error')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
