// Whatever a marketer types as "the domain" — a URL, an address, spaces, capitals, a trailing
// dot, an IDN — becomes an ASCII DNS name, or a clear refusal (a Reason, worded in lib/i18n/auth.ts).
import { reason, type Reason } from './reason';

export type DomainInput = { ok: true; domain: string } | { ok: false; error: Reason };

/** Normalises typed text to a registrable-looking DNS name (punycode for IDNs). */
export function normalizeDomainInput(input: string): DomainInput {
  let s = input.trim();
  if (s === '') return { ok: false, error: reason('domain-empty') };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return { ok: false, error: reason('domain-bad-url') };
    }
  }
  if (s.includes('@')) s = s.slice(s.lastIndexOf('@') + 1);
  s = s
    .replace(/^mailto:/i, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
  if (/\s/.test(s)) return { ok: false, error: reason('domain-spaces') };
  let host: string;
  try {
    host = new URL(`http://${s}`).hostname; // lower-cases and turns IDNs into punycode (UTS #46)
  } catch {
    return { ok: false, error: reason('domain-invalid') };
  }
  if (host !== s.toLowerCase() && !/xn--/.test(host)) return { ok: false, error: reason('domain-invalid') };
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return { ok: false, error: reason('domain-ip') };
  if (!host.includes('.')) return { ok: false, error: reason('domain-one-label') };
  if (
    host.length > 253 ||
    host.split('.').some((l) => l.length === 0 || l.length > 63 || !/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(l))
  )
    return { ok: false, error: reason('domain-invalid') };
  return { ok: true, domain: host };
}
