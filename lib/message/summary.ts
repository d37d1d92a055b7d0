// What is kept of a checked copy so the panel can show it beside the campaign's diagnosis (same
// From domain): a small summary, the newest per domain, a bounded number of domains.
import type { DkimResult, DmarcResult, MessageFinding, MessageReport } from './types';

export interface MessageCheckSummary {
  domain: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  subject?: string;
  /** The best result among signatures aligned with the From domain; 'none' when there is none. */
  dkim: DkimResult | 'none';
  dmarc?: DmarcResult;
  oneClick: boolean;
  signed: boolean;
  /** The problems (errors, then warnings), at most MAX_SUMMARY_FINDINGS. */
  findings: MessageFinding[];
}

export const MAX_SUMMARY_FINDINGS = 8;
export const MAX_STORED_DOMAINS = 50;
const RANK: (DkimResult | 'none')[] = ['pass', 'fail', 'temperror', 'permerror', 'neutral', 'none'];

/** The summary of a report, or undefined when it names no From domain. */
export function summarizeReport(report: MessageReport, now: Date): MessageCheckSummary | undefined {
  if (!report.from) return undefined;
  const aligned = report.dkim.filter((s) => s.aligned).map((s) => s.result);
  const dkim = RANK.find((r) => aligned.includes(r as DkimResult)) ?? 'none';
  const problems = [
    ...report.findings.filter((f) => f.severity === 'error'),
    ...report.findings.filter((f) => f.severity === 'warning'),
  ];
  return {
    domain: report.from.domain,
    checkedAt: now.toISOString(),
    ...(report.subject ? { subject: report.subject.slice(0, 200) } : {}),
    dkim,
    ...(report.dmarc ? { dmarc: report.dmarc.result } : {}),
    oneClick: report.listUnsubscribe.oneClick,
    signed: report.listUnsubscribe.signed,
    findings: problems.slice(0, MAX_SUMMARY_FINDINGS),
  };
}

/** Adds a summary (replacing that domain's), keeping the newest MAX_STORED_DOMAINS domains. */
export function addSummary(
  all: Record<string, MessageCheckSummary>,
  summary: MessageCheckSummary,
  max = MAX_STORED_DOMAINS,
): Record<string, MessageCheckSummary> {
  const rest = Object.values(all).filter((s) => s.domain !== summary.domain);
  const kept = [summary, ...rest].sort((a, b) => b.checkedAt.localeCompare(a.checkedAt)).slice(0, max);
  return Object.fromEntries(kept.map((s) => [s.domain, s]));
}
