// Checking any sender domain (popup): a domain field, the ESP, progress, then the grouped verdict.
import { useState } from 'preact/hooks';
import { normalizeDomainInput } from '../lib/auth/normalize-domain';
import type { DomainCheck, EspId } from '../lib/auth/types';
import type { Messages } from '../lib/i18n';
import { langOfMessages, sayReason } from '../lib/i18n/auth';
import { AuthRows } from './AuthRows';
import { RecordFixes } from './RecordFixes';
import { cannotPublish, suggestFixes } from '../lib/auth/fixes';
import { PROVIDERS } from '../lib/esp/providers';

/** The ESPs to choose from, in the registry's order (lib/esp/providers.ts). */
export const ESP_CHOICES: { id: EspId; name: string }[] = PROVIDERS.map((p) => ({ id: p.id, name: p.name }));

/** `partial` holds the areas known so far while a check streams in (issue 12 §9). */
export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking'; domain: string; partial?: Partial<DomainCheck> }
  | { kind: 'done'; check: DomainCheck }
  | { kind: 'error'; error: string };

export interface DomainCheckViewProps {
  t: Messages;
  /** The product language (for the auth texts); guessed from `t` when absent. */
  lang?: string;
  initialDomain?: string;
  initialEsp?: EspId;
  state: CheckState;
  onCheck(domain: string, esp: EspId | undefined): void;
  copy(text: string): Promise<boolean>;
  onWhy?(id: string): void;
}

/** The popup's domain check: form, progress, result. */
export function DomainCheckView({
  t,
  lang,
  initialDomain,
  initialEsp,
  state,
  onCheck,
  copy,
  onWhy,
}: DomainCheckViewProps) {
  const [domain, setDomain] = useState(initialDomain ?? '');
  const [esp, setEsp] = useState<EspId | ''>(initialEsp ?? '');
  const [error, setError] = useState<string>();
  return (
    <div class="dl-popup">
      <form
        class="dl-form"
        data-testid="dl-popup-form"
        onSubmit={(e) => {
          e.preventDefault();
          const r = normalizeDomainInput(domain);
          if (!r.ok) return setError(`${t.panel.invalidDomain} (${sayReason(langOfMessages(t), r.error)})`);
          setError(undefined);
          setDomain(r.domain);
          onCheck(r.domain, esp || undefined);
        }}
      >
        <label>
          {t.popup.domain}
          <input
            name="domain"
            value={domain}
            placeholder={t.panel.domainPlaceholder}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setDomain((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t.popup.esp}
          <select name="esp" value={esp} onChange={(e) => setEsp((e.target as HTMLSelectElement).value as EspId | '')}>
            <option value="">{t.popup.espUnknown}</option>
            {ESP_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="dl-primary" disabled={state.kind === 'checking'}>
          {t.panel.save}
        </button>
        {error && (
          <p class="dl-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {/* Always present, filled while checking: a live region added with its text is often not read out. */}
      <p class="dl-muted" role="status" data-testid="dl-progress">
        {state.kind === 'checking' ? t.popup.checking(state.domain) : ''}
      </p>
      {state.kind === 'checking' && state.partial && (
        // Rows appear as their areas are known; the headline (data-overall) waits for all of them.
        <section data-testid="dl-result-partial">
          <AuthRows check={state.partial} t={t} lang={lang} extras onWhy={onWhy} />
        </section>
      )}
      {state.kind === 'error' && (
        <p class="dl-error" role="alert" data-testid="dl-check-error">
          {t.panel.couldntCheck}: {state.error}
        </p>
      )}
      {state.kind === 'done' && (
        <section data-testid="dl-result" data-overall={state.check.overall}>
          <h2 class="dl-h2">{t.popup.resultFor(state.check.domain)}</h2>
          <AuthRows check={state.check} t={t} lang={lang} extras onWhy={onWhy} />
          <RecordFixes
            t={t}
            lang={lang}
            fixes={suggestFixes(state.check)}
            copy={copy}
            ownDomain={cannotPublish(state.check) ? state.check.domain : undefined}
          />
        </section>
      )}
    </div>
  );
}
