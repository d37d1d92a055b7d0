// Address syntax (knowledge.md §7): RFC 5321 §4.1.2 dot-atom local parts and multi-label
// domains, extended by RFC 6531 §3.3 (SMTPUTF8): UTF-8 in the local part and U-label domains are
// valid, and the domain is looked up in its A-label (punycode) form, RFC 5890 §2.3.2.1.

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const NON_ASCII = /[^\x00-\x7f]/;
const encoder = new TextEncoder();

/** A domain in A-label form ('müller.de' → 'xn--mller-kva.de'), or undefined when it is not one. */
export function toAsciiDomain(domain: string): string | undefined {
  let d = domain.toLowerCase();
  if (NON_ASCII.test(d)) {
    try {
      // WHATWG URL applies UTS #46 / IDNA mapping the same way in node and in every web engine.
      d = new URL(`http://${d}/`).hostname;
    } catch {
      return undefined;
    }
    if (NON_ASCII.test(d)) return undefined;
  }
  if (d.length > 253) return undefined;
  const labels = d.split('.');
  const tld = labels[labels.length - 1]!;
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^(xn--[a-z0-9-]+|[a-z]+)$/.test(tld)
    ? d
    : undefined;
}

/** The parts of a valid address (domain lower-cased, and its A-label form), or undefined. */
export function parseAddress(email: string): { local: string; domain: string; asciiDomain: string } | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = email.slice(0, at);
  // RFC 5321 §4.5.3.1.1: 64 octets, counted in UTF-8 for SMTPUTF8 local parts (RFC 6531 §3.3).
  if (!LOCAL.test(local) || (NON_ASCII.test(local) ? encoder.encode(local).length : local.length) > 64)
    return undefined;
  const domain = email.slice(at + 1).toLowerCase();
  const asciiDomain = toAsciiDomain(domain);
  return asciiDomain ? { local, domain, asciiDomain } : undefined;
}

/** Whether an address is valid per RFC 5321/5322, internationalised ones per RFC 6531. */
export function isValidAddress(email: string): boolean {
  return parseAddress(email) !== undefined;
}
