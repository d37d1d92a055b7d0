// Local list hygiene (knowledge.md §7), nothing uploaded: syntax, duplicates, role addresses,
// typo domains with a suggested fix, disposable domains. Per-domain work is cached, so a list of
// 100,000 addresses costs one typo and one disposable check per distinct domain. Whether a domain
// is disposable is asked of `isDisposable` (disposable.ts where the list is at hand; the
// background's answers in the panel), so the 150 KB list is not bundled where it is not needed.
import { toAsciiDomain } from './address';
import { createSeenSet } from './seen-set';
import { typoTarget } from './typo';

export { isValidAddress, parseAddress, toAsciiDomain } from './address';

export type HygieneFlag = 'syntax' | 'duplicate' | 'role' | 'typo' | 'disposable' | 'domain-dead';

export interface AddressCheck {
  email: string;
  flags: HygieneFlag[];
  /** For a typo: the address as it was probably meant. */
  suggestion?: string;
  /** The domain as looked up: lower case, A-label (punycode) form (RFC 6531, RFC 5890). */
  domain?: string;
}

/** Shared mailboxes rather than people (knowledge.md §7), with the Dutch and French ones BE/NL lists hold. */
export const ROLE_LOCAL_PARTS = new Set([
  'info',
  'sales',
  'admin',
  'office',
  'contact',
  'noreply',
  'no-reply',
  'donotreply',
  'support',
  'hello',
  'team',
  'billing',
  'accounts',
  'accounting',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'marketing',
  'hr',
  'jobs',
  'careers',
  'finance',
  'enquiries',
  'mail',
  'help',
  'service',
  'administratie',
  'boekhouding',
  'facturatie',
  'facturen',
  'kantoor',
  'verkoop',
  'receptie',
  'secretariaat',
  'klantenservice',
  'onthaal',
  'bestellingen',
  'directie',
  'comptabilite',
  'facturation',
  'accueil',
  'secretariat',
  'direction',
  'commandes',
  'ventes',
  'bonjour',
]);

// RFC 5321 §4.1.2 dot-atom, extended with UTF-8 by RFC 6531 §3.3.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/;
const NON_ASCII = /[^\x00-\x7f]/;
const encoder = new TextEncoder();

interface DomainFacts {
  ascii?: string;
  typo?: string;
  disposable: boolean;
}

/**
 * Creates a checker that remembers addresses seen (for duplicates) and per-domain answers.
 * `isDisposable` is asked once per distinct domain, in A-label form.
 */
export function createHygieneChecker(isDisposable: (asciiDomain: string) => boolean) {
  const seen = createSeenSet();
  const domains = new Map<string, DomainFacts>();
  const factsOf = (domain: string): DomainFacts => {
    let f = domains.get(domain);
    if (!f) {
      const ascii = toAsciiDomain(domain);
      const listed = ascii !== undefined && isDisposable(ascii);
      const typo = ascii === undefined ? undefined : typoTarget(ascii, listed);
      // A typo-squat of a big provider is a typo, not a disposable service (knowledge.md §7).
      f = { ascii, typo, disposable: listed && !typo };
      domains.set(domain, f);
    }
    return f;
  };
  return {
    /** The flags of one address; call in list order so the second of two is the duplicate. */
    check(raw: string): AddressCheck {
      const email = raw.trim();
      const at = email.lastIndexOf('@');
      const local = email.slice(0, at);
      if (at <= 0 || !LOCAL.test(local) || (NON_ASCII.test(local) ? encoder.encode(local).length : at) > 64) {
        return { email, flags: ['syntax'] };
      }
      const domain = email.slice(at + 1).toLowerCase();
      const facts = factsOf(domain);
      if (!facts.ascii) return { email, flags: ['syntax'] };
      const flags: HygieneFlag[] = [];
      const lower = local.toLowerCase();
      if (seen.seen(`${lower}@${facts.ascii}`)) flags.push('duplicate');
      const last = lower.charCodeAt(lower.length - 1);
      if (ROLE_LOCAL_PARTS.has(last >= 48 && last <= 57 ? lower.replace(/[._-]?\d+$/, '') : lower)) flags.push('role');
      if (facts.typo) flags.push('typo');
      if (facts.disposable) flags.push('disposable');
      return { email, flags, ...(facts.typo ? { suggestion: `${local}@${facts.typo}` } : {}), domain: facts.ascii };
    },
  };
}
