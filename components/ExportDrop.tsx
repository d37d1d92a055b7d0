// Drop the ESP's own export file onto the panel (issue 17 §4), or choose it. Hands the file on
// unread (lib/esp/export-file.ts reads it in slices); what it means is that file's business.
import { useState } from 'preact/hooks';
import { useFileDrop } from './useFileDrop';
import type { Lang } from '../lib/i18n';
import { listTexts } from '../lib/i18n/lists';

export interface ExportDropProps {
  lang: Lang;
  /** The file and its name; the answer (merged, or an error) is shown by the caller. */
  onFile(file: Blob, name: string): void | Promise<void>;
}

export function ExportDrop({ lang, onFile }: ExportDropProps) {
  const L = listTexts(lang).panel;
  const [busy, setBusy] = useState(false);
  const take = async (file: File | undefined | null) => {
    if (!file) return;
    setBusy(true);
    try {
      await onFile(file, file.name);
    } finally {
      setBusy(false);
    }
  };
  const drop = useFileDrop((f) => void take(f));
  const over = drop.over;
  return (
    <div class={`dl-drop${over ? ' dl-drop-over' : ''}`} data-testid="dl-export-drop" {...drop.handlers}>
      <p>{busy ? L.reading : L.drop}</p>
      <label class="dl-link">
        {L.choose}{' '}
        <input
          type="file"
          accept=".csv,.txt,text/csv"
          data-testid="dl-export-file"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
    </div>
  );
}
