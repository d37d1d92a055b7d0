// The records to publish, ready to copy (issue 6 §1). For a domain the user cannot publish in
// (free mail) it says "send from your own domain" instead (issue 12 §10).
import { useState } from 'preact/hooks';
import type { RecordFix } from '../lib/auth/fixes';
import type { Messages } from '../lib/i18n';
import { authTexts, langOfMessages } from '../lib/i18n/auth';

export function RecordFixes({
  t,
  lang,
  fixes,
  copy,
  ownDomain,
}: {
  t: Messages;
  lang?: string;
  fixes: RecordFix[];
  copy(text: string): Promise<boolean>;
  ownDomain?: string;
}) {
  const [copied, setCopied] = useState<number>();
  const said = authTexts(lang ?? langOfMessages(t));
  if (ownDomain)
    return (
      <p class="dl-row dl-fail" data-testid="dl-fixes-own-domain">
        {said.ownDomain(ownDomain)}
      </p>
    );
  if (fixes.length === 0) return null;
  return (
    <section class="dl-fixes" data-testid="dl-fixes">
      <h2 class="dl-h2">{t.popup.fixes}</h2>
      <ul class="dl-rows">
        {fixes.map((f, i) => (
          <li key={i} class="dl-row" data-area={f.area}>
            <div>
              <strong>{f.type}</strong> <code>{f.name}</code>
            </div>
            <code class="dl-record" data-testid="dl-fix-value">
              {f.value}
            </code>{' '}
            <button type="button" class="dl-link" onClick={async () => (await copy(f.value)) && setCopied(i)}>
              {copied === i ? t.panel.copiedShort : t.popup.copy}
            </button>
            <p class="dl-muted">{said.fixNote[f.note.id]?.(f.note.params ?? {}) ?? f.note.id}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
