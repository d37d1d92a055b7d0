import type { SpfAudit } from './spf-audit';
import type { MxArea } from './mx';
import type { ExtraArea } from './extras';
import type { AlignmentArea } from './alignment';
import type { DnsProblem } from '../dns/types';
import type { Reason } from './reason';

// Shapes shared by the authentication checks. DomainCheck is ours to shape (api-contract.md,
// "Domain check"): every area carries a status and findings.

/** The ESPs (api-contract.md "Domain check"), from the one registry in lib/esp/providers.ts. */
export type { EspId } from '../esp/providers';
import type { EspId } from '../esp/providers';

/** unknown = could not check (house-style.md "Errors"): never shown as missing or fine. */
export type AreaStatus = 'pass' | 'warn' | 'fail' | 'unknown';

/** Parameters of a finding or summary: names, counts, lists (issue 11 §1). */
export type AuthParams = Record<string, string | number | boolean | string[] | Reason | undefined>;

/** A conclusion as data; lib/i18n/auth.ts turns it into a sentence in the user's language. */
export interface AuthFinding {
  /** Stable id, e.g. 'spf-missing', 'dmarc-p-none'. */
  id: string;
  severity: 'error' | 'warning' | 'info';
  params?: AuthParams;
}

/** What a row's one line says, as data (an id of lib/i18n/auth.ts `summary` and its params). */
export interface AuthNote {
  id: string;
  params?: AuthParams;
}

export interface AreaResult {
  status: AreaStatus;
  /** The row's one line. */
  summary: AuthNote;
  findings: AuthFinding[];
  /** When status is unknown: what failed, naming the resolver endpoint (and the name asked). */
  error?: DnsProblem;
}

/** What one DKIM selector gave (issue 12 §3): each selector's outcome is kept and shown. */
export interface DkimSelectorOutcome {
  selector: string;
  /** key = a key record was found (see keys for its quality); absent = NXDOMAIN or no key record. */
  outcome: 'key' | 'absent' | 'unknown';
  /** Whether the ESP needs this selector for its authentication (knowledge.md §4). */
  required: boolean;
  error?: DnsProblem;
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
  dmarc: AreaResult & {
    record?: string;
    policy?: 'none' | 'quarantine' | 'reject';
    rua?: string[];
    inheritedFrom?: string;
  };
  dkim: AreaResult & {
    keys: DkimKeyFound[];
    probed: string[];
    selectors: DkimSelectorOutcome[];
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
  /** Which DoH endpoints answered and which failed during the check (issue 12 §6). */
  resolvers?: { answered: string[]; failed: string[] };
}

/** The worst of several statuses, for a summary. unknown outranks pass: it is not "fine". */
export function worstStatus(statuses: AreaStatus[]): AreaStatus {
  for (const s of ['fail', 'unknown', 'warn'] as const) if (statuses.includes(s)) return s;
  return 'pass';
}

/** The authentication areas that fail (what "DNS not in order" names in the headline). */
export function failingAreas(
  check: Pick<DomainCheck, 'spf' | 'dkim' | 'dmarc' | 'alignment'>,
): ('spf' | 'dkim' | 'dmarc' | 'alignment')[] {
  return (['spf', 'dkim', 'dmarc', 'alignment'] as const).filter((a) => check[a].status === 'fail');
}
