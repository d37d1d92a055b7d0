// Which path can give a DMARC pass for the ESP in use, and whether it holds (knowledge.md §3–4).
import { ESP_DNS } from './esp-dns';
import type { AreaResult, DomainCheck, EspId } from './types';

/** knowledge.md §3: free-mail providers publish p=reject/quarantine; their From cannot pass via an ESP. */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'ymail.com', 'aol.com', 'outlook.com', 'hotmail.com',
  'live.com', 'msn.com', 'outlook.be', 'hotmail.be', 'live.be', 'outlook.nl', 'hotmail.nl', 'live.nl', 'icloud.com', 'me.com',
  'mac.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'proton.me', 'protonmail.com', 'zoho.com', 'mail.com', 'yandex.com',
  'telenet.be', 'skynet.be', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'orange.fr', 'free.fr', 'laposte.net',
]);

export type PathState = 'yes' | 'no' | 'unknown';

export interface AlignmentArea extends AreaResult {
  freeMail: boolean;
  paths: { via: 'dkim' | 'spf'; possible: boolean; holds: PathState; note: string }[];
}

/** Is this a free-mail domain (gmail.com, outlook.com, …)? */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** Works out the DMARC-pass paths for a From domain sent through an ESP. */
export function evaluateAlignment(domain: string, esp: EspId | undefined, check: Pick<DomainCheck, 'dkim' | 'dmarc'>): AlignmentArea {
  if (isFreeMailDomain(domain)) {
    const message = `${domain} is a free-mail domain: its owner publishes a strict DMARC policy, so mail sent "from" it through an ESP fails DMARC. Send from your own domain.`;
    return { status: 'fail', summary: message, findings: [{ id: 'from-free-mail', severity: 'error', message }], freeMail: true, paths: [] };
  }
  if (!esp) return { status: 'unknown', summary: 'Choose your ESP to see which path can pass DMARC.', findings: [], freeMail: false, paths: [] };
  const facts = ESP_DNS[esp];
  const dkim: PathState = check.dkim.status === 'pass' || check.dkim.status === 'warn' ? 'yes' : check.dkim.status === 'fail' ? 'no' : 'unknown';
  const paths: AlignmentArea['paths'] = [{ via: 'dkim', possible: true, holds: dkim, note: `${facts.name} signs with your domain through its DKIM records.` }];
  if (facts.dmarcVia === 'dkim')
    paths.push({ via: 'spf', possible: false, holds: 'no', note: `${facts.name} uses its own envelope domain (${facts.envelopeDomains[0]}); SPF can never align with your From.` });
  else if (facts.dmarcVia === 'dkim-or-spf-with-mailserver-domain')
    paths.push({ via: 'spf', possible: true, holds: 'unknown', note: 'SPF aligns only with a Mailserver Domain (an em-… CNAME) set up in ActiveCampaign; its name is not known here.' });
  else paths.push({ via: 'spf', possible: true, holds: 'unknown', note: `${facts.name} aligns SPF through your branded sending subdomain.` });
  const any = paths.some((p) => p.holds === 'yes');
  const open = paths.some((p) => p.possible && p.holds === 'unknown');
  const noDmarc = check.dmarc.status === 'fail' && check.dmarc.findings.some((f) => f.id === 'dmarc-missing');
  const findings = any || open ? [] : [{ id: 'alignment-none', severity: 'error' as const, message: `No path to a DMARC pass: ${facts.name} needs your DKIM records to sign as your domain.` }];
  const status = any ? (noDmarc ? 'warn' : 'pass') : open ? 'unknown' : 'fail';
  const summary = any
    ? `Aligned DKIM gives a DMARC pass through ${facts.name}${noDmarc ? ', once you publish a DMARC record' : ''}.`
    : open
      ? 'Whether a DMARC pass is possible could not be established.'
      : findings[0]!.message;
  return { status, summary, findings, freeMail: false, paths };
}
