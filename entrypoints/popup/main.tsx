// Toolbar popup: check any sender domain. Wiring only: settings, the active tab's report
// context, the background's check, the view.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DomainCheckView, type CheckState } from '../../components/DomainCheckView';
import { messages } from '../../lib/i18n';
import { addAccountOrigin, openWhy, requestDomainCheck, requestReportContext } from '../../lib/platform/messages';
import { AddOrigin } from '../../components/AddOrigin';
import { ManualFigures } from '../../components/ManualFigures';
import { loadHistory, languageOf, loadSettings } from '../../lib/platform/storage';
import { TrendChart } from '../../components/TrendChart';
import { PermissionNotice } from '../../components/PermissionNotice';
import { STORE_TEXTS } from '../../lib/i18n/store';
import { hostOfPattern, missingHostPermissions, requestHostPermissions } from '../../lib/platform/host-permissions';
import type { EspId } from '../../lib/auth/types';
import '../esp-panel/style.css';
import './popup.css';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const t = messages(lang);
  const context = await requestReportContext();
  const history = context?.accountKey ? ((await loadHistory())[context.accountKey] ?? []) : [];

  function App() {
    const [state, setState] = useState<CheckState>({ kind: 'idle' });
    const check = async (domain: string, esp: EspId | undefined) => {
      setState({ kind: 'checking', domain });
      const res = await requestDomainCheck({ domain, esp, selectors: settings.extraSelectors });
      setState(res.ok ? { kind: 'done', check: res.check } : { kind: 'error', error: res.error });
    };
    return (
      <main>
        <h1 class="dl-title">{t.panel.title}</h1>
        {settings.reset && <p class="dl-muted" role="status">{settings.reset}</p>}
        <PermissionNotice texts={STORE_TEXTS[lang]} load={missingHostPermissions} request={requestHostPermissions} label={hostOfPattern} />
        <DomainCheckView t={t} initialDomain={context?.domain} initialEsp={context?.esp} state={state} onCheck={check} copy={(text) => navigator.clipboard.writeText(text).then(() => true, () => false)} onWhy={(id) => void openWhy(id)} />
        {history.length >= 2 && (
          <section>
            <h2 class="dl-h2">{t.sections.trend}</h2>
            <TrendChart t={t} lang={lang} entries={history} />
          </section>
        )}
        <ManualFigures t={t} lang={lang} domain={state.kind === 'done' ? state.check : undefined} />
        <AddOrigin t={t} onAdd={addAccountOrigin} />
        <p>
          <button type="button" class="dl-link" onClick={() => void browser.runtime.openOptionsPage()}>{t.popup.options}</button>
        </p>
      </main>
    );
  }
  render(<App />, document.getElementById('app')!);
}

void start();
