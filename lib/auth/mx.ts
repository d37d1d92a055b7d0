// MX of the sender domain: replies and bounces must be able to come back. Null MX (RFC 7505),
// the implicit MX of RFC 5321 §5.1 (no MX → the A record), and hosts that do not resolve.
import type { Resolver } from '../dns/types';
import { lookup } from './lookup';
import type { AreaResult, AuthFinding } from './types';

export interface MxArea extends AreaResult {
  hosts: { exchange: string; preference: number; resolves?: boolean }[];
  nullMx?: boolean;
  /** The resolver's AD flag on the MX answer: DNSSEC-validated (RFC 4035 §3.2.3). */
  authenticated?: boolean;
}

/** Checks that the domain can receive replies and bounces. */
export async function evaluateMx(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<MxArea> {
  const res = await lookup(resolver, domain, 'MX', signal);
  if (!res.ok) return { status: 'unknown', summary: "Couldn't check MX.", findings: [], hosts: [], error: res.error };
  const authenticated = res.answer.authenticated;
  const mx = res.answer.records.flatMap((r) => (r.type === 'MX' ? [{ exchange: r.exchange, preference: r.preference }] : []));
  const finding = (id: string, severity: AuthFinding['severity'], message: string): AuthFinding => ({ id, severity, message });
  if (res.answer.rcode === 'NXDOMAIN') {
    const f = finding('mx-domain-missing', 'error', `${domain} does not exist in DNS.`);
    return { status: 'fail', summary: f.message, findings: [f], hosts: [], authenticated };
  }
  if (mx.length === 1 && mx[0]!.exchange === '') {
    const f = finding('mx-null', 'error', `${domain} declares it accepts no mail (null MX, RFC 7505); receivers may reject mail from it (§4.2) and replies are lost.`);
    return { status: 'fail', summary: f.message, findings: [f], hosts: [], nullMx: true, authenticated };
  }
  if (mx.length === 0) {
    // RFC 5321 §5.1: without MX, mail goes to the domain's own address.
    const a = await lookup(resolver, domain, 'A', signal);
    if (!a.ok) return { status: 'unknown', summary: "Couldn't check MX.", findings: [], hosts: [], error: a.error, authenticated };
    const hasA = a.answer.records.some((r) => r.type === 'A');
    const f = hasA
      ? finding('mx-implicit', 'warning', `${domain} has no MX record; replies go to its web server address, which rarely accepts mail.`)
      : finding('mx-none', 'error', `${domain} has no MX record and no address: replies and bounces cannot reach you.`);
    return { status: hasA ? 'warn' : 'fail', summary: f.message, findings: [f], hosts: [], authenticated };
  }
  const sorted = [...mx].sort((x, y) => x.preference - y.preference).slice(0, 10);
  const hosts = await Promise.all(
    sorted.map(async (h) => {
      if (h.exchange === '') return { ...h, resolves: false };
      const a = await lookup(resolver, h.exchange, 'A', signal);
      return { ...h, resolves: a.ok ? a.answer.records.some((r) => r.type === 'A') : undefined };
    }),
  );
  const dead = hosts.filter((h) => h.resolves === false);
  const findings: AuthFinding[] = [];
  if (dead.length === hosts.length) findings.push(finding('mx-hosts-dead', 'error', `None of the mail hosts of ${domain} has an address.`));
  else if (dead.length) findings.push(finding('mx-host-dead', 'warning', `Mail host ${dead.map((h) => h.exchange || '.').join(', ')} has no address.`));
  const status = findings.some((f) => f.severity === 'error') ? 'fail' : findings.length ? 'warn' : hosts.some((h) => h.resolves === undefined) ? 'unknown' : 'pass';
  const summary = status === 'pass' || status === 'unknown' ? `Mail for ${domain} goes to ${hosts[0]!.exchange}${hosts.length > 1 ? ` and ${hosts.length - 1} more` : ''}.` : findings[0]!.message;
  return { status, summary, findings, hosts, authenticated };
}
