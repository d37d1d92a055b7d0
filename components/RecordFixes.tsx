// The records to publish, ready to copy (issue 6 §1).
import { useState } from 'preact/hooks';
import type { RecordFix } from '../lib/auth/fixes';
import type { Messages } from '../lib/i18n';

export function RecordFixes({ t, fixes, copy }: { t: Messages; fixes: RecordFix[]; copy(text: string): Promise<boolean> }) {
  const [copied, setCopied] = useState<number>();
  if (fixes.length === 0) return null;
  return (
    <section class="dl-fixes" data-testid="dl-fixes">
      <h2 class="dl-h2">{t.popup.fixes}</h2>
      <ul class="dl-rows">
        {fixes.map((f, i) => (
          <li key={i} class="dl-row" data-area={f.area}>
            <div><strong>{f.type}</strong> <code>{f.name}</code></div>
            <code class="dl-record" data-testid="dl-fix-value">{f.value}</code>{' '}
            <button type="button" class="dl-link" onClick={async () => (await copy(f.value)) && setCopied(i)}>{copied === i ? t.panel.copiedShort : t.popup.copy}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
