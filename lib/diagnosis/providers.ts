// Which mailbox provider an address belongs to, and the mix of a list (knowledge.md §3: Gmail,
// Yahoo/AOL and Microsoft each set their own bulk-sender rules).
export type Provider = 'gmail' | 'microsoft' | 'yahoo' | 'apple' | 'other';

const DOMAINS: Record<Exclude<Provider, 'other'>, RegExp> = {
  gmail: /^(gmail|googlemail)\.com$/,
  microsoft: /^(outlook|hotmail|live|msn)\.[a-z.]+$/,
  yahoo: /^(yahoo|ymail|aol|aim)\.[a-z.]+$/,
  apple: /^(icloud|me|mac)\.com$/,
};

/** The provider of a domain (consumer mailboxes only; Workspace/365 domains are unknown here). */
export function providerOf(domain: string): Provider {
  const d = domain.toLowerCase();
  for (const [p, re] of Object.entries(DOMAINS)) if (re.test(d)) return p as Provider;
  return 'other';
}

/** Shares per provider in a sample of addresses; undefined when there is no sample. */
export function providerMix(emails: string[]): Record<Provider, number> | undefined {
  if (emails.length === 0) return undefined;
  const n: Record<Provider, number> = { gmail: 0, microsoft: 0, yahoo: 0, apple: 0, other: 0 };
  for (const e of emails) n[providerOf(e.slice(e.lastIndexOf('@') + 1))]++;
  const share = (p: Provider) => n[p] / emails.length;
  return {
    gmail: share('gmail'),
    microsoft: share('microsoft'),
    yahoo: share('yahoo'),
    apple: share('apple'),
    other: share('other'),
  };
}
