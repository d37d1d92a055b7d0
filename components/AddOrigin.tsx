// "Add my ActiveCampaign address": for accounts on a custom login domain. The permission prompt
// must come straight from the click, so the action is called synchronously from it.
import { useState } from 'preact/hooks';
import { parseAccountOrigin } from '../lib/esp/origin';
import type { Messages } from '../lib/i18n';
import { langOfMessages, sayReason } from '../lib/i18n/auth';

export function AddOrigin({
  t,
  onAdd,
  summary,
}: {
  t: Messages;
  summary?: string;
  onAdd(origin: string): Promise<{ ok: true } | { ok: false; error: string }>;
}) {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string>();
  return (
    <details class="dl-add-origin">
      <summary>{summary ?? t.popup.addOrigin}</summary>
      <form
        class="dl-form"
        onSubmit={(e) => {
          e.preventDefault();
          const r = parseAccountOrigin(value);
          if (!r.ok) return setMessage(`${t.popup.originInvalid} (${sayReason(langOfMessages(t), r.error)})`);
          void onAdd(r.origin).then((res) =>
            setMessage(res.ok ? t.popup.originAdded(r.origin) : `${t.popup.originFailed} (${res.error})`),
          );
        }}
      >
        <label>
          {t.popup.originLabel}
          <input
            name="origin"
            value={value}
            placeholder="https://mail.yourcompany.com"
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="dl-primary">
          {t.popup.originAdd}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}
