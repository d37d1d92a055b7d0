// Where the CSV goes in: a drop zone and a real button opening the file chooser (FileButton: the
// keyboard reaches it; the e2e tests use setInputFiles on its input).
import { FileButton } from './FileButton';
import { useFileDrop } from './useFileDrop';
import type { AuditTexts } from '../lib/i18n/audit';

export function AuditDrop({ t, onFile }: { t: AuditTexts; onFile(file: File): void }) {
  const drop = useFileDrop((f) => f && onFile(f));
  const over = drop.over;
  return (
    <div class={`dl-drop${over ? ' dl-drop-over' : ''}`} data-testid="audit-drop" {...drop.handlers}>
      <p>{t.drop}</p>
      <FileButton
        label={t.choose}
        accept=".csv,.txt,text/csv,text/plain"
        testid="audit-file"
        class="dl-primary"
        onFile={onFile}
      />
    </div>
  );
}
