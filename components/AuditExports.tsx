// Download links for the audit's files; the hrefs are object URLs made by the page.
import { CLEANED_FILE, PLAN_FILE, REMOVED_FILE } from '../lib/audit/exports';
import type { AuditTexts } from '../lib/i18n/audit';
import type { SegmentId } from '../lib/audit/segments';
import { SEGMENTS } from '../lib/audit/segments';

export function AuditExports({ t, files }: { t: AuditTexts; files: { name: string; href: string }[] }) {
  const label = (name: string) => {
    if (name === CLEANED_FILE) return t.cleaned;
    if (name === REMOVED_FILE) return t.removed;
    if (name === PLAN_FILE) return t.planCsv;
    const seg = SEGMENTS.find((s) => name.endsWith(`-${s}.csv`)) as SegmentId | undefined;
    return seg ? `${t.segmentCsv}: ${t.segment(seg)}` : name;
  };
  return (
    <section data-testid="audit-exports" aria-label={t.exports}>
      <h2 class="dl-h2">{t.exports}</h2>
      <ul>
        {files.map((f) => (
          <li key={f.name}>
            <a href={f.href} download={f.name} data-file={f.name}>
              {label(f.name)}
            </a>{' '}
            <span class="dl-muted">({f.name})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
