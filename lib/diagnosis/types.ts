// Diagnosis shapes (api-contract.md "Diagnosis") and what a rule sees.
import type { DomainCheck } from '../auth/types';
import type { BouncedAddress, CampaignReport } from '../esp/types';
import type { Lang, Messages } from '../i18n';
import type { Thresholds } from './thresholds';

export type Cause = 'authentication' | 'list-quality' | 'volume' | 'engagement' | 'reputation' | 'none' | 'unknown';
export type Severity = 'critical' | 'warning' | 'info' | 'ok';

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
}

export interface Diagnosis {
  primaryCause: Cause;
  /** One plain sentence in the active language. */
  headline: string;
  findings: Finding[];
  /** Extension: the next steps for the primary cause, in order (knowledge.md §1 advice). */
  steps: string[];
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
}

export interface RuleContext extends Required<Pick<DiagnoseInput, 'report'>> {
  domain?: DomainCheck;
  history: CampaignReport[];
  bounces?: BouncedAddress[];
  lang: Lang;
  t: Messages;
  thresholds: Thresholds;
}

/** One rule a file; `id` equals the file name. Returns nothing when its figures are absent. */
export interface Rule {
  id: string;
  run(ctx: RuleContext): Omit<Finding, 'id'> | undefined;
}
