// Local list hygiene (knowledge.md §7), nothing uploaded: syntax, duplicates, role addresses,
// typo domains with a suggested fix, disposable domains. Per-domain work is cached, so a list of
// 100,000 addresses costs one typo and one disposable check per distinct domain.
import { run as suggestEmail } from '@zootools/email-spell-checker';
import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';

export type HygieneFlag = 'syntax' | 'duplicate' | 'role' | 'typo' | 'disposable' | 'domain-dead';

export interface AddressCheck {
  email: string;
  flags: HygieneFlag[];
  /** For a typo: the address as it was probably meant. */
  suggestion?: string;
}

/** Shared mailboxes rather than people (knowledge.md §7), with the Dutch ones BE/NL lists hold. */
export const ROLE_LOCAL_PARTS = new Set([
  'info', 'sales', 'admin', 'office', 'contact', 'noreply', 'no-reply', 'donotreply', 'support', 'hello', 'team', 'billing',
  'accounts', 'accounting', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'marketing', 'hr', 'jobs', 'careers', 'finance',
  'enquiries', 'mail', 'help', 'service', 'administratie', 'boekhouding', 'facturatie', 'facturen', 'kantoor', 'verkoop',
  'receptie', 'secretariaat', 'klantenservice', 'onthaal', 'bestellingen', 'directie',
]);

/** Mailbox providers our marketers' lists hold most, for typo suggestions (plus the package's own). */
const KNOWN_DOMAINS = [
  'gmail.com', 'hotmail.com', 'outlook.com', 'live.com', 'yahoo.com', 'icloud.com', 'telenet.be', 'skynet.be', 'proximus.be',
  'scarlet.be', 'hotmail.be', 'outlook.be', 'live.be', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'xs4all.nl',
  'hetnet.nl', 'casema.nl', 'hotmail.nl', 'live.nl', 'outlook.nl', 'gmx.de', 'web.de', 'orange.fr', 'free.fr',
];
const KNOWN = new Set(KNOWN_DOMAINS);

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** RFC 5321 §4.1.2 / §4.5.3.1 in practice: dot-atom local part ≤ 64, a multi-label domain ≤ 253. */
export function isValidAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (!LOCAL.test(local) || domain.length > 253) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1]!);
}

/** Creates a checker that remembers addresses seen (for duplicates) and per-domain answers. */
export function createHygieneChecker() {
  const disposable = disposableEmailBlocklistSet();
  const seen = new Set<string>();
  const typoCache = new Map<string, string | undefined>();
  const typoFor = (domain: string): string | undefined => {
    if (KNOWN.has(domain)) return undefined;
    if (!typoCache.has(domain)) {
      const s = suggestEmail({ email: `x@${domain}`, domains: KNOWN_DOMAINS });
      typoCache.set(domain, s && s.domain !== domain ? s.domain : undefined);
    }
    return typoCache.get(domain);
  };
  return {
    /** The flags of one address; call in list order so the second of two is the duplicate. */
    check(raw: string): AddressCheck {
      const email = raw.trim();
      const flags: HygieneFlag[] = [];
      if (!isValidAddress(email)) return { email, flags: ['syntax'] };
      const at = email.lastIndexOf('@');
      const local = email.slice(0, at).toLowerCase();
      const domain = email.slice(at + 1).toLowerCase();
      const key = `${local}@${domain}`;
      if (seen.has(key)) flags.push('duplicate');
      seen.add(key);
      if (ROLE_LOCAL_PARTS.has(local.replace(/[._-]?\d+$/, ''))) flags.push('role');
      const fix = typoFor(domain);
      if (fix) flags.push('typo');
      if (disposable.has(domain)) flags.push('disposable');
      return { email, flags, ...(fix ? { suggestion: `${email.slice(0, at)}@${fix}` } : {}) };
    },
  };
}
