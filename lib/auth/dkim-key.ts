// DKIM key records (RFC 6376 §3.6.1, RFC 8301 key sizes, RFC 8463 Ed25519): tag parsing and
// reading the RSA modulus length straight from the key so "2048-bit" is measured, not assumed.
import { reason, type Reason } from './reason';
import { parseTagList } from './tags';

export interface DkimKey {
  keyType: string;
  /** Empty p= means the key was revoked (RFC 6376 §3.6.1). */
  revoked: boolean;
  /** t=y: the domain is testing DKIM; receivers may treat signatures as unsigned. */
  testing: boolean;
  bits?: number;
  errors: Reason[];
}

function base64Bytes(b64: string): Uint8Array | undefined {
  const clean = b64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Reads one DER TLV at `at`; returns the tag, where its content starts and its length. */
function der(bytes: Uint8Array, at: number): { tag: number; start: number; len: number } | undefined {
  if (at + 2 > bytes.length) return undefined;
  const tag = bytes[at]!;
  let len = bytes[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > bytes.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[start + i]!;
    start += n;
  }
  return start + len <= bytes.length ? { tag, start, len } : undefined;
}

/** Bit length of an RSA modulus in SubjectPublicKeyInfo or bare PKCS#1 RSAPublicKey DER. */
export function rsaModulusBits(bytes: Uint8Array): number | undefined {
  let seq = der(bytes, 0);
  if (!seq || seq.tag !== 0x30) return undefined;
  let first = der(bytes, seq.start);
  if (first?.tag === 0x30) {
    // SubjectPublicKeyInfo: AlgorithmIdentifier, then BIT STRING holding RSAPublicKey.
    const bits = der(bytes, first.start + first.len);
    if (!bits || bits.tag !== 0x03) return undefined;
    seq = der(bytes, bits.start + 1); // skip the unused-bits byte
    if (!seq || seq.tag !== 0x30) return undefined;
    first = der(bytes, seq.start);
  }
  if (!first || first.tag !== 0x02) return undefined;
  let i = first.start;
  let len = first.len;
  while (len > 0 && bytes[i] === 0) {
    i++;
    len--;
  }
  if (len === 0) return undefined;
  return (len - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

/** Parses a DKIM key record. Never throws; problems are listed in `errors`. */
export function parseDkimKey(text: string): DkimKey {
  const { tags, order, errors } = parseTagList(text);
  if (tags.has('v') && (order[0] !== 'v' || tags.get('v') !== 'DKIM1')) errors.push(reason('dkim-v-first'));
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const p = tags.get('p');
  const flags = (tags.get('t') ?? '').split(':').map((f) => f.trim().toLowerCase());
  const key: DkimKey = { keyType, revoked: p === '', testing: flags.includes('y'), errors };
  if (p === undefined) errors.push(reason('dkim-no-p'));
  else if (p !== '') {
    const bytes = base64Bytes(p);
    if (!bytes) errors.push(reason('dkim-not-base64'));
    else if (keyType === 'rsa') {
      key.bits = rsaModulusBits(bytes);
      if (key.bits === undefined) errors.push(reason('dkim-not-rsa'));
    } else if (keyType === 'ed25519') {
      if (bytes.length === 32) key.bits = 256;
      else errors.push(reason('dkim-ed25519-size'));
    } else errors.push(reason('dkim-unknown-k', { k: keyType.slice(0, 20) }));
  }
  return key;
}
