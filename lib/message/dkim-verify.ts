// Verifying one DKIM signature (RFC 6376 §6.1): the body hash over the canonicalised body
// (l= honoured), then the signature over the selected header fields and the signature field
// itself — rsa-sha256 (RFC 8301) or ed25519-sha256 (RFC 8463, Ed25519 over the SHA-256 digest).
import { binaryToBytes, sameBytes, sha256 } from './bytes';
import { canonBody, canonHeader, canonSignatureField, selectSignedFields } from './canon';
import type { DkimSignature } from './dkim-signature';
import type { HeaderField } from './headers';
import type { DkimReason, DkimResult } from './types';

export type Verdict = { result: DkimResult; reason?: DkimReason; params?: Record<string, string | number> };

/** Body hashes shared by the signatures of one message (same canonicalisation and l=). */
export function createBodyHasher(
  body: string,
): (mode: DkimSignature['bodyCanon'], length?: number) => Promise<Uint8Array | 'short'> {
  const canon = new Map<string, string>();
  const hashes = new Map<string, Promise<Uint8Array>>();
  return (mode, length) => {
    let c = canon.get(mode);
    if (c === undefined) canon.set(mode, (c = canonBody(body, mode)));
    // §3.5 l=: a body shorter than l= cannot be the one signed.
    if (length !== undefined && length > c.length) return Promise.resolve('short');
    const key = `${mode}|${length ?? ''}`;
    let h = hashes.get(key);
    if (!h) hashes.set(key, (h = sha256(binaryToBytes(length === undefined ? c : c.slice(0, length)))));
    return h;
  };
}

/** The bytes the signature covers (§3.7). */
export function signedData(headers: HeaderField[], field: HeaderField, sig: DkimSignature): Uint8Array {
  const parts = selectSignedFields(headers, sig.signedHeaders, field).map((h) =>
    h ? canonHeader(h, sig.headerCanon) : '',
  );
  parts.push(canonSignatureField(field, sig.headerCanon));
  return binaryToBytes(parts.join(''));
}

/** Checks body hash and signature with an imported key. Never throws. */
export async function verifySignature(
  headers: HeaderField[],
  field: HeaderField,
  sig: DkimSignature,
  key: CryptoKey,
  bodyHash: (mode: DkimSignature['bodyCanon'], length?: number) => Promise<Uint8Array | 'short'>,
): Promise<Verdict> {
  try {
    const bh = await bodyHash(sig.bodyCanon, sig.length);
    if (bh === 'short') return { result: 'permerror', reason: 'body-shorter-than-l', params: { l: sig.length! } };
    // RFC 6376 §6.1.3: PERMFAIL (body hash did not verify) — written as fail, as Microsoft does (Gmail says neutral).
    if (!sameBytes(bh, sig.bodyHash)) return { result: 'fail', reason: 'body-hash-mismatch' };
    const data = signedData(headers, field, sig);
    const subtle = globalThis.crypto.subtle;
    const ok =
      sig.algorithm === 'rsa-sha256'
        ? await subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, sig.signature as BufferSource, data as BufferSource)
        : await subtle.verify(
            { name: 'Ed25519' },
            key,
            sig.signature as BufferSource,
            (await sha256(data)) as BufferSource,
          );
    return ok ? { result: 'pass' } : { result: 'fail', reason: 'signature-mismatch' };
  } catch {
    // WebCrypto rejects malformed signature bytes on some platforms instead of answering false.
    return { result: 'fail', reason: 'signature-mismatch' };
  }
}
