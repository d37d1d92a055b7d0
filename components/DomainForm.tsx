// Asks for the sender domain (Mailchimp's overview does not show the From address) and
// normalises what is typed before it is used.
import { useState } from 'preact/hooks';
import { normalizeDomainInput } from '../lib/auth/normalize-domain';
import type { Messages } from '../lib/i18n';
import { langOfMessages, sayReason } from '../lib/i18n/auth';
import { isUserAction, isUserEnter } from '../lib/platform/trusted';

export function DomainForm({
  t,
  prefill,
  onSubmit,
}: {
  t: Messages;
  prefill?: string;
  onSubmit(domain: string): void;
}) {
  const [value, setValue] = useState(prefill ?? '');
  const [error, setError] = useState<string | undefined>();
  const send = () => {
    const r = normalizeDomainInput(value);
    if (r.ok) onSubmit(r.domain);
    else setError(`${t.panel.invalidDomain} (${sayReason(langOfMessages(t), r.error)})`);
  };
  return (
    <form
      class="dl-form"
      data-testid="dl-domain-form"
      // Acts on the user's own click or Enter only: a page script cannot check or store a domain
      // (issue 15 §5; why not on submit: lib/platform/trusted.ts).
      onSubmit={(e) => e.preventDefault()}
      onClick={(e) => (e.target as Element).closest('button[type=submit]') && isUserAction(e) && send()}
      onKeyDown={(e) => isUserEnter(e) && (e.preventDefault(), send())}
    >
      <label>
        {t.panel.askDomain}
        <input
          name="domain"
          value={value}
          placeholder={t.panel.domainPlaceholder}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          autocomplete="off"
          spellcheck={false}
        />
      </label>
      <button type="submit" class="dl-primary">
        {t.panel.save}
      </button>
      {error && (
        <p class="dl-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
