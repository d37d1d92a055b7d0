import type { SpfAudit } from './spf-audit';
import type { MxArea } from './mx';
import type { ExtraArea } from './extras';
import type { AlignmentArea } from './alignment';

// Shapes shared by the authentication checks. DomainCheck is ours to shape (api-contract.md,
// "Domain check"): every area carries a status and findings.

export type EspId = 'mailchimp' | 'activecampaign' | 'campaign-monitor' | 'brevo' | 'mailerlite' | 'klaviyo';

/** unknown = could not check (house-style.md "Errors"): never shown as missing or fine. */
export type AreaStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export interface AuthFinding {
  /** Stable id, e.g. 'spf-missing', 'dmarc-p-none'. */
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** One-line reason in plain words. */
  message: string;
}

export interface AreaResult {
  status: AreaStatus;
  /** One plain sentence for the row. */
  summary: string;
  findings: AuthFinding[];
  /** When status is unknown: what failed, naming the resolver endpoint. */
  error?: string;
}

export interface DkimKeyFound {
  selector: string;
  /** CNAME chain followed to the key, first hop first. */
  via: string[];
  status: 'valid' | 'revoked' | 'testing' | 'weak' | 'invalid';
  keyType?: string;
  keyBits?: number;
}

export interface DomainCheck {
  domain: string;
  esp?: EspId;
  /** ISO 8601 time the check finished. */
  checkedAt: string;
  /** The worst of SPF, DKIM, DMARC and alignment: what "DNS in order" means for this ESP. */
  overall: AreaStatus;
  spf: SpfAudit & { record?: string };
  dmarc: AreaResult & { record?: string; policy?: 'none' | 'quarantine' | 'reject'; rua?: string[]; inheritedFrom?: string };
  dkim: AreaResult & {
    keys: DkimKeyFound[];
    probed: string[];
    /** When no key was found: the RFC 8020 existence test on _domainkey. */
    tree?: 'keys-elsewhere' | 'none' | 'wildcard' | 'unknown';
  };
  alignment: AlignmentArea;
  mx: MxArea;
  bimi: ExtraArea;
  mtaSts: ExtraArea;
  tlsRpt: ExtraArea;
  dnssec: AreaResult;
  blocklists: AreaResult;
}

/** The worst of several statuses, for a summary. unknown outranks pass: it is not "fine". */
export function worstStatus(statuses: AreaStatus[]): AreaStatus {
  for (const s of ['fail', 'unknown', 'warn'] as const) if (statuses.includes(s)) return s;
  return 'pass';
}

/** The authentication areas that fail (what "DNS not in order" names in the headline). */
export function failingAreas(check: Pick<DomainCheck, 'spf' | 'dkim' | 'dmarc' | 'alignment'>): ('spf' | 'dkim' | 'dmarc' | 'alignment')[] {
  return (['spf', 'dkim', 'dmarc', 'alignment'] as const).filter((a) => check[a].status === 'fail');
}
