// The popup's way to the clean-up list without a report page (issue 17 §4 "onto the panel or
// popup"): drop the ESP's bounced export, get the triaged CSV. The ESP's export is the whole
// list, so its coverage is "N of N".
import { useState } from 'preact/hooks';
import type { Lang, Messages } from '../lib/i18n';
import { listTexts } from '../lib/i18n/lists';
import type { BouncedAddress } from '../lib/esp/types';
import { readExportBlob } from '../lib/esp/export-file';
import type { ExportActions } from '../lib/export/actions';
import { ExportDrop } from './ExportDrop';
import { ExportControls } from './ExportControls';

export function ExportFromFile({ t, lang, actions }: { t: Messages; lang: Lang; actions: ExportActions }) {
  const L = listTexts(lang);
  const [file, setFile] = useState<{ name: string; rows: BouncedAddress[] }>();
  const [error, setError] = useState<string>();
  return (
    <section data-testid="dl-export-from-file">
      <h2 class="dl-h2">{L.popup.heading}</h2>
      <p class="dl-muted">{L.popup.intro}</p>
      <ExportDrop
        lang={lang}
        onFile={async (blob, name) => {
          const r = await readExportBlob(blob);
          if (!r.ok) return (setError(L.panel.fileError(r.error.kind, r.error.detail)), setFile(undefined));
          setError(undefined);
          setFile({ name, rows: r.file.rows });
        }}
      />
      {error && (
        <p class="dl-error" role="alert" data-testid="dl-file-note">
          {error}
        </p>
      )}
      {file && <p data-testid="dl-file-note">{L.popup.read(file.name, file.rows.length, lang)}</p>}
      {file && (
        <ExportControls
          key={file.name}
          t={t}
          items={file.rows}
          coverage={{ read: file.rows.length, stated: file.rows.length, complete: true }}
          actions={actions}
        />
      )}
    </section>
  );
}
