// The signer's public key: fetched through the caller's resolver at <s>._domainkey.<d>
// (RFC 6376 §3.6.2), CNAME chains followed, parsed with lib/auth/dkim-key.ts, checked against
// the signature (§3.6.1 k=, h=, s=, t=s) and imported into WebCrypto (RFC 8301, RFC 8463).
import type { Resolver } from '../dns/types';
import { lookup, txtRecords } from '../auth/lookup';
import { parseDkimKey, rsaModulusBits } from '../auth/dkim-key';
import { parseTagList } from '../auth/tags';
import { base64ToBytes } from './bytes';
import type { DkimSignature } from './dkim-signature';
import type { DkimReason } from './types';

export type KeyRecord =
  | { ok: true; text: string; via: string[] }
  | {
      ok: false;
      result: 'permerror' | 'temperror';
      reason: DkimReason;
      params?: Record<string, string | number>;
      via: string[];
    };

/** Asks for the key record, following a CNAME chain a resolver did not follow itself (at most 8 hops). */
export async function fetchKeyRecord(
  domain: string,
  selector: string,
  resolver: Resolver,
  signal?: AbortSignal,
): Promise<KeyRecord> {
  let name = `${selector}._domainkey.${domain}`;
  const via: string[] = [];
  for (let hop = 0; hop < 8; hop++) {
    const res = await lookup(resolver, name, 'TXT', signal);
    if (!res.ok)
      return { ok: false, result: 'temperror', reason: 'dns-error', params: { name, error: res.error }, via };
    for (const r of res.answer.records) if (r.type === 'CNAME') via.push(r.target);
    const keys = txtRecords(res.answer).filter((t) => /(^|;)\s*p\s*=/.test(t));
    if (keys.length > 0) return { ok: true, text: keys[0]!, via };
    const last = res.answer.records.at(-1);
    if (last?.type !== 'CNAME') break;
    name = last.target;
  }
  // §6.1.2 step 3: no key record is a permanent failure ("no key for signature").
  return {
    ok: false,
    result: 'permerror',
    reason: 'key-not-found',
    params: { name: `${selector}._domainkey.${domain}` },
    via,
  };
}

export type UsableKey =
  | { ok: true; key: CryptoKey; bits: number; testing: boolean }
  | {
      ok: false;
      reason: DkimReason;
      params?: Record<string, string | number>;
      bits?: number;
      testing: boolean;
      unsupported?: boolean;
    };

/** Wraps a bare PKCS#1 RSAPublicKey in SubjectPublicKeyInfo, the form WebCrypto imports. */
function toSpki(der: Uint8Array): Uint8Array {
  if (der[0] === 0x30 && der[der[1]! & 0x80 ? 2 + (der[1]! & 0x7f) : 2] === 0x30) return der; // already SPKI
  const len = (n: number) => (n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
  const algo = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
  const bitString = [0x03, ...len(der.length + 1), 0x00];
  const inner = algo.length + bitString.length + der.length;
  return new Uint8Array([0x30, ...len(inner), ...algo, ...bitString, ...der]);
}

/** Checks the key record against the signature and imports it. Never throws. */
export async function importKey(text: string, sig: DkimSignature): Promise<UsableKey> {
  const parsed = parseDkimKey(text);
  const { tags } = parseTagList(text);
  const testing = parsed.testing;
  if (parsed.revoked) return { ok: false, reason: 'key-revoked', testing };
  if (parsed.errors.length) return { ok: false, reason: 'key-syntax', testing };
  const family = sig.algorithm === 'rsa-sha256' ? 'rsa' : 'ed25519';
  if (parsed.keyType !== family)
    return {
      ok: false,
      reason: 'key-type-mismatch',
      params: { k: parsed.keyType.slice(0, 20), a: sig.algorithm },
      testing,
    };
  const hashes = tags.get('h');
  if (hashes !== undefined && !hashes.split(':').some((h) => h.trim().toLowerCase() === 'sha256'))
    return { ok: false, reason: 'key-hash-mismatch', testing };
  const services = tags.get('s');
  if (services !== undefined && !services.split(':').some((s) => ['*', 'email'].includes(s.trim().toLowerCase())))
    return { ok: false, reason: 'key-service-mismatch', testing };
  const flags = (tags.get('t') ?? '').split(':').map((f) => f.trim().toLowerCase());
  // §3.6.1 t=s: the i= domain must be d= itself, not a subdomain.
  if (flags.includes('s') && sig.identity.slice(sig.identity.lastIndexOf('@') + 1) !== sig.domain)
    return { ok: false, reason: 'key-strict-identity', testing };
  const bytes = base64ToBytes(tags.get('p') ?? '')!;
  try {
    if (family === 'rsa') {
      const bits = rsaModulusBits(bytes) ?? 0;
      // RFC 8301 §3.2: verifiers MUST NOT consider signatures with keys below 1024 bits valid.
      if (bits < 1024) return { ok: false, reason: 'key-too-small', params: { bits }, bits, testing };
      const key = await globalThis.crypto.subtle.importKey(
        'spki',
        toSpki(bytes) as BufferSource,
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      return { ok: true, key, bits, testing };
    }
    // RFC 8463 §4.2: p= is the raw 32-byte Ed25519 public key.
    const key = await globalThis.crypto.subtle.importKey('raw', bytes as BufferSource, { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return { ok: true, key, bits: 256, testing };
  } catch (e) {
    // A browser without Ed25519 in WebCrypto (Firefox before 129) cannot judge the signature:
    // that is no fault of the message, so it is not reported as one.
    if ((e as Error)?.name === 'NotSupportedError')
      return {
        ok: false,
        reason: 'algorithm-unsupported',
        params: { algorithm: sig.algorithm },
        testing,
        unsupported: true,
      };
    return { ok: false, reason: 'key-import-failed', testing };
  }
}
