// SPF macros (RFC 7208 §7): parsing macro-strings and expanding them. Parsing is pure and never
// throws; an invalid macro-string comes back with an error and makes the record a permerror.
import { reason, type Reason } from './reason';

export type MacroToken =
  | { kind: 'literal'; text: string }
  | { kind: 'expand'; letter: string; upper: boolean; digits?: number; reverse: boolean; delimiters: string };

export interface MacroString {
  tokens: MacroToken[];
  raw: string;
}

/** The values the macro letters stand for (§7.2). `p` is resolved lazily since it needs DNS. */
export interface MacroValues {
  s: string;
  l: string;
  o: string;
  d: string;
  i: string;
  v: string;
  h: string;
  c: string;
  r: string;
  t: string;
  p?: () => Promise<string>;
}

const LETTERS = 'slodiphv';
const EXP_ONLY = 'crt'; // §7.2: "c", "r" and "t" are allowed only in "exp" text

/**
 * Parses a macro-string (§7.1). `explain` allows the exp-only letters and spaces
 * (explain-string = *( macro-string / SP )).
 */
export function parseMacroString(raw: string, explain = false): MacroString | { error: Reason } {
  const tokens: MacroToken[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '%') {
      const code = ch.charCodeAt(0);
      const ok = (code >= 0x21 && code <= 0x7e) || (explain && code === 0x20);
      if (!ok) return { error: reason('macro-bad-char', { char: JSON.stringify(ch) }) };
      literal += ch;
      continue;
    }
    const next = raw[i + 1];
    if (next === '%') literal += '%';
    else if (next === '_') literal += ' ';
    else if (next === '-') literal += '%20';
    else if (next === '{') {
      const end = raw.indexOf('}', i + 2);
      const m = end < 0 ? null : /^([a-zA-Z])(\d*)([rR]?)([.\-+,/_=]*)$/.exec(raw.slice(i + 2, end));
      if (!m) return { error: reason('macro-malformed', { at: raw.slice(i, i + 12) }) };
      const letter = m[1]!.toLowerCase();
      if (!LETTERS.includes(letter) && !(explain && EXP_ONLY.includes(letter)))
        return {
          error: reason(EXP_ONLY.includes(letter) ? 'macro-exp-only-letter' : 'macro-unknown-letter', {
            letter: m[1]!,
          }),
        };
      if (m[2] !== '' && Number(m[2]) === 0) return { error: reason('macro-zero-digits') };
      flush();
      tokens.push({
        kind: 'expand',
        letter,
        upper: m[1] !== letter,
        digits: m[2] ? Number(m[2]) : undefined,
        reverse: m[3] !== '',
        delimiters: m[4] || '.',
      });
      i = end;
      continue;
    } else return { error: reason('macro-bad-percent') };
    i++;
  }
  flush();
  return { tokens, raw };
}

/** RFC 3986 §2.3 unreserved characters stay; everything else is percent-encoded (§7.3). */
function urlEscape(s: string): string {
  return Array.from(new TextEncoder().encode(s))
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Expands one macro per §7.3: split on delimiters, reverse, keep the rightmost N, join with ".". */
function transform(value: string, t: Extract<MacroToken, { kind: 'expand' }>): string {
  const delims = new RegExp(`[${t.delimiters.replace(/[-\\\]^/]/g, '\\$&')}]`);
  let parts = value.split(delims);
  if (t.reverse) parts = parts.reverse();
  if (t.digits !== undefined && t.digits < parts.length) parts = parts.slice(parts.length - t.digits);
  const out = parts.join('.');
  return t.upper ? urlEscape(out) : out;
}

/** Expands a parsed macro-string with the given values. */
export async function expandMacroString(ms: MacroString, values: MacroValues): Promise<string> {
  let out = '';
  for (const t of ms.tokens) {
    if (t.kind === 'literal') out += t.text;
    else if (t.letter === 'p') out += transform(values.p ? await values.p() : 'unknown', t);
    else out += transform(values[t.letter as Exclude<keyof MacroValues, 'p'>], t);
  }
  return out;
}

/**
 * Makes an expanded domain usable as a query name: "if the expanded domain name exceeds 253
 * characters, the left side is truncated to fit, by removing successive domain labels" (§7.3).
 */
export function truncateDomain(name: string): string {
  let n = name.replace(/\.$/, '');
  while (n.length > 253 && n.includes('.')) n = n.slice(n.indexOf('.') + 1);
  return n;
}
