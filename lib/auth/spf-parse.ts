// Parsing an SPF record into terms (RFC 7208 §4.6.1, §5, §6 and the ABNF of §12). Pure; never
// throws: a record with any syntax error comes back with `error`, which makes check_host a
// permerror before anything is evaluated (§4.6).
import { isReason, reason, type Reason } from './reason';
import { parseMacroString, type MacroString } from './spf-macro';
import { parseIp4, parseIp6, type IpBytes } from './spf-ip';

export type Qualifier = '+' | '-' | '~' | '?';

export type Mechanism =
  | { kind: 'all' }
  | { kind: 'include' | 'exists'; domain: MacroString }
  | { kind: 'a' | 'mx'; domain?: MacroString; cidr4: number; cidr6: number }
  | { kind: 'ptr'; domain?: MacroString }
  | { kind: 'ip4' | 'ip6'; net: IpBytes; cidr: number };

export type Term =
  | { type: 'mechanism'; qualifier: Qualifier; mechanism: Mechanism; text: string }
  | { type: 'modifier'; name: string; value: MacroString; text: string };

export interface ParsedSpf {
  terms: Term[];
  redirect?: MacroString;
  exp?: MacroString;
  /** The first syntax error, in plain words; the record is then a permerror. */
  error?: Reason;
}

/** Mechanisms that cost a DNS lookup against the limit of 10 (§4.6.4). */
export const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

const TOPLABEL = /^([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;

/** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand */
function parseDomainSpec(text: string): MacroString | Reason {
  if (text === '') return reason('spf-empty-domain');
  const ms = parseMacroString(text);
  if ('error' in ms) return ms.error;
  if (/(%\{[^}]*\}|%[%_-])$/.test(text)) return ms;
  const m = /\.([^.]*)\.?$/.exec(text);
  if (!m || !TOPLABEL.test(m[1]!) || /%\{[^}]*$/.test(text.slice(0, m.index + 1)))
    return reason('spf-bad-toplabel', { text });
  return ms;
}

function parseCidr(text: string | undefined, max: number, fallback: number): number | Reason {
  if (text === undefined) return fallback;
  if (!/^(0|[1-9]\d*)$/.test(text) || Number(text) > max) return reason('spf-bad-cidr', { text, max });
  return Number(text);
}

function parseMechanism(name: string, rest: string): Mechanism | Reason {
  switch (name) {
    case 'all':
      return rest === '' ? { kind: 'all' } : reason('spf-all-argument');
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) return reason('spf-needs-domain', { name });
      const d = parseDomainSpec(rest.slice(1));
      return isReason(d) ? d : { kind: name, domain: d };
    }
    case 'a':
    case 'mx': {
      // The domain-spec may itself hold "/" and ":" (macro-literal, §7.1): only a digits-only
      // suffix is a prefix length; anything else stays with the domain and is judged there.
      const m = /^(?::(.*?))?(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(rest);
      if (!m || (rest !== '' && !rest.startsWith(':') && !rest.startsWith('/')))
        return reason('spf-unknown-mechanism', { name: `${name}${rest}` });
      const cidr4 = parseCidr(m[2], 32, 32);
      const cidr6 = parseCidr(m[3], 128, 128);
      if (isReason(cidr4)) return cidr4;
      if (isReason(cidr6)) return cidr6;
      if (m[1] === undefined) return { kind: name, cidr4, cidr6 };
      const d = parseDomainSpec(m[1]);
      return isReason(d) ? d : { kind: name, domain: d, cidr4, cidr6 };
    }
    case 'ptr': {
      if (rest === '') return { kind: 'ptr' };
      if (!rest.startsWith(':')) return reason('spf-unknown-mechanism', { name: `ptr${rest}` });
      const d = parseDomainSpec(rest.slice(1));
      return isReason(d) ? d : { kind: 'ptr', domain: d };
    }
    case 'ip4':
    case 'ip6': {
      const m = /^:([^/]+)(?:\/(.*))?$/.exec(rest);
      if (!m) return reason('spf-needs-address', { name });
      const net = name === 'ip4' ? parseIp4(m[1]!) : parseIp6(m[1]!);
      if (!net) return reason('spf-bad-ip', { text: m[1]!, family: name === 'ip4' ? 'IPv4' : 'IPv6' });
      const cidr = parseCidr(m[2], name === 'ip4' ? 32 : 128, name === 'ip4' ? 32 : 128);
      return isReason(cidr) ? cidr : { kind: name, net, cidr };
    }
    default:
      return reason('spf-unknown-mechanism', { name });
  }
}

/** Parses a record that starts with "v=spf1" (§4.5). Never throws. */
export function parseSpf(record: string): ParsedSpf {
  const out: ParsedSpf = { terms: [] };
  const fail = (error: Reason) => ({ ...out, error });
  // §3.1 / §4.6: records are 7-bit ASCII; terms are separated by spaces only.
  if (/[^\x20-\x7e]/.test(record)) return fail(reason('spf-not-ascii'));
  const [version, ...rest] = record.split(' ');
  if (version?.toLowerCase() !== 'v=spf1') return fail(reason('spf-no-version'));
  for (const text of rest) {
    if (text === '') continue;
    const mod = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
    if (mod) {
      const name = mod[1]!.toLowerCase();
      const isDomain = name === 'redirect' || name === 'exp';
      const value = isDomain ? parseDomainSpec(mod[2]!) : parseMacroString(mod[2]!);
      if (isReason(value)) return fail(reason('spf-in-modifier', { name, inner: value }));
      if ('error' in value) return fail(reason('spf-in-modifier', { name, inner: value.error }));
      if (isDomain) {
        if (out[name as 'redirect' | 'exp']) return fail(reason('spf-modifier-twice', { name }));
        out[name as 'redirect' | 'exp'] = value;
      }
      out.terms.push({ type: 'modifier', name, value, text });
      continue;
    }
    const q = /^[+\-~?]/.test(text) ? (text[0] as Qualifier) : '+';
    const body = /^[+\-~?]/.test(text) ? text.slice(1) : text;
    const nm = /^([a-z][a-z0-9]*)(.*)$/i.exec(body);
    if (!nm) return fail(reason('spf-not-a-term', { text }));
    const mech = parseMechanism(nm[1]!.toLowerCase(), nm[2]!);
    if (isReason(mech)) return fail(mech);
    out.terms.push({ type: 'mechanism', qualifier: q, mechanism: mech, text });
  }
  return out;
}
