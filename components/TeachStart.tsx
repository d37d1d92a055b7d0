// The popup's way into teach mode (issue 18 §1): name the ESP (Brevo, MailerLite, Flexmail or
// another by its address), then "Show me where the figures are" on its open report tab, or import
// a layout file a colleague exported. The permission prompt must come straight from the click, so
// `requestAccess` is called synchronously from it.
import { useState } from 'preact/hooks';
import { NAMED_ESPS, teachOrigin, type NamedEsp } from '../lib/teach/esps';
import type { TeachTexts } from '../lib/i18n/teach';
import type { TeachAnswer } from '../lib/platform/teach-messages';
import type { TeachStartActions } from '../lib/platform/teach-popup';

export function TeachStart({ t, actions }: { t: TeachTexts; actions: TeachStartActions }) {
  const [esp, setEsp] = useState<NamedEsp>('brevo');
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const origin = teachOrigin(esp, typed);
  const say = (answer: TeachAnswer, okText: string, o: string) => {
    if (answer.ok) return setMessage({ text: okText });
    if (answer.error === 'layout') return setMessage({ text: t.layoutProblem(answer.problem), error: true });
    if (answer.error === 'not-there') return setMessage({ text: t.popup.notThere(o), error: true });
    if (answer.error === 'no-permission') return setMessage({ text: t.popup.denied, error: true });
    setMessage({ text: t.popup.failed(answer.detail ?? answer.error), error: true });
  };
  const withAccess = (run: (o: string) => Promise<void>) => {
    if (!origin) return setMessage({ text: t.popup.originInvalid, error: true });
    const asked = actions.requestAccess(origin);
    void asked.then((granted) => (granted ? run(origin) : setMessage({ text: t.popup.denied, error: true })));
  };
  return (
    <details class="dl-teach-start" data-testid="dl-teach-start">
      <summary>{t.popup.heading}</summary>
      <div class="dl-form">
        <label>
          {t.popup.esp}
          <select
            name="teach-esp"
            value={esp}
            onChange={(e) => setEsp((e.target as HTMLSelectElement).value as NamedEsp)}
          >
            {NAMED_ESPS.map((e) => (
              <option value={e} key={e}>
                {t.popup.espName[e]}
              </option>
            ))}
          </select>
        </label>
        {esp === 'other' && (
          <label>
            {t.popup.origin}
            <input
              name="teach-origin"
              value={typed}
              placeholder="https://app.example.com"
              onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        <p class="dl-muted">{t.popup.startHint}</p>
        <button
          type="button"
          class="dl-primary"
          onClick={() => withAccess(async (o) => say(await actions.start(o, esp), t.popup.started, o))}
        >
          {t.popup.start}
        </button>
        <label>
          {t.popup.import}
          <input
            type="file"
            name="teach-import"
            accept="application/json,.json"
            onClick={() => origin && void actions.requestAccess(origin)}
            onChange={async (e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (!file || !origin) return setMessage({ text: t.popup.originInvalid, error: true });
              // Bounded before reading: a layout is a few kilobytes (lib/teach/layout.ts).
              if (file.size > 64_000)
                return setMessage({ text: t.layoutProblem({ kind: 'too-large', bytes: file.size }), error: true });
              const answer = await actions.importFile(origin, await file.text());
              say(answer, answer.ok ? t.popup.imported(answer.host ?? new URL(origin).hostname) : '', origin);
              input.value = '';
            }}
          />
        </label>
        {message && (
          <p role="status" class={message.error ? 'dl-error' : 'dl-muted'} data-testid="dl-teach-start-status">
            {message.text}
          </p>
        )}
      </div>
    </details>
  );
}
