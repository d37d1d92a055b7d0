// Texts of the list audit, the restart plan and the command line (issue 14), in English, Dutch
// (Flemish-friendly, "u") and French (Wallonia/Brussels, "vous"). lib/audit and lib/cli give
// ids and numbers; only this file turns them into words. Numbers go through Intl (lib/i18n).
import type { AuditFinding } from '../audit/findings';
import type { BounceScale } from '../audit/findings';
import type { RemovalReason } from '../audit/audit';
import type { SegmentId } from '../audit/segments';
import type { SourceId } from '../audit/sources';
import type { StopRule } from '../audit/plan';
import type { HygieneFlag } from '../hygiene/flags';
import type { MailboxProvider } from '../hygiene/mailbox-provider';
import type { ImportError } from '../import/csv';
import type { ColumnRole } from '../import/columns';
import { formatCount, formatPercent, type Lang } from './index';
import type { audit as en } from './en/audit';
import { byLang, packOf } from './pack';

type P = Record<string, number | string>;

const PROVIDER_NAMES: Record<MailboxProvider, string> = {
  'microsoft-365': 'Microsoft 365',
  'google-workspace': 'Google Workspace',
  gmail: 'Gmail',
  'outlook-com': 'Outlook.com / Hotmail',
  yahoo: 'Yahoo / AOL',
  apple: 'Apple iCloud',
  telenet: 'Telenet',
  proximus: 'Proximus (Skynet)',
  kpn: 'KPN',
  ziggo: 'Ziggo',
  other: '',
  unknown: '',
};
const SOURCE_NAMES: Record<SourceId, string> = {
  article: '',
  'sparkpost-warmup': 'SparkPost/Bird warm-up',
  delivra: 'Delivra',
  'google-senders': 'Google sender guidelines',
  'yahoo-senders': 'Yahoo sender best practices',
  'mailchimp-reconfirm': 'Mailchimp',
  'sunset-policy': '',
  'mailchimp-import': 'Mailchimp',
  'activecampaign-import': 'ActiveCampaign',
  'campaign-monitor-import': 'Campaign Monitor',
};

/** One language's audit texts from its words (numbers, names and labels filled in the same way for all). */
export function make<U extends Record<string, string>, C extends Record<string, string>>(
  lang: Lang,
  w: {
    article: string;
    sunset: string;
    other: string;
    unknown: string;
    flags: Record<HygieneFlag, string>;
    segments: Record<SegmentId, string>;
    scale: Record<BounceScale, string>;
    /** The disaster label from a shown 20 % on (the scale's 'nearly 20 %' fits 19.5–19.9 % only). */
    disasterOver: string;
    roles: Record<ColumnRole, string>;
    error: (e: ImportError) => string;
    finding: (
      f: AuditFinding,
      pct: (n: number) => string,
      n: (n: number) => string,
      scale: (s: BounceScale) => string,
    ) => string;
    stop: (r: StopRule, pct: (n: number) => string) => string;
    ui: U;
    cli: C;
    addresses: (n: number) => string;
    sends: (n: number) => string;
    step: (added: string, volume: string) => string;
    growth: (pct: string) => string;
    cap: (provider: string, max: string, planned: string) => string;
    reconfirm: (n: string) => string;
    notMailed: (n: string) => string;
    removedBefore: (n: string) => string;
    day: (d: number) => string;
    readRows: (n: string) => string;
    dnsDone: (done: string, total: string) => string;
    hardBounce: (pct: string, count: string, of: string, scale: string) => string;
  },
) {
  const pct = (x: number) => formatPercent(x, lang);
  const n = (x: number) => formatCount(x, lang);
  const label = (s: BounceScale, share: number) =>
    s === 'disaster' && Math.round(share * 1000) / 10 >= 20 ? w.disasterOver : w.scale[s];
  return {
    ...w.ui,
    cli: w.cli,
    flag: (f: HygieneFlag) => w.flags[f],
    removal: (r: RemovalReason) => w.flags[r],
    segment: (s: SegmentId) => w.segments[s],
    scale: (s: BounceScale, share = 0) => label(s, share),
    role: (r: ColumnRole) => w.roles[r],
    provider: (p: MailboxProvider) => (p === 'other' ? w.other : p === 'unknown' ? w.unknown : PROVIDER_NAMES[p]),
    source: (s: SourceId) => (s === 'article' ? w.article : s === 'sunset-policy' ? w.sunset : SOURCE_NAMES[s]),
    error: w.error,
    finding: (f: AuditFinding) => w.finding(f, pct, n, (s) => label(s, Number(f.params.share ?? 0))),
    stopRule: (r: StopRule) => w.stop(r, pct),
    addresses: w.addresses,
    sends: w.sends,
    step: (added: number, volume: number) => w.step(n(added), n(volume)),
    growth: (g: number) => w.growth(formatPercent(g, lang, 0)),
    cap: (p: MailboxProvider, max: number, planned: number) =>
      w.cap(p === 'other' ? w.other : p === 'unknown' ? w.unknown : PROVIDER_NAMES[p], n(max), n(planned)),
    reconfirm: (x: number) => w.reconfirm(n(x)),
    notMailed: (x: number) => w.notMailed(n(x)),
    removedBefore: (x: number) => w.removedBefore(n(x)),
    day: w.day,
    readRows: (x: number) => w.readRows(n(x)),
    dnsDone: (d: number, t: number) => w.dnsDone(n(d), n(t)),
    hardBounce: (share: number, count: number, of: number, scale: BounceScale) =>
      w.hardBounce(pct(share), n(count), n(of), label(scale, share)),
    pct,
    n,
  };
}

/** A numeric parameter (0 when absent). */
export const num = (p: P, k: string) => Number(p[k] ?? 0);

/** The audit texts; nl and fr must have every key en has (tsc checks). */
export type AuditTexts = typeof en;

/** The audit texts per product language. */
export const AUDIT_TEXTS: Record<Lang, AuditTexts> = /* @__PURE__ */ byLang('audit');

/** The audit texts of a language. */
export function auditTexts(lang: Lang): AuditTexts {
  return packOf(lang).audit;
}
