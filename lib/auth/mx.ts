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
  if (!res.ok) return { status: 'unknown', summary: { id: 'mx-unchecked' }, findings: [], hosts: [], error: res.error };
  const authenticated = res.answer.authenticated;
  const mx = res.answer.records.flatMap((r) =>
    r.type === 'MX' ? [{ exchange: r.exchange, preference: r.preference }] : [],
  );
  const finding = (
    id: string,
    severity: AuthFinding['severity'],
    params: AuthFinding['params'] = { domain },
  ): AuthFinding => ({ id, severity, params });
  const said = (f: AuthFinding) => ({ id: f.id, params: f.params });
  if (res.answer.rcode === 'NXDOMAIN') {
    const f = finding('mx-domain-missing', 'error');
    return { status: 'fail', summary: said(f), findings: [f], hosts: [], authenticated };
  }
  if (mx.length === 1 && mx[0]!.exchange === '') {
    const f = finding('mx-null', 'error');
    return { status: 'fail', summary: said(f), findings: [f], hosts: [], nullMx: true, authenticated };
  }
  if (mx.length === 0) {
    // RFC 5321 §5.1: without MX, mail goes to the domain's own address.
    const a = await lookup(resolver, domain, 'A', signal);
    if (!a.ok)
      return {
        status: 'unknown',
        summary: { id: 'mx-unchecked' },
        findings: [],
        hosts: [],
        error: a.error,
        authenticated,
      };
    const hasA = a.answer.records.some((r) => r.type === 'A');
    const f = hasA ? finding('mx-implicit', 'warning') : finding('mx-none', 'error');
    return { status: hasA ? 'warn' : 'fail', summary: said(f), findings: [f], hosts: [], authenticated };
  }
  const sorted = [...mx].sort((x, y) => x.preference - y.preference).slice(0, 10);
  const errors: NonNullable<AreaResult['error']>[] = [];
  const hosts = await Promise.all(
    sorted.map(async (h) => {
      if (h.exchange === '') return { ...h, resolves: false };
      const a = await lookup(resolver, h.exchange, 'A', signal);
      if (!a.ok) errors.push(a.error);
      return { ...h, resolves: a.ok ? a.answer.records.some((r) => r.type === 'A') : undefined };
    }),
  );
  const dead = hosts.filter((h) => h.resolves === false);
  const findings: AuthFinding[] = [];
  if (dead.length === hosts.length) findings.push(finding('mx-hosts-dead', 'error'));
  else if (dead.length)
    findings.push(finding('mx-host-dead', 'warning', { hosts: dead.map((h) => h.exchange || '.') }));
  const unchecked = hosts.some((h) => h.resolves === undefined);
  // A dead host next to one that could not be checked: "all dead" cannot be claimed (issue 12).
  const status = findings.some((f) => f.severity === 'error')
    ? 'fail'
    : unchecked
      ? 'unknown'
      : findings.length
        ? 'warn'
        : 'pass';
  const summary =
    status === 'unknown'
      ? {
          id: 'mx-hosts-unchecked',
          params: { hosts: hosts.filter((h) => h.resolves === undefined).map((h) => h.exchange) },
        }
      : status === 'pass'
        ? { id: 'mx-ok', params: { domain, host: hosts[0]!.exchange, more: hosts.length - 1 } }
        : said(findings[0]!);
  return { status, summary, findings, hosts, authenticated, ...(unchecked && errors[0] ? { error: errors[0] } : {}) };
}
