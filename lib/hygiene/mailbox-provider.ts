// Who hosts a recipient (knowledge.md §7): read from the MX of its domain, not from the domain
// name, because B2B lists are mostly company domains hosted on Microsoft 365 or Google Workspace.
// The big consumer domains are known without a lookup (knowledge.md §7, §3), so a list of
// gmail/hotmail/telenet addresses costs no DNS at all.

export type MailboxProvider =
  | 'microsoft-365'
  | 'google-workspace'
  | 'gmail'
  | 'outlook-com'
  | 'yahoo'
  | 'apple'
  | 'telenet'
  | 'proximus'
  | 'kpn'
  | 'ziggo'
  | 'other'
  | 'unknown';

export const MAILBOX_PROVIDERS: readonly MailboxProvider[] = [
  'microsoft-365',
  'google-workspace',
  'gmail',
  'outlook-com',
  'yahoo',
  'apple',
  'telenet',
  'proximus',
  'kpn',
  'ziggo',
  'other',
  'unknown',
];

const norm = (s: string) => s.trim().toLowerCase().replace(/\.$/, '');
const under = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

/**
 * Consumer domains whose provider is known from the name (knowledge.md §7). Wildcards like
 * `hotmail.*` are matched on the label before the public suffix (hotmail.be, hotmail.co.uk, …).
 */
const EXACT: Record<string, MailboxProvider> = {
  'gmail.com': 'gmail',
  'googlemail.com': 'gmail',
  'outlook.com': 'outlook-com',
  'msn.com': 'outlook-com',
  'aol.com': 'yahoo',
  'ymail.com': 'yahoo',
  'rocketmail.com': 'yahoo',
  'icloud.com': 'apple',
  'me.com': 'apple',
  'mac.com': 'apple',
  'telenet.be': 'telenet',
  'skynet.be': 'proximus',
  'proximus.be': 'proximus',
  'kpnmail.nl': 'kpn',
  'planet.nl': 'kpn',
  'home.nl': 'kpn',
  'hetnet.nl': 'kpn',
  'kpnplanet.nl': 'kpn',
  'ziggo.nl': 'ziggo',
  'upcmail.nl': 'ziggo',
  'chello.nl': 'ziggo',
};
/** `<label>.<public suffix>` families: hotmail.be, live.nl, outlook.be, yahoo.fr, … */
const FAMILY: Record<string, MailboxProvider> = {
  hotmail: 'outlook-com',
  live: 'outlook-com',
  outlook: 'outlook-com',
  windowslive: 'outlook-com',
  yahoo: 'yahoo',
};
/** Country-code style endings a family domain may have (yahoo.co.uk, hotmail.com.br). */
const FAMILY_SUFFIX = /^(?:[a-z]{2}|com|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** The provider of a big consumer domain, or undefined when only the MX can tell. */
export function knownProviderOfDomain(domain: string): MailboxProvider | undefined {
  const d = norm(domain);
  const exact = EXACT[d];
  if (exact) return exact;
  const dot = d.indexOf('.');
  if (dot <= 0) return undefined;
  const family = FAMILY[d.slice(0, dot)];
  return family && FAMILY_SUFFIX.test(d.slice(dot + 1)) ? family : undefined;
}

/**
 * The provider from a domain's MX exchanges (any order). Consumer domains win by name first,
 * since outlook.com's own MX looks like Microsoft 365's. An empty list (no MX) is 'other': the
 * caller decides whether the domain is dead (domain-dead.ts); failed lookups are 'unknown' there.
 */
export function providerOfMx(exchanges: string[], domain: string): MailboxProvider {
  const known = knownProviderOfDomain(domain);
  if (known) return known;
  const hosts = exchanges.map(norm).filter((h) => h !== '');
  for (const h of hosts) {
    // Microsoft 365 / Exchange Online: <tenant>.mail.protection.outlook.com (knowledge.md §7).
    if (under(h, 'mail.protection.outlook.com') || under(h, 'mx.microsoft')) return 'microsoft-365';
    // Outlook.com consumer hosts (for vanity domains pointed at outlook.com).
    if (under(h, 'olc.protection.outlook.com') || under(h, 'hotmail.com')) return 'outlook-com';
    // Google Workspace: aspmx.l.google.com, altN.aspmx.l.google.com, smtp.google.com,
    // and the older aspmxN.googlemail.com (knowledge.md §7).
    if (under(h, 'aspmx.l.google.com') || h === 'smtp.google.com' || /^aspmx\d*\.googlemail\.com$/.test(h)) {
      return 'google-workspace';
    }
    if (under(h, 'gmail-smtp-in.l.google.com')) return 'gmail';
    if (under(h, 'yahoodns.net') || under(h, 'yahoo.com') || under(h, 'aol.com')) return 'yahoo';
    if (under(h, 'icloud.com') || under(h, 'me.com')) return 'apple';
    if (under(h, 'telenet.be') || under(h, 'telenet-ops.be')) return 'telenet';
    if (under(h, 'skynet.be') || under(h, 'proximus.be') || under(h, 'belgacom.be')) return 'proximus';
    if (under(h, 'kpnmail.nl') || under(h, 'kpn.com') || under(h, 'kpnmail.com') || under(h, 'planet.nl')) return 'kpn';
    if (under(h, 'ziggo.nl') || under(h, 'upcmail.net') || under(h, 'ziggo.com')) return 'ziggo';
  }
  return 'other';
}
