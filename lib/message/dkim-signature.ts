// The DKIM-Signature header field (RFC 6376 §3.5): its tags, checked the way a verifier must
// before it asks DNS (§6.1.1). Problems are results, never exceptions.
import { parseTagList } from '../auth/tags';
import { base64ToBytes } from './bytes';
import { unfold, type HeaderField } from './headers';
import type { DkimReason } from './types';

export type Canon = 'simple' | 'relaxed';

export interface DkimSignature {
  version: string;
  algorithm: 'rsa-sha256' | 'ed25519-sha256';
  domain: string;
  selector: string;
  headerCanon: Canon;
  bodyCanon: Canon;
  /** h=, lower-cased, in order. */
  signedHeaders: string[];
  bodyHash: Uint8Array;
  signature: Uint8Array;
  /** The b= value as written, FWS removed. */
  b: string;
  identity: string;
  length?: number;
  timestamp?: number;
  expires?: number;
}

/** What the field says even when it cannot be verified: enough to name it in the report. */
export interface SignatureLabel {
  domain: string;
  selector: string;
  algorithm: string;
  signedHeaders: string[];
  canonicalization?: string;
  b?: string;
  length?: number;
  expires?: number;
}

export type ParsedSignature =
  | { ok: true; sig: DkimSignature; label: SignatureLabel }
  | { ok: false; label: SignatureLabel; reason: DkimReason; params?: Record<string, string | number> };

const REQUIRED = ['v', 'a', 'b', 'bh', 'd', 'h', 's'] as const;
const DOMAIN = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/i;

/** Parses and checks one DKIM-Signature field (RFC 6376 §3.5, §6.1.1; RFC 8301; RFC 8463). */
export function parseDkimSignature(field: HeaderField, nowSeconds: number): ParsedSignature {
  const { tags, errors } = parseTagList(unfold(field.rawValue));
  const get = (t: string) => tags.get(t)?.replace(/[ \t\r\n]+/g, ' ');
  const b = (tags.get('b') ?? '').replace(/[ \t\r\n]+/g, '');
  const canon = (get('c') ?? 'simple/simple').toLowerCase();
  const label: SignatureLabel = {
    domain: (get('d') ?? '').toLowerCase(),
    selector: (get('s') ?? '').toLowerCase(),
    algorithm: (get('a') ?? '').toLowerCase(),
    signedHeaders: (get('h') ?? '')
      .split(':')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    canonicalization: canon.includes('/') ? canon : `${canon}/simple`,
    b: b.slice(0, 8) || undefined,
  };
  const fail = (reason: DkimReason, params?: Record<string, string | number>): ParsedSignature => ({
    ok: false,
    label,
    reason,
    params,
  });
  if (errors.length) return fail('signature-syntax');
  const missing = REQUIRED.filter((t) => !tags.has(t));
  if (missing.length) return fail('missing-tags', { tags: missing.join(', ') });
  if (get('v') !== '1') return fail('unsupported-version', { version: (get('v') ?? '').slice(0, 10) });
  // RFC 8301 §3.1: rsa-sha1 MUST NOT be considered valid. RFC 8463 §3 adds ed25519-sha256.
  if (label.algorithm === 'rsa-sha1') return fail('algorithm-rsa-sha1');
  if (label.algorithm !== 'rsa-sha256' && label.algorithm !== 'ed25519-sha256')
    return fail('unknown-algorithm', { algorithm: label.algorithm.slice(0, 30) });
  const [hc, bc = 'simple'] = canon.split('/');
  if ((hc !== 'simple' && hc !== 'relaxed') || (bc !== 'simple' && bc !== 'relaxed'))
    return fail('unknown-canonicalization', { c: canon.slice(0, 30) });
  const q = get('q');
  if (q !== undefined && !q.split(':').some((m) => m.trim().toLowerCase() === 'dns/txt'))
    return fail('unknown-query-method', { q: q.slice(0, 30) });
  if (!DOMAIN.test(label.domain)) return fail('invalid-tag', { tag: 'd' });
  if (!DOMAIN.test(label.selector)) return fail('invalid-tag', { tag: 's' });
  // RFC 6376 §5.4: the From field MUST be signed; a verifier treats a signature without it as invalid.
  if (!label.signedHeaders.includes('from')) return fail('from-not-signed');
  const identity = (get('i') ?? `@${label.domain}`).toLowerCase();
  const iDomain = identity.slice(identity.lastIndexOf('@') + 1);
  // §3.5 i=: the domain of the identity is d= or a subdomain of it.
  if (!identity.includes('@') || (iDomain !== label.domain && !iDomain.endsWith(`.${label.domain}`)))
    return fail('identity-mismatch');
  const num = (t: string): number | undefined | null => {
    const v = get(t);
    if (v === undefined) return undefined;
    return /^\d{1,20}$/.test(v) ? Number(v) : null;
  };
  const length = num('l');
  const timestamp = num('t');
  const expires = num('x');
  for (const [t, v] of [
    ['l', length],
    ['t', timestamp],
    ['x', expires],
  ] as const)
    if (v === null) return fail('invalid-tag', { tag: t });
  if (length !== undefined && length !== null) label.length = length;
  if (expires !== undefined && expires !== null) label.expires = expires;
  // §3.5 x=: the expiry MUST be after t=; a signature past its x= is treated as failed (§6.1.1).
  if (expires != null && timestamp != null && expires < timestamp) return fail('invalid-tag', { tag: 'x' });
  if (expires != null && expires < nowSeconds)
    return fail('signature-expired', { date: new Date(expires * 1000).toISOString() });
  const bodyHash = base64ToBytes(tags.get('bh') ?? '');
  const signature = base64ToBytes(b);
  if (!bodyHash || bodyHash.length !== 32) return fail('invalid-tag', { tag: 'bh' });
  if (!signature || signature.length === 0) return fail('invalid-tag', { tag: 'b' });
  return {
    ok: true,
    label,
    sig: {
      version: '1',
      algorithm: label.algorithm,
      domain: label.domain,
      selector: label.selector,
      headerCanon: hc,
      bodyCanon: bc,
      signedHeaders: label.signedHeaders,
      bodyHash,
      signature,
      b,
      identity,
      length: length ?? undefined,
      timestamp: timestamp ?? undefined,
      expires: expires ?? undefined,
    },
  };
}
