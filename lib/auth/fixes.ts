// Corrected records ready to copy (issue 6 §1, issue 12 §10): for what is missing or wrong, the
// record to publish — and only records that pass the project's own audit: no ptr (RFC 7208 §5.5),
// no include without SPF, no void term, no term broken by a bad string join, no include the ESP
// does not need (knowledge.md §4), at most 10 lookups or a note naming the includes to
// consolidate. Nothing is suggested for a domain the user cannot control (free mail) or for an
// area that could not be checked. Values are DNS zone text as DNS panels take it.
import { isFreeMailDomain } from './alignment';
import { requiredSelectors } from './dkim';
import { ESP_DNS } from './esp-dns';
import type { SpfAuditNode, SpfAuditTerm } from './spf-audit';
import { MAX_LOOKUPS } from './spf-eval';
import { parseSpf } from './spf-parse';
import type { AuthNote, DomainCheck } from './types';

export interface RecordFix {
  area: 'spf' | 'dkim' | 'dmarc';
  name: string;
  type: 'TXT' | 'CNAME';
  value: string;
  /** Why, as data: an id of lib/i18n/auth.ts `fixNote` with its params. */
  note: AuthNote;
  /** For SPF: the lookups the suggested record needs, as audited from the tree. */
  lookups?: number;
}

/** Free-mail and other domains whose DNS the sender cannot publish in: say "own domain" instead. */
export function cannotPublish(check: Pick<DomainCheck, 'domain'>): boolean {
  return isFreeMailDomain(check.domain);
}

/** Lookups a term costs with everything under it (RFC 7208 §4.6.4). */
function subtreeCost(t: SpfAuditTerm): number {
  return t.cost + (t.child ? t.child.terms.reduce((n, x) => n + subtreeCost(x), 0) : 0);
}

const BROKEN_CHILD = new Set<SpfAuditNode['state']>(['none', 'multiple', 'syntax', 'loop', 'too-deep']);
const REBUILD = new Set([
  'spf-ptr',
  'spf-void-lookups',
  'spf-all-neutral',
  'spf-all-pass',
  'spf-no-all',
  'spf-esp-include-unneeded',
  'spf-string-join',
  'spf-include-no-spf',
  'spf-loop',
  'spf-too-many-lookups',
  'spf-syntax',
  'spf-multiple',
]);

/** The SPF record to publish instead of the audited one, or undefined when it is fine. */
function spfFix(check: DomainCheck): RecordFix | undefined {
  const d = check.domain;
  const spf = check.spf;
  if (spf.status === 'unknown' || spf.status === 'pass') return undefined;
  const ids = new Set(spf.findings.map((f) => f.id));
  const hasMx = check.mx.status !== 'unknown' && check.mx.hosts.length > 0;
  if (ids.has('spf-missing'))
    return {
      area: 'spf',
      name: d,
      type: 'TXT',
      value: ['v=spf1', ...(hasMx ? ['mx'] : []), '~all'].join(' '),
      note: { id: 'spf-new' },
      lookups: hasMx ? 1 : 0,
    };
  if (![...ids].some((id) => REBUILD.has(id))) return undefined;
  const esp = check.esp ? ESP_DNS[check.esp] : undefined;
  const unneeded = esp?.spfInclude && !esp.spfInclude.needed ? `include:${esp.spfInclude.domain}` : undefined;
  const audited = new Map(spf.root.terms.map((t) => [t.text.toLowerCase(), t]));
  // A term made by gluing two character-strings without a space (§3.3) is left out: it is not
  // what was meant, and its halves were never audited.
  const strings = spf.root.strings;
  const spaced = new Set(
    strings && ids.has('spf-string-join') ? parseSpf(strings.join(' ')).terms.map((t) => t.text.toLowerCase()) : [],
  );
  const glued = (text: string) => spaced.size > 0 && !spaced.has(text);
  const sources = spf.root.state === 'multiple' ? (spf.root.records ?? []) : [spf.root.record ?? ''];
  const kept: string[] = [];
  const dropped: string[] = [];
  let lookups = 0;
  let redirect: string | undefined;
  let estimated = false; // a term the audit did not walk (another record of several): cost guessed
  const costs: { text: string; cost: number }[] = [];
  for (const source of sources)
    for (const term of parseSpf(source).terms) {
      const text = term.text.replace(/^\+/, '');
      const lower = text.toLowerCase();
      if (kept.includes(text) || /^[+\-~?]?all$/i.test(text) || /^exp=/i.test(text)) continue;
      const a = audited.get(term.text.toLowerCase()) ?? audited.get(lower);
      const bad =
        /^[+\-~?]?ptr\b/i.test(text) ||
        lower === unneeded ||
        (a?.child !== undefined && BROKEN_CHILD.has(a.child.state)) ||
        a?.void === true ||
        glued(term.text.toLowerCase());
      if (bad) {
        dropped.push(text);
        continue;
      }
      if (/^redirect=/i.test(text)) {
        redirect = text;
        continue;
      }
      if (!a && /^(include|redirect|a|mx|exists)\b/i.test(text)) estimated = true;
      const cost = a
        ? subtreeCost(a)
        : term.type === 'mechanism' && /^(include|a|mx|exists)\b/i.test(term.mechanism.kind)
          ? 1
          : 0;
      lookups += cost;
      if (/^include:/i.test(text)) costs.push({ text, cost });
      kept.push(text);
    }
  if (redirect) {
    const a = audited.get(redirect.toLowerCase());
    lookups += a ? subtreeCost(a) : 1;
  }
  const value = ['v=spf1', ...kept, ...(redirect ? [redirect] : ['~all'])].join(' ');
  if (lookups > MAX_LOOKUPS) {
    // Name the heaviest includes whose removal (into a flattened or consolidated include) gets under 11.
    const heavy = [...costs].sort((x, y) => y.cost - x.cost);
    const names: string[] = [];
    let left = lookups;
    for (const h of heavy) {
      if (left <= MAX_LOOKUPS) break;
      names.push(h.text.slice('include:'.length));
      left -= h.cost - 1;
    }
    return {
      area: 'spf',
      name: d,
      type: 'TXT',
      value,
      note: { id: 'spf-consolidate', params: { lookups, includes: names } },
      lookups,
    };
  }
  return {
    area: 'spf',
    name: d,
    type: 'TXT',
    value,
    note: { id: 'spf-rebuilt', params: { dropped } },
    ...(estimated ? {} : { lookups }),
  };
}

/** The fixes for a checked domain; empty when nothing needs publishing or nothing can be. */
export function suggestFixes(check: DomainCheck): RecordFix[] {
  if (cannotPublish(check)) return [];
  const d = check.domain;
  const fixes: RecordFix[] = [];
  // DMARC: start at p=none with reports, as knowledge.md §5 advises, then tighten.
  if (check.dmarc.status === 'fail')
    fixes.push({
      area: 'dmarc',
      name: `_dmarc.${d}`,
      type: 'TXT',
      value: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}`,
      note: { id: 'dmarc-start' },
    });
  // DKIM: the ESP's own CNAMEs for the selectors it needs that have no key (knowledge.md §4);
  // TXT-key ESPs give their key in their app.
  const dkimIds = new Set(check.dkim.findings.map((f) => f.id));
  if (check.esp && (dkimIds.has('dkim-esp-missing') || dkimIds.has('dkim-esp-incomplete'))) {
    const esp = ESP_DNS[check.esp];
    const haveKey = new Set(check.dkim.selectors.filter((s) => s.outcome === 'key').map((s) => s.selector));
    for (const selector of requiredSelectors(check.esp)) {
      const k = esp.dkim.find((x) => x.selector === selector)!;
      if (k.target && !haveKey.has(selector))
        fixes.push({
          area: 'dkim',
          name: `${selector}._domainkey.${d}`,
          type: 'CNAME',
          value: k.target,
          note: { id: 'dkim-esp', params: { esp: esp.name } },
        });
    }
  }
  const spf = spfFix(check);
  if (spf) fixes.push(spf);
  return fixes;
}
