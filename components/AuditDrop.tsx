// Where the CSV goes in: a drop zone and a file input (the e2e test uses setInputFiles on it).
import { useFileDrop } from './useFileDrop';
import type { AuditTexts } from '../lib/i18n/audit';

export function AuditDrop({ t, onFile }: { t: AuditTexts; onFile(file: File): void }) {
  const drop = useFileDrop((f) => f && onFile(f));
  const over = drop.over;
  return (
    <div class={`dl-drop${over ? ' dl-drop-over' : ''}`} data-testid="audit-drop" {...drop.handlers}>
      <p>{t.drop}</p>
      <label class="dl-primary">
        {t.choose}
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          data-testid="audit-file"
          class="dl-visually-hidden"
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) onFile(f);
          }}
        />
      </label>
    </div>
  );
}
