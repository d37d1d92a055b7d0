// The options page (issue 6 §3): resolvers, sender domains per ESP account, extra DKIM
// selectors, language, thresholds, export format, clearing data, and what leaves the machine.
import { useState } from 'preact/hooks';
import { DEFAULT_ENDPOINTS, endpointLabel, isDohEndpoint } from '../lib/dns/endpoints';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../lib/diagnosis/thresholds';
import type { Messages } from '../lib/i18n';
import type { Settings } from '../lib/platform/storage';
import type { StoreTexts } from '../lib/i18n/store';

export interface OptionsActions {
  save(patch: Partial<Settings>): Promise<void>;
  test(url: string): Promise<{ ok: true; ms: number } | { ok: false; error: string }>;
  requestPermission(url: string): Promise<boolean>;
  saveDomains(map: Record<string, string>): Promise<void>;
  clearHistory(): Promise<void>;
  clearAll(): Promise<void>;
}

const THRESHOLD_KEYS = [
  'bounceAlarm',
  'bounceBad',
  'bounceDisaster',
  'openBenchmark',
  'complaintWarn',
  'complaintMax',
] as const;

export interface OptionsProps {
  t: Messages;
  /** What leaves the machine, in PRIVACY.md's words, and the policy's address. */
  store: StoreTexts;
  privacyUrl: string;
  settings: Settings;
  domains: Record<string, string>;
  notice?: string;
  actions: OptionsActions;
}

export function Options({ t, store, privacyUrl, settings, domains, notice, actions }: OptionsProps) {
  const [s, setS] = useState(settings);
  const [doms, setDoms] = useState(domains);
  const [custom, setCustom] = useState('');
  const [status, setStatus] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const save = async (patch: Partial<Settings>) => {
    const next = { ...s, ...patch };
    setS(next);
    await actions.save(patch);
    setMessage(t.options.saved);
  };
  const resolvers = s.resolvers;
  const pct = (v: number) => String(Math.round(v * 10000) / 100);
  return (
    <div class="dl-options">
      <h1>{t.options.title}</h1>
      {notice && (
        <p class="dl-notice" role="status">
          {notice}
        </p>
      )}
      {message && (
        <p class="dl-notice" role="status" data-testid="dl-saved">
          {message}
        </p>
      )}

      <section aria-labelledby="o-res">
        <h2 id="o-res">{t.options.resolvers}</h2>
        <p class="dl-muted">{store.resolversHelp}</p>
        <ol data-testid="dl-resolvers">
          {resolvers.map((r) => (
            <li key={r}>
              <code>{endpointLabel(r)}</code>{' '}
              <button
                type="button"
                class="dl-link"
                onClick={async () => {
                  setStatus((st) => ({ ...st, [r]: t.options.testing }));
                  const res = await actions.test(r);
                  setStatus((st) => ({ ...st, [r]: fmt(t, res) }));
                }}
              >
                {t.options.test}
              </button>{' '}
              {resolvers.length > 1 && (
                <button
                  type="button"
                  class="dl-link"
                  onClick={() => void save({ resolvers: resolvers.filter((x) => x !== r) })}
                >
                  {t.options.remove}
                </button>
              )}
              {status[r] && (
                <span class="dl-muted" data-testid="dl-test-result">
                  {' '}
                  {status[r]}
                </span>
              )}
            </li>
          ))}
        </ol>
        {DEFAULT_ENDPOINTS.filter((d) => !resolvers.includes(d)).map((d) => (
          <button key={d} type="button" class="dl-link" onClick={() => void save({ resolvers: [...resolvers, d] })}>
            {t.options.addDefault(endpointLabel(d))}
          </button>
        ))}
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const url = custom.trim();
            if (!isDohEndpoint(url)) return setMessage(t.options.badResolver);
            if (!(await actions.requestPermission(url))) return setMessage(t.options.noPermission);
            setCustom('');
            await save({ resolvers: [url, ...resolvers.filter((x) => x !== url)] });
          }}
        >
          <label>
            {t.options.custom}
            <input
              name="custom-resolver"
              value={custom}
              placeholder="https://dns.example.net/dns-query"
              onInput={(e) => setCustom((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">{t.options.addCustom}</button>
        </form>
      </section>

      <section aria-labelledby="o-dom">
        <h2 id="o-dom">{t.options.domains}</h2>
        {Object.keys(doms).length === 0 && <p class="dl-muted">{t.options.noDomains}</p>}
        <ul>
          {Object.entries(doms).map(([account, domain]) => (
            <li key={account}>
              <code>{account}</code>: {domain}{' '}
              <button
                type="button"
                class="dl-link"
                onClick={async () => {
                  const next = { ...doms };
                  delete next[account];
                  setDoms(next);
                  await actions.saveDomains(next);
                }}
              >
                {t.options.remove}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="o-gen">
        <h2 id="o-gen">{t.options.general}</h2>
        <label>
          {t.options.language}
          <select
            name="lang"
            value={s.lang}
            onChange={(e) => void save({ lang: (e.target as HTMLSelectElement).value as Settings['lang'] })}
          >
            <option value="auto">{t.options.langAuto}</option>
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <label>
          {t.options.selectors}
          <input
            name="selectors"
            value={s.extraSelectors.join(', ')}
            onChange={(e) =>
              void save({
                extraSelectors: (e.target as HTMLInputElement).value
                  .split(/[\s,]+/)
                  .map((x) => x.trim().toLowerCase())
                  .filter((x) => /^[a-z0-9._-]{1,63}$/.test(x)),
              })
            }
          />
        </label>
      </section>

      <section aria-labelledby="o-thr">
        <h2 id="o-thr">{t.options.thresholds}</h2>
        <div class="dl-grid">
          {THRESHOLD_KEYS.map((k) => (
            <label key={k}>
              {t.options.threshold[k]} (%)
              <input
                name={k}
                inputMode="decimal"
                value={pct(s.thresholds[k] ?? DEFAULT_THRESHOLDS[k])}
                onChange={(e) => {
                  const v = Number((e.target as HTMLInputElement).value.replace(',', '.')) / 100;
                  if (v > 0 && v < 1) void save({ thresholds: { ...s.thresholds, [k]: v } as Partial<Thresholds> });
                  else setMessage(t.options.badThreshold);
                }}
              />
            </label>
          ))}
        </div>
        <button type="button" onClick={() => void save({ thresholds: {} })}>
          {t.options.resetThresholds}
        </button>
      </section>

      <section aria-labelledby="o-exp">
        <h2 id="o-exp">{t.options.export}</h2>
        <label>
          {t.options.delimiter}
          <select
            name="csvDelimiter"
            value={s.csvDelimiter}
            onChange={(e) =>
              void save({ csvDelimiter: (e.target as HTMLSelectElement).value as Settings['csvDelimiter'] })
            }
          >
            <option value="auto">{t.options.delimiterAuto}</option>
            <option value=",">,</option>
            <option value=";">;</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="csvBom"
            checked={s.csvBom}
            onChange={(e) => void save({ csvBom: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t.options.bom}
        </label>
        <label>
          <input
            type="checkbox"
            name="exportCheckDomains"
            checked={s.exportCheckDomains}
            onChange={(e) => void save({ exportCheckDomains: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t.options.checkDomains}
        </label>
      </section>

      <section aria-labelledby="o-data">
        <h2 id="o-data">{t.options.data}</h2>
        <button
          type="button"
          onClick={async () => {
            await actions.clearHistory();
            setMessage(t.options.historyCleared);
          }}
        >
          {t.options.clearHistory}
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            await actions.clearAll();
            setDoms({});
            setMessage(t.options.allCleared);
          }}
        >
          {t.options.clearAll}
        </button>
      </section>

      <section aria-labelledby="o-priv">
        <h2 id="o-priv">{store.privacy.heading}</h2>
        <p data-testid="dl-privacy">
          {store.privacy.leaves(resolvers.map(endpointLabel).join(', '))} {store.privacy.nothingElse}
        </p>
        <p>{store.privacy.read}</p>
        <p>{store.privacy.stored}</p>
        <p>
          <a href={privacyUrl} target="_blank" rel="noopener noreferrer" data-testid="dl-privacy-link">
            {store.privacy.policy}
          </a>
        </p>
      </section>
    </div>
  );
}

function fmt(t: Messages, r: { ok: true; ms: number } | { ok: false; error: string }): string {
  return r.ok ? t.options.testOk(r.ms) : t.options.testFail(r.error);
}
