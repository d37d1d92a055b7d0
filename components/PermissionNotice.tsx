// Says when a host permission the panel needs is missing or was withdrawn, and offers to grant it
// (issue 15 §4). The request is made synchronously from the click: browsers only show the
// permission prompt for a user gesture. Props in, JSX out; the browser calls come from the page.
import { useEffect, useState } from 'preact/hooks';
import type { StoreTexts } from '../lib/i18n/store';

export interface PermissionNoticeProps {
  texts: StoreTexts;
  /** The patterns not granted now (ESP_MATCHES order). */
  load(): Promise<string[]>;
  request(origins: string[]): Promise<boolean>;
  /** How to show a pattern to a person. */
  label(pattern: string): string;
  /** Also say so when everything is granted (the first-run page does). */
  showGranted?: boolean;
}

export function PermissionNotice({ texts, load, request, label, showGranted }: PermissionNoticeProps) {
  const [missing, setMissing] = useState<string[] | undefined>();
  const [outcome, setOutcome] = useState<'granted' | 'refused' | undefined>();
  useEffect(() => void load().then(setMissing, () => setMissing([])), []);
  if (!missing) return null;
  if (missing.length === 0)
    return outcome === 'granted' || showGranted ? (
      <p class="dl-notice" role="status" data-testid="dl-permission-ok">
        {outcome === 'granted' ? texts.permission.granted : texts.welcome.allGranted}
      </p>
    ) : null;
  return (
    <div class="dl-notice" role="status" data-testid="dl-permission-notice">
      <p>{texts.permission.missing(missing.map(label).join(', '))}</p>
      <button
        type="button"
        class="dl-primary"
        onClick={() =>
          void request(missing).then(async (ok) => {
            setOutcome(ok ? 'granted' : 'refused');
            setMissing(await load());
          })
        }
      >
        {texts.permission.grant}
      </button>
      {outcome === 'refused' && <p>{texts.permission.refused}</p>}
    </div>
  );
}
