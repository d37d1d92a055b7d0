// What the audit concludes, as data ({ id, severity, params }); words in lib/i18n/audit.ts.
import type { AuditSummary } from './audit';

/**
 * The article's bounce scale (knowledge.md §1): a few bounces are normal, above 2–3 % alarm bells,
 * 10 % bad, 20 % a disaster. The rate is compared as it is displayed, to one decimal, so 19.6 %
 * ("bijna 20 procent" in the article) is the disaster it was called, and 2.04 % (shown 2.0 %)
 * sits at the alarm line.
 */
export type BounceScale = 'normal' | 'alarm-line' | 'alarm' | 'bad' | 'disaster';

/** Where an expected hard-bounce share sits on the article's scale. */
export function bounceScale(share: number): BounceScale {
  const shown = Math.round(share * 1000) / 10;
  if (shown >= 19.5) return 'disaster';
  if (shown >= 10) return 'bad';
  if (shown > 3) return 'alarm';
  if (shown >= 2) return 'alarm-line';
  return 'normal';
}

export type AuditFindingId =
  | 'hard-bounce-expected'
  | 'dead-domains'
  | 'unknown-domains'
  | 'typos'
  | 'disposable'
  | 'duplicates'
  | 'role-addresses'
  | 'syntax'
  | 'silent-contacts'
  | 'never-engaged-old'
  | 'no-engagement-data'
  | 'no-dns'
  | 'out-of-reach';

export interface AuditFinding {
  id: AuditFindingId;
  severity: 'critical' | 'warning' | 'info' | 'ok';
  params: Record<string, number | string>;
}

const SCALE_SEVERITY: Record<BounceScale, AuditFinding['severity']> = {
  normal: 'ok',
  'alarm-line': 'warning',
  alarm: 'warning',
  bad: 'critical',
  disaster: 'critical',
};

/** The findings of a summary, most important first. */
export function auditFindings(s: AuditSummary, ctx: { hasEngagement: boolean; dnsChecked: boolean }): AuditFinding[] {
  const out: AuditFinding[] = [];
  const hb = s.expectedHardBounce;
  out.push({
    id: 'hard-bounce-expected',
    severity: SCALE_SEVERITY[hb.scale],
    params: { count: hb.count, share: hb.share, scale: hb.scale, of: s.distinct },
  });
  if (s.domains.dead)
    out.push({
      id: 'dead-domains',
      severity: 'critical',
      params: { domains: s.domains.dead, addresses: s.flags['domain-dead'] },
    });
  if (s.flags.syntax) out.push({ id: 'syntax', severity: 'warning', params: { count: s.flags.syntax } });
  if (s.flags.typo) out.push({ id: 'typos', severity: 'warning', params: { count: s.flags.typo } });
  if (s.flags.disposable) out.push({ id: 'disposable', severity: 'warning', params: { count: s.flags.disposable } });
  if (s.flags.duplicate) out.push({ id: 'duplicates', severity: 'info', params: { count: s.flags.duplicate } });
  if (s.flags.role) out.push({ id: 'role-addresses', severity: 'info', params: { count: s.flags.role } });
  if (s.engagement) {
    // knowledge.md §8: permission goes stale after ~6 months (Mailchimp); never-engaged > ~12 months: do not mail.
    if (s.engagement.silent6m.count)
      out.push({ id: 'silent-contacts', severity: 'warning', params: { ...s.engagement.silent6m } });
    if (s.engagement.neverOld.count)
      out.push({ id: 'never-engaged-old', severity: 'warning', params: { ...s.engagement.neverOld } });
  }
  if (!ctx.hasEngagement) out.push({ id: 'no-engagement-data', severity: 'info', params: {} });
  if (!ctx.dnsChecked) out.push({ id: 'no-dns', severity: 'info', params: {} });
  else if (s.domains.unknown)
    out.push({ id: 'unknown-domains', severity: 'info', params: { domains: s.domains.unknown } });
  // knowledge.md §7: catch-all, mailbox existence and spam traps need SMTP probing or paid data.
  out.push({ id: 'out-of-reach', severity: 'info', params: {} });
  return out;
}
