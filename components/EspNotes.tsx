// What the report reader left out and why (issue 17 §2), as sentences from lib/i18n/esp.ts:
// "The bounce rate shown, 0.4%, does not match 392 of 2,000: it is left out."
import type { EspNote } from '../lib/esp/types';
import type { Lang } from '../lib/i18n';
import { notesText } from '../lib/i18n/esp';

export function EspNotes({ lang, notes }: { lang: Lang; notes?: readonly EspNote[] }) {
  if (!notes?.length) return null;
  return (
    <ul class="dl-muted dl-notes" data-testid="dl-notes">
      {notesText(notes, lang).map((text, i) => (
        <li key={i} data-note={notes[i]!.id}>
          {text}
        </li>
      ))}
    </ul>
  );
}
