// A message is bytes (RFC 5322 §2.1, RFC 6376 §3.4 hashes bytes). We keep it as a "binary
// string" — one char per byte, 0–255 — so the header parser and the canonicalisation can use
// string operations, while a body that is not valid UTF-8 is hashed exactly as it arrived.

/** A binary string of the message: a pasted string is encoded as UTF-8, bytes are kept as they are. */
export function toBinary(raw: string | Uint8Array): string {
  if (typeof raw === 'string' && !/[^\x00-\x7f]/.test(raw)) return raw; // ASCII: already one char per byte
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  // Each byte widened to a UTF-16 code unit below 256 (never a surrogate), decoded in one go:
  // far faster than String.fromCharCode over chunks for a message of megabytes.
  return new TextDecoder('utf-16le').decode(new Uint16Array(bytes));
}

/** The bytes of a binary string. */
export function binaryToBytes(s: string): Uint8Array {
  if (!/[^\x00-\x7f]/.test(s)) return new TextEncoder().encode(s); // ASCII: the same bytes, natively
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Text of a binary string read as UTF-8 (RFC 6532), bad sequences shown as U+FFFD. */
export function binaryToText(s: string): string {
  return /[\x80-\xff]/.test(s) ? new TextDecoder('utf-8').decode(binaryToBytes(s)) : s;
}

/** SHA-256 of bytes with WebCrypto (works in node 20, pages and the service worker). */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

/** Decodes base64 (whitespace ignored); undefined when it is not base64. */
export function base64ToBytes(b64: string): Uint8Array | undefined {
  const clean = b64.replace(/[ \t\r\n]+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    return binaryToBytes(atob(clean));
  } catch {
    return undefined;
  }
}

/** Constant-length comparison of two byte arrays. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}
