// Parsing an SPF record into terms (RFC 7208 §4.6.1, §5, §6 and the ABNF of §12). Pure; never
// throws: a record with any syntax error comes back with `error`, which makes check_host a
// permerror before anything is evaluated (§4.6).
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
  error?: string;
}

/** Mechanisms that cost a DNS lookup against the limit of 10 (§4.6.4). */
export const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

const TOPLABEL = /^([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;

/** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand */
function parseDomainSpec(text: string): MacroString | string {
  if (text === '') return 'an empty domain';
  const ms = parseMacroString(text);
  if ('error' in ms) return ms.error;
  if (/(%\{[^}]*\}|%[%_-])$/.test(text)) return ms;
  const m = /\.([^.]*)\.?$/.exec(text);
  if (!m || !TOPLABEL.test(m[1]!) || /%\{[^}]*$/.test(text.slice(0, m.index + 1))) return `"${text}" does not end in a valid top-level label`;
  return ms;
}

function parseCidr(text: string | undefined, max: number, fallback: number): number | string {
  if (text === undefined) return fallback;
  if (!/^(0|[1-9]\d*)$/.test(text) || Number(text) > max) return `/${text} is not a prefix length from 0 to ${max}`;
  return Number(text);
}

function parseMechanism(name: string, rest: string): Mechanism | string {
  switch (name) {
    case 'all':
      return rest === '' ? { kind: 'all' } : 'all takes no argument';
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) return `${name} needs ":domain"`;
      const d = parseDomainSpec(rest.slice(1));
      return typeof d === 'string' ? d : { kind: name, domain: d };
    }
    case 'a':
    case 'mx': {
      // The domain-spec may itself hold "/" and ":" (macro-literal, §7.1): only a digits-only
      // suffix is a prefix length; anything else stays with the domain and is judged there.
      const m = /^(?::(.*?))?(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(rest);
      if (!m || (rest !== '' && !rest.startsWith(':') && !rest.startsWith('/'))) return `unknown mechanism "${name}${rest}"`;
      const cidr4 = parseCidr(m[2], 32, 32);
      const cidr6 = parseCidr(m[3], 128, 128);
      if (typeof cidr4 === 'string') return cidr4;
      if (typeof cidr6 === 'string') return cidr6;
      if (m[1] === undefined) return { kind: name, cidr4, cidr6 };
      const d = parseDomainSpec(m[1]);
      return typeof d === 'string' ? d : { kind: name, domain: d, cidr4, cidr6 };
    }
    case 'ptr': {
      if (rest === '') return { kind: 'ptr' };
      if (!rest.startsWith(':')) return `unknown mechanism "ptr${rest}"`;
      const d = parseDomainSpec(rest.slice(1));
      return typeof d === 'string' ? d : { kind: 'ptr', domain: d };
    }
    case 'ip4':
    case 'ip6': {
      const m = /^:([^/]+)(?:\/(.*))?$/.exec(rest);
      if (!m) return `${name} needs ":address"`;
      const net = name === 'ip4' ? parseIp4(m[1]!) : parseIp6(m[1]!);
      if (!net) return `"${m[1]}" is not an ${name === 'ip4' ? 'IPv4' : 'IPv6'} address`;
      const cidr = parseCidr(m[2], name === 'ip4' ? 32 : 128, name === 'ip4' ? 32 : 128);
      return typeof cidr === 'string' ? cidr : { kind: name, net, cidr };
    }
    default:
      return `unknown mechanism "${name}"`;
  }
}

/** Parses a record that starts with "v=spf1" (§4.5). Never throws. */
export function parseSpf(record: string): ParsedSpf {
  const out: ParsedSpf = { terms: [] };
  const fail = (error: string) => ({ ...out, error });
  // §3.1 / §4.6: records are 7-bit ASCII; terms are separated by spaces only.
  if (/[^\x20-\x7e]/.test(record)) return fail('the record contains characters outside printable ASCII');
  const [version, ...rest] = record.split(' ');
  if (version?.toLowerCase() !== 'v=spf1') return fail('the record does not start with v=spf1');
  for (const text of rest) {
    if (text === '') continue;
    const mod = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
    if (mod) {
      const name = mod[1]!.toLowerCase();
      const isDomain = name === 'redirect' || name === 'exp';
      const value = isDomain ? parseDomainSpec(mod[2]!) : parseMacroString(mod[2]!);
      if (typeof value === 'string') return fail(`${name}=: ${value}`);
      if ('error' in value) return fail(`${name}=: ${value.error}`);
      if (isDomain) {
        if (out[name as 'redirect' | 'exp']) return fail(`${name}= appears more than once (§6)`);
        out[name as 'redirect' | 'exp'] = value;
      }
      out.terms.push({ type: 'modifier', name, value, text });
      continue;
    }
    const q = /^[+\-~?]/.test(text) ? (text[0] as Qualifier) : '+';
    const body = /^[+\-~?]/.test(text) ? text.slice(1) : text;
    const nm = /^([a-z][a-z0-9]*)(.*)$/i.exec(body);
    if (!nm) return fail(`"${text}" is not a mechanism or modifier`);
    const mech = parseMechanism(nm[1]!.toLowerCase(), nm[2]!);
    if (typeof mech === 'string') return fail(mech);
    out.terms.push({ type: 'mechanism', qualifier: q, mechanism: mech, text });
  }
  return out;
}
