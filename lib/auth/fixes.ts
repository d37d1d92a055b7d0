// Corrected records ready to copy (issue 6 §1): for what is missing or wrong, the record to
// publish, valid by our own parsers. Values are DNS zone text as DNS panels take it.
import { ESP_DNS } from './esp-dns';
import { parseSpf } from './spf-parse';
import type { DomainCheck } from './types';

export interface RecordFix {
  area: 'spf' | 'dkim' | 'dmarc';
  name: string;
  type: 'TXT' | 'CNAME';
  value: string;
  /** Why, in plain words (English; the UI shows its own text per area). */
  note: string;
}

/** The fixes for a checked domain; empty when nothing needs publishing. */
export function suggestFixes(check: DomainCheck): RecordFix[] {
  const d = check.domain;
  const fixes: RecordFix[] = [];
  const ids = (area: { findings: { id: string }[] }) => new Set(area.findings.map((f) => f.id));
  // DMARC: start at p=none with reports, as knowledge.md §5 advises, then tighten.
  if (check.dmarc.status === 'fail')
    fixes.push({ area: 'dmarc', name: `_dmarc.${d}`, type: 'TXT', value: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}`, note: 'Start by monitoring; read the reports, then move to p=quarantine. Use a mailbox you read.' });
  // DKIM: the ESP's own CNAMEs (knowledge.md §4); TXT-key ESPs give their key in their app.
  if (check.esp && check.dkim.status === 'fail' && ids(check.dkim).has('dkim-esp-missing'))
    for (const k of ESP_DNS[check.esp].dkim.filter((x) => x.target && !x.legacy))
      fixes.push({ area: 'dkim', name: `${k.selector}._domainkey.${d}`, type: 'CNAME', value: k.target, note: `${ESP_DNS[check.esp].name}'s DKIM key, kept up to date by ${ESP_DNS[check.esp].name}.` });
  // SPF: one record; merged when there are several; never +all.
  const spfIds = ids(check.spf);
  const esp = check.esp ? ESP_DNS[check.esp] : undefined;
  const espInclude = esp?.spfInclude?.needed ? [`include:${esp.spfInclude.domain}`] : [];
  if (spfIds.has('spf-missing')) fixes.push({ area: 'spf', name: d, type: 'TXT', value: ['v=spf1', 'mx', ...espInclude, '~all'].join(' '), note: 'Allows your own mail servers; add the include of every service that sends as you.' });
  else if (spfIds.has('spf-multiple') || spfIds.has('spf-all-pass')) {
    const records = spfIds.has('spf-multiple') ? (check.spf.root.error ?? '').split(' | ') : [check.spf.record ?? ''];
    const terms = new Set<string>();
    for (const r of records) for (const term of parseSpf(r).terms) if (!/^[+\-~?]?all$/i.test(term.text) && !/^redirect=/i.test(term.text)) terms.add(term.text);
    fixes.push({ area: 'spf', name: d, type: 'TXT', value: ['v=spf1', ...terms, '~all'].join(' '), note: 'One record with every sender, ending in ~all.' });
  }
  return fixes;
}
