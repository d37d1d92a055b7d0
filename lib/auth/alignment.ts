// Which path can give a DMARC pass for the ESP in use, and whether it holds (knowledge.md §3–4).
import { ESP_DNS } from './esp-dns';
import type { AreaResult, AuthFinding, AuthNote, DomainCheck, EspId } from './types';

/** knowledge.md §3: free-mail providers publish p=reject/quarantine; their From cannot pass via an ESP. */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'aol.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'outlook.be',
  'hotmail.be',
  'live.be',
  'outlook.nl',
  'hotmail.nl',
  'live.nl',
  'icloud.com',
  'me.com',
  'mac.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'proton.me',
  'protonmail.com',
  'zoho.com',
  'mail.com',
  'yandex.com',
  'telenet.be',
  'skynet.be',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'orange.fr',
  'free.fr',
  'laposte.net',
]);

export type PathState = 'yes' | 'no' | 'unknown';

export interface AlignmentArea extends AreaResult {
  freeMail: boolean;
  /** `note` is an id of lib/i18n/auth.ts `path`, with the ESP and envelope domain as params. */
  paths: { via: 'dkim' | 'spf'; possible: boolean; holds: PathState; note: AuthNote }[];
}

/** Is this a free-mail domain (gmail.com, outlook.com, …)? */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/**
 * Works out the DMARC-pass paths for a From domain sent through an ESP. A DMARC pass needs a
 * DMARC record to be judged by (RFC 7489 §4): while DMARC could not be checked the alignment is
 * unknown too, whatever DKIM says (issue 12 §4).
 */
export function evaluateAlignment(
  domain: string,
  esp: EspId | undefined,
  check: Pick<DomainCheck, 'dkim' | 'dmarc'>,
): AlignmentArea {
  if (isFreeMailDomain(domain)) {
    const f: AuthFinding = { id: 'from-free-mail', severity: 'error', params: { domain } };
    return {
      status: 'fail',
      summary: { id: 'from-free-mail', params: { domain } },
      findings: [f],
      freeMail: true,
      paths: [],
    };
  }
  if (!esp)
    return { status: 'unknown', summary: { id: 'alignment-choose-esp' }, findings: [], freeMail: false, paths: [] };
  const facts = ESP_DNS[esp];
  const name = facts.name;
  const incomplete = check.dkim.findings.some((f) => f.id === 'dkim-esp-incomplete');
  const dkim: PathState =
    check.dkim.status === 'fail'
      ? 'no'
      : (check.dkim.status === 'pass' || check.dkim.status === 'warn') && !incomplete
        ? 'yes'
        : 'unknown';
  const paths: AlignmentArea['paths'] = [
    { via: 'dkim', possible: true, holds: dkim, note: { id: 'path-dkim', params: { esp: name } } },
  ];
  if (facts.dmarcVia === 'dkim')
    paths.push({
      via: 'spf',
      possible: false,
      holds: 'no',
      note: { id: 'path-spf-never', params: { esp: name, envelope: facts.envelopeDomains[0] } },
    });
  else if (facts.dmarcVia === 'dkim-or-spf-with-mailserver-domain')
    paths.push({
      via: 'spf',
      possible: true,
      holds: 'unknown',
      note: { id: 'path-spf-mailserver-domain', params: { esp: name } },
    });
  else
    paths.push({
      via: 'spf',
      possible: true,
      holds: 'unknown',
      note: { id: 'path-spf-branded', params: { esp: name } },
    });
  if (check.dmarc.status === 'unknown')
    return {
      status: 'unknown',
      summary: { id: 'alignment-dmarc-unknown' },
      findings: [],
      freeMail: false,
      paths,
      error: check.dmarc.error,
    };
  const any = paths.some((p) => p.holds === 'yes');
  const open = paths.some((p) => p.possible && p.holds === 'unknown');
  const noDmarc = check.dmarc.status === 'fail' && check.dmarc.findings.some((f) => f.id === 'dmarc-missing');
  const findings: AuthFinding[] =
    any || open ? [] : [{ id: 'alignment-none', severity: 'error', params: { esp: name } }];
  const status = any ? (noDmarc ? 'warn' : 'pass') : open ? 'unknown' : 'fail';
  const summary: AuthNote = any
    ? { id: 'alignment-dkim-pass', params: { esp: name, needsDmarc: noDmarc } }
    : open
      ? { id: 'alignment-open' }
      : { id: 'alignment-none', params: { esp: name } };
  return { status, summary, findings, freeMail: false, paths };
}
