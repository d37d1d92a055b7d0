// `deliverability-lens check <domain>` (api-contract.md "Command line"): checkDomain from
// lib/auth/domain.ts, printed per area or as the DomainCheck JSON.
import { checkDomain, type EspId } from '../auth/domain';
import type { AreaStatus, DomainCheck } from '../auth/types';
import type { Resolver } from '../dns/types';
import { auditTexts } from '../i18n/audit';
import type { Lang } from '../i18n';
import type { CliIo } from './audit-command';

const AREAS = ['spf', 'dkim', 'dmarc', 'alignment', 'mx', 'bimi', 'mtaSts', 'tlsRpt', 'dnssec', 'blocklists'] as const;
const LABEL: Record<(typeof AREAS)[number], string> = {
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  alignment: 'DMARC alignment',
  mx: 'MX',
  bimi: 'BIMI',
  mtaSts: 'MTA-STS',
  tlsRpt: 'TLS-RPT',
  dnssec: 'DNSSEC',
  blocklists: 'DNSBL',
};
const MARK: Record<AreaStatus, string> = { pass: '✓', warn: '!', fail: '✗', unknown: '?' };

/** Runs the domain check; 0 in order, 1 a problem, 2 could not check (or not a domain). */
export async function runCheckCommand(
  o: { domain: string; esp?: EspId; json: boolean; lang: Lang },
  io: CliIo,
  resolver: Resolver,
): Promise<number> {
  const t = auditTexts(o.lang).cli;
  let check: DomainCheck;
  try {
    check = await checkDomain(o.domain, resolver, o.esp ? { esp: o.esp } : {});
  } catch {
    io.stderr(`${t.notADomain}\n`);
    return 2;
  }
  const statuses = AREAS.map((a) => (check[a] as { status: AreaStatus }).status);
  const allUnknown = ['spf', 'dkim', 'dmarc', 'mx'].every(
    (a) => (check[a as 'spf'] as { status: AreaStatus }).status === 'unknown',
  );
  if (o.json) io.stdout(`${JSON.stringify(check, null, 2)}\n`);
  else {
    const lines = [
      `${check.domain}${check.esp ? ` (${check.esp})` : ''}`,
      `${t.overall}: ${MARK[check.overall]} ${t[check.overall]}`,
      '',
    ];
    AREAS.forEach((a, i) => {
      const area = check[a] as { status: AreaStatus; summary?: string };
      lines.push(
        `${MARK[statuses[i]!]} ${LABEL[a].padEnd(16)} ${t[statuses[i]!]}${area.summary ? ` — ${area.summary}` : ''}`,
      );
    });
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (allUnknown) {
    if (!o.json) io.stderr(`${t.resolverUnreachable}\n`);
    return 2;
  }
  return check.overall === 'pass' ? 0 : check.overall === 'unknown' ? 2 : 1;
}
