// A DKIM signer for tests, written apart from lib/message (line-based canonicalisation, node's
// own crypto instead of WebCrypto), so a verifier bug is not mirrored by the signer.
// RFC 6376 §3.4 (canonicalisation), §3.5 (tags), §5.4.2 (header selection); RFC 8463 (Ed25519).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export type Algo = 'rsa-sha256' | 'ed25519-sha256';
export interface TestKey {
  algo: Algo;
  privateKey: KeyObject;
  /** The p= value to publish. */
  p: string;
}

/** Generates a key pair and its DNS p= value (RSA: SubjectPublicKeyInfo; Ed25519: the raw 32 bytes). */
export function generateTestKey(kind: 'rsa1024' | 'rsa2048' | 'ed25519'): TestKey {
  if (kind === 'ed25519') {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    return { algo: 'ed25519-sha256', privateKey, p: spki.subarray(spki.length - 32).toString('base64') };
  }
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: kind === 'rsa1024' ? 1024 : 2048 });
  return { algo: 'rsa-sha256', privateKey, p: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
}

/** The TXT record for a key. */
export function keyRecord(key: TestKey, extra = ''): string {
  return `v=DKIM1; k=${key.algo === 'rsa-sha256' ? 'rsa' : 'ed25519'};${extra} p=${key.p}`;
}

function splitMessage(msg: string): { fields: { name: string; text: string }[]; body: string } {
  const at = msg.indexOf('\r\n\r\n');
  const head = at < 0 ? msg : msg.slice(0, at);
  const body = at < 0 ? '' : msg.slice(at + 4);
  const fields: { name: string; text: string }[] = [];
  for (const line of head.split('\r\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length)
      fields[fields.length - 1]!.text += `\r\n${line}`;
    else fields.push({ name: line.slice(0, line.indexOf(':')).trim().toLowerCase(), text: line });
  }
  return { fields, body };
}

function headerCanon(text: string, mode: string): string {
  if (mode === 'simple') return `${text}\r\n`;
  const colon = text.indexOf(':');
  const name = text.slice(0, colon).trim().toLowerCase();
  const value = text
    .slice(colon + 1)
    .split('\r\n')
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return `${name}:${value}\r\n`;
}

function bodyCanon(body: string, mode: string): string {
  let lines = body.split('\r\n');
  if (mode === 'relaxed') lines = lines.map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return mode === 'simple' ? '\r\n' : '';
  return `${lines.join('\r\n')}\r\n`;
}

export interface SignOptions {
  domain: string;
  selector: string;
  key: TestKey;
  /** header/body canonicalisation; default relaxed/relaxed. */
  c?: string;
  /** h= list as written; default the fields present that a newsletter ESP signs. */
  h?: string[];
  /** l=: true for the whole canonical body, or a number. */
  l?: boolean | number;
  t?: number;
  x?: number;
  /** Replaces a=, to sign with an algorithm name the verifier must refuse. */
  aOverride?: string;
  /** Tags to leave out (to make broken signatures). */
  omit?: string[];
  i?: string;
}

/** Signs a CRLF message and returns it with the DKIM-Signature field on top. */
export function signMessage(msg: string, o: SignOptions): string {
  const [hc = 'relaxed', bc = 'relaxed'] = (o.c ?? 'relaxed/relaxed').split('/');
  const { fields, body } = splitMessage(msg);
  const h =
    o.h ??
    fields
      .map((f) => f.name)
      .filter((n) =>
        [
          'from',
          'to',
          'subject',
          'date',
          'message-id',
          'list-unsubscribe',
          'list-unsubscribe-post',
          'mime-version',
          'content-type',
          'reply-to',
          'feedback-id',
        ].includes(n),
      );
  const cb = bodyCanon(body, bc);
  const l = o.l === true ? cb.length : typeof o.l === 'number' ? o.l : undefined;
  const bh = createHash('sha256')
    .update(Buffer.from(l === undefined ? cb : cb.slice(0, l), 'binary'))
    .digest('base64');
  const tags: [string, string][] = [
    ['v', '1'],
    ['a', o.aOverride ?? o.key.algo],
    ['c', `${hc}/${bc}`],
    ['d', o.domain],
    ['s', o.selector],
    ...(o.i ? ([['i', o.i]] as [string, string][]) : []),
    ['t', String(o.t ?? 1764579600)],
    ...(o.x !== undefined ? ([['x', String(o.x)]] as [string, string][]) : []),
    ...(l !== undefined ? ([['l', String(l)]] as [string, string][]) : []),
    ['h', h.join(':')],
    ['bh', bh],
  ];
  const kept = tags.filter(([t]) => !o.omit?.includes(t));
  const unsigned = `DKIM-Signature: ${kept.map(([t, v]) => `${t}=${v}`).join(';\r\n\t')};\r\n\tb=`;
  const used = new Set<number>();
  let input = '';
  for (const name of h) {
    for (let i = fields.length - 1; i >= 0; i--) {
      if (fields[i]!.name === name && !used.has(i)) {
        used.add(i);
        input += headerCanon(fields[i]!.text, hc);
        break;
      }
    }
  }
  input += headerCanon(unsigned, hc).slice(0, -2);
  const data = Buffer.from(input, 'binary');
  const b = (
    o.key.algo === 'rsa-sha256'
      ? sign('sha256', data, o.key.privateKey)
      : sign(null, createHash('sha256').update(data).digest(), o.key.privateKey)
  ).toString('base64');
  const folded = b.replace(/.{1,72}/g, (s, off: number) => (off === 0 ? s : `\r\n\t${s}`));
  return `${o.omit?.includes('b') ? unsigned.replace(/;\r\n\tb=$/, '') : unsigned + folded}\r\n${msg}`;
}

/** A newsletter as an ESP sends it, CRLF line ends. */
export function newsletter(
  over: { from?: string; extraHeaders?: string[]; body?: string; subject?: string } = {},
): string {
  const head = [
    `From: ${over.from ?? 'Bakkerij De Mol <nieuws@bakkerij-demol.be>'}`,
    'To: klant@example.net',
    `Subject: ${over.subject ?? '=?utf-8?Q?Verse_croissants_en_=C3=A9clairs?='}`,
    'Date: Tue, 01 Dec 2026 08:00:00 +0000',
    'Message-ID: <20261201080000.abc123@mail.bakkerij-demol.be>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'List-Unsubscribe: <https://unsub.example-esp.com/u/abc123>, <mailto:unsub-abc123@example-esp.com>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ...(over.extraHeaders ?? []),
  ];
  const body = over.body ?? 'Goeiemorgen!\r\n\r\nDeze week:  verse croissants \t en eclairs.\r\n\r\n\r\n';
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

/** A key kept as PKCS#8 PEM (committed test fixtures), with its p= value. */
export function testKeyFromPem(pem: string): TestKey {
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  if (privateKey.asymmetricKeyType === 'ed25519')
    return { algo: 'ed25519-sha256', privateKey, p: spki.subarray(spki.length - 32).toString('base64') };
  return { algo: 'rsa-sha256', privateKey, p: spki.toString('base64') };
}

/** The PKCS#8 PEM of a test key. */
export function pemOf(key: TestKey): string {
  return key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
