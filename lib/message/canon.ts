// Canonicalisation (RFC 6376 §3.4) on binary strings with CRLF line ends, and the choice of
// header instances that h= signs (§5.4.2: bottom-up, a name listed more often than it occurs
// is "over-signed" and stands for an empty, null instance).
import type { Canon } from './dkim-signature';
import type { HeaderField } from './headers';

/** §3.4.1 simple / §3.4.2 relaxed header canonicalisation of one field, with its CRLF. */
export function canonHeader(field: HeaderField, mode: Canon): string {
  if (mode === 'simple') return `${field.raw}\r\n`;
  const value = field.rawValue
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
  return `${field.lower.trim()}:${value}\r\n`;
}

/** Drops spaces and tabs at the very end (the last line may lack its CRLF). */
function trimWsp(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** §3.4.3 simple / §3.4.4 relaxed body canonicalisation. */
export function canonBody(body: string, mode: Canon): string {
  if (mode === 'simple') {
    // Empty lines at the end are ignored; a body without a final CRLF gets one; no body is one CRLF.
    if (body === '') return '\r\n';
    const b = body.endsWith('\r\n') ? body : `${body}\r\n`;
    return b.replace(/(?:\r\n)+$/, '\r\n');
  }
  // Only the runs that change are replaced (a 2 MB body has ~10^5 single spaces to leave alone).
  const b = trimWsp(body.replace(/[ \t]+\r\n/g, '\r\n')).replace(/[ \t]{2,}|\t/g, ' ');
  let end = b.length;
  while (end >= 2 && b.charCodeAt(end - 1) === 10 && b.charCodeAt(end - 2) === 13) end -= 2;
  const trimmed = b.slice(0, end);
  // RFC 6376 errata 3133: an empty (or all-empty-lines) body canonicalises to nothing.
  return trimmed === '' ? '' : `${trimmed}\r\n`;
}

/**
 * The fields h= selects, in h= order: for each name the last instance not yet used (§5.4.2);
 * undefined where the name is over-signed (no instance left), which hashes as nothing.
 */
export function selectSignedFields(
  headers: HeaderField[],
  signed: string[],
  exclude: HeaderField,
): (HeaderField | undefined)[] {
  const used = new Set<HeaderField>();
  return signed.map((name) => {
    for (let i = headers.length - 1; i >= 0; i--) {
      const h = headers[i]!;
      if (h.lower === name && h !== exclude && !used.has(h)) {
        used.add(h);
        return h;
      }
    }
    return undefined;
  });
}

/** The DKIM-Signature field itself with the b= value emptied (§3.7), canonicalised, no final CRLF. */
export function canonSignatureField(field: HeaderField, mode: Canon): string {
  const colon = field.raw.indexOf(':');
  const value = field.raw.slice(colon + 1).replace(/((?:^|;)[ \t\r\n]*b[ \t\r\n]*=)[^;]*/, '$1');
  const emptied: HeaderField = { ...field, raw: field.raw.slice(0, colon + 1) + value, rawValue: value };
  return canonHeader(emptied, mode).slice(0, -2);
}
