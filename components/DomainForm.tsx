// Asks for the sender domain (Mailchimp's overview does not show the From address) and
// normalises what is typed before it is used.
import { useState } from 'preact/hooks';
import { normalizeDomainInput } from '../lib/auth/normalize-domain';
import type { Messages } from '../lib/i18n';

export function DomainForm({ t, prefill, onSubmit }: { t: Messages; prefill?: string; onSubmit(domain: string): void }) {
  const [value, setValue] = useState(prefill ?? '');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      class="dl-form"
      data-testid="dl-domain-form"
      onSubmit={(e) => {
        e.preventDefault();
        const r = normalizeDomainInput(value);
        if (r.ok) onSubmit(r.domain);
        else setError(`${t.panel.invalidDomain} (${r.error})`);
      }}
    >
      <label>
        {t.panel.askDomain}
        <input name="domain" value={value} placeholder={t.panel.domainPlaceholder} onInput={(e) => setValue((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
      </label>
      <button type="submit" class="dl-primary">{t.panel.save}</button>
      {error && <p class="dl-error" role="alert">{error}</p>}
    </form>
  );
}
