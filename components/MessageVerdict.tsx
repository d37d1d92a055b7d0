// The verdict of the last checked copy of a From domain, for the panel beside the campaign's
// diagnosis (issue 16 §2). Given a domain it loads the stored summary through the background
// (lib/platform/tab-stores.ts, or an injected `load` in tests) and shows nothing when there is none.
import { useEffect, useState } from 'preact/hooks';
import { formatDate, type Lang } from '../lib/i18n';
import { findingText, messageFindingTexts } from '../lib/i18n/message-findings';
import type { MessageCheckSummary } from '../lib/message/summary';
import { loadMessageCheck } from '../lib/platform/tab-stores';

export interface MessageVerdictProps {
  lang: Lang;
  domain: string;
  load?: (domain: string) => Promise<MessageCheckSummary | undefined>;
}

export function MessageVerdict({ lang, domain, load = loadMessageCheck }: MessageVerdictProps) {
  const [summary, setSummary] = useState<MessageCheckSummary | undefined>();
  useEffect(() => {
    let live = true;
    load(domain).then(
      (s) => live && setSummary(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [domain]);
  if (!summary) return null;
  const t = messageFindingTexts[lang];
  return (
    <div class="dl-section msg-verdict" data-testid="msg-verdict">
      <p>
        <strong>{t.verdict.title}</strong> — {t.verdict.checkedOn(formatDate(summary.checkedAt, lang, true))}
        {summary.subject ? ` “${summary.subject}”` : ''}
      </p>
      {summary.findings.length === 0 ? (
        <p class="dl-row dl-pass">✓ {t.verdict.none}</p>
      ) : (
        <ul class="dl-rows">
          {summary.findings.map((f, i) => (
            <li key={i} class={`dl-row ${f.severity === 'error' ? 'dl-fail' : 'dl-warn'}`} data-finding={f.id}>
              <span class="dl-mark" aria-hidden="true">
                {f.severity === 'error' ? '✗' : '!'}
              </span>{' '}
              {findingText(f, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
