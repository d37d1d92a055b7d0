// The header block of a message (RFC 5322 §2.2): fields, folding, duplicates, and the body,
// whatever the line ends. Pasted text and many .eml files use bare LF; DKIM is defined on CRLF
// (RFC 6376 §3.4, "lines end with CRLF"), so bare LF becomes CRLF first, as receivers see it.
import { binaryToText } from './bytes';
import { decodeEncodedWords } from './encoded-words';

export interface HeaderField {
  /** The field name as written. */
  name: string;
  /** Lower-cased name, for lookups. */
  lower: string;
  /** The whole field as it arrived (binary string), folding CRLFs included, no final CRLF. */
  raw: string;
  /** Everything after the colon, still folded (binary string). */
  rawValue: string;
}

export interface ParsedMessage {
  /** Fields in order, top first. */
  headers: HeaderField[];
  /** The body (binary string, CRLF line ends), '' when there is none. */
  body: string;
  /** Lines in the header block that are neither a field nor a continuation. */
  malformed: number;
  /** Whether a header/body separator was found. */
  hasSeparator: boolean;
  /** Text above the message that was skipped (Gmail's "Show original" summary copied along). */
  prefaceSkipped?: boolean;
}

const FIELD = /^([!-9;-~]+)[ \t]*:/;

/** Fields every received copy has at its top (RFC 5321 §4.4 trace fields, RFC 8601, RFC 8617). */
const TRACE = /(?:^|\r\n)(?:Delivered-To|Return-Path|Received|X-Received|ARC-Seal|Authentication-Results)[ \t]*:/i;

/** Splits a binary message into header fields and body. Never throws. */
export function parseMessage(binary: string): ParsedMessage {
  let text = binary.includes('\n') && /(^|[^\r])\n/.test(binary) ? binary.replace(/\r?\n/g, '\r\n') : binary;
  // Blank lines before the first field come from copying, never from a message.
  text = text.replace(/^(?:[ \t]*\r\n)+/, '');
  // An mbox "From " line (Thunderbird and mbox exports) is not a header field.
  if (/^From /.test(text)) text = text.includes('\r\n') ? text.slice(text.indexOf('\r\n') + 2) : '';
  // Copying Gmail's whole "Show original" page brings its summary table along: when the first
  // block has no trace field but one starts a later block, the message begins there.
  const first = text.indexOf('\r\n\r\n');
  const top = first > 0 ? text.slice(0, first) : '';
  if (
    top &&
    !TRACE.test(top) &&
    !/(?:^|\r\n)(?:DKIM-Signature|Message-ID|MIME-Version|Content-Type)[ \t]*:/i.test(top)
  ) {
    const m =
      /\r\n\r\n(?=(?:Delivered-To|Return-Path|Received|X-Received|ARC-Seal|Authentication-Results)[ \t]*:)/i.exec(
        text.slice(0, 20_000),
      );
    if (m) return { ...parseMessage(text.slice(m.index + 4)), prefaceSkipped: true };
  }
  const sep = text.startsWith('\r\n') ? 0 : text.indexOf('\r\n\r\n');
  const hasSeparator = sep >= 0;
  const head = hasSeparator ? text.slice(0, sep) : text;
  const body = hasSeparator ? text.slice(sep === 0 ? 2 : sep + 4) : '';
  const headers: HeaderField[] = [];
  let malformed = 0;
  let current: { name: string; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const raw = current.lines.join('\r\n');
    const colon = raw.indexOf(':');
    headers.push({ name: current.name, lower: current.name.toLowerCase(), raw, rawValue: raw.slice(colon + 1) });
    current = undefined;
  };
  for (const line of head === '' ? [] : head.split('\r\n')) {
    if (/^[ \t]/.test(line)) {
      if (current) current.lines.push(line);
      else malformed++;
      continue;
    }
    flush();
    const m = FIELD.exec(line);
    if (m) current = { name: m[1]!, lines: [line] };
    else malformed++;
  }
  flush();
  return { headers, body, malformed, hasSeparator };
}

/** An unfolded header value (RFC 5322 §2.2.3), still a binary string, trimmed. */
export function unfold(rawValue: string): string {
  return rawValue.replace(/\r\n(?=[ \t])/g, '').trim();
}

/** The value for display: unfolded, UTF-8 read (RFC 6532), encoded words decoded (RFC 2047). */
export function displayValue(field: HeaderField): string {
  return decodeEncodedWords(binaryToText(unfold(field.rawValue)));
}

/** Every field with that name, top first. */
export function fieldsNamed(headers: HeaderField[], lower: string): HeaderField[] {
  return headers.filter((h) => h.lower === lower);
}
