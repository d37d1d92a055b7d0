// Diagnosis shapes (api-contract.md "Diagnosis") and what a rule sees.
import type { DomainCheck } from '../auth/types';
import type { BouncedAddress, CampaignReport } from '../esp/types';
import type { Lang, Messages } from '../i18n';
import type { Thresholds } from './thresholds';
import type { Provider } from './providers';

export type Cause = 'authentication' | 'list-quality' | 'volume' | 'engagement' | 'reputation' | 'none' | 'unknown';
export type Severity = 'critical' | 'warning' | 'info' | 'ok';

/**
 * What is known about the sender's DNS (knowledge.md §1 step 1: rule out the technique first).
 * unchecked = not looked at yet; failed = looked at, no answer (never "fine" nor "missing").
 */
export type DnsStatus = 'in-order' | 'broken' | 'unchecked' | 'failed';

/** Which ESP page the figures come from: a campaign overview, its abuse list or its bounce list. */
export type PageView = 'overview' | 'abuse' | 'bounces';

export interface Finding {
  /** = the rule's file name. */
  id: string;
  category: Cause;
  severity: Severity;
  /** The figures that triggered it. */
  evidence: string;
  advice: string;
  /** Extension: the headline to use when this finding is the likely cause. */
  headline?: string;
  /** Extension: for 'internal-error', the rule that failed. */
  rule?: string;
}

export interface Diagnosis {
  primaryCause: Cause;
  /** One plain sentence in the active language. */
  headline: string;
  findings: Finding[];
  /** Extension: the next steps for the primary cause, in order (knowledge.md §1 advice). */
  steps: string[];
  /** Extension: what is known about DNS, so the panel never calls the list the problem too early. */
  dns: DnsStatus;
  /** Extension: the parts of the check that failed (rule names in words), shown, never hidden. */
  failedParts: string[];
}

export interface DiagnoseInput {
  report: CampaignReport;
  domain?: DomainCheck;
  history?: CampaignReport[];
  bounces?: BouncedAddress[];
  /** Extension: language of the texts (default English). */
  lang?: Lang;
  /** Extension: the user's thresholds (default: the article's). */
  thresholds?: Partial<Thresholds>;
  /** Extension: the page the figures come from (default: the overview). */
  page?: PageView;
  /** Extension: the DNS check was tried and gave no answer at all (the resolver's error). */
  dnsError?: string;
  /**
   * Extension: the audience's mailbox-provider mix (shares of the whole list, knowledge.md §7),
   * when known. Never estimated from the bounced addresses alone (issue 13 §6).
   */
  audience?: Partial<Record<Provider, number>>;
}

export interface RuleContext extends Required<Pick<DiagnoseInput, 'report'>> {
  domain?: DomainCheck;
  history: CampaignReport[];
  bounces?: BouncedAddress[];
  lang: Lang;
  t: Messages;
  thresholds: Thresholds;
  page: PageView;
  dns: DnsStatus;
  audience?: Partial<Record<Provider, number>>;
}

/** One rule a file; `id` equals the file name. Returns nothing when its figures are absent. */
export interface Rule {
  id: string;
  run(ctx: RuleContext): Omit<Finding, 'id'> | undefined;
}
