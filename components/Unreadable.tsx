// The way out when a page is not recognised (issue 4 §7): say so, offer the figures by hand in
// the popup, and a redacted copy of the page structure for a bug report.
import { useState } from 'preact/hooks';
import type { Lang, Messages } from '../lib/i18n';
import { TeachOffer } from './TeachOffer';
import { teachTexts } from '../lib/i18n/teach';

export function Unreadable({
  t,
  detail,
  onCopyStructure,
  lang,
  onTeach,
}: {
  t: Messages;
  detail?: string;
  onCopyStructure(): Promise<boolean>;
  lang?: Lang;
  onTeach?(): void;
}) {
  const [copied, setCopied] = useState<boolean>();
  return (
    <div data-testid="dl-unreadable">
      <p class="dl-headline">{t.panel.notRecognised}</p>
      {detail && (
        <p class="dl-muted" data-testid="dl-unreadable-detail">
          {detail}
        </p>
      )}
      <p>{t.panel.byHand}</p>
      {onTeach && <TeachOffer t={teachTexts(lang ?? 'en')} onTeach={onTeach} />}
      <button type="button" class="dl-primary" onClick={async () => setCopied(await onCopyStructure())}>
        {t.panel.copyStructure}
      </button>
      {copied !== undefined && (
        <p role="status" class="dl-muted">
          {copied ? t.panel.copied : t.panel.copyFailed}
        </p>
      )}
    </div>
  );
}
