// Toolbar popup: check any sender domain. Wiring only: settings, the active tab's report
// context, the background's check, the view.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DomainCheckView, type CheckState } from '../../components/DomainCheckView';
import { messages } from '../../lib/i18n';
import { addAccountOrigin, openWhy, requestReportContext } from '../../lib/platform/messages';
import { streamDomainCheck } from '../../lib/platform/check-stream';
import { AddOrigin } from '../../components/AddOrigin';
import { TeachStart } from '../../components/TeachStart';
import { teachActions, teachTexts } from '../../lib/platform/teach-popup';
import { espTexts } from '../../lib/i18n/esp';
import { ManualFigures } from '../../components/ManualFigures';
import { loadAccountHistory, languageOf, loadSettings, takeSettingsNotice } from '../../lib/platform/storage';
import { platformTexts } from '../../lib/i18n/platform';
import { TrendChart } from '../../components/TrendChart';
import { MESSAGE_PAGE_TITLE } from '../../lib/i18n/message-title';
import { auditTexts } from '../../lib/i18n/audit';
import { restoreDismissed } from '../../lib/platform/panel-state';
import { PermissionNotice } from '../../components/PermissionNotice';
import { STORE_TEXTS } from '../../lib/i18n/store';
import { hostOfPattern, missingHostPermissions, requestHostPermissions } from '../../lib/platform/host-permissions';
import type { EspId } from '../../lib/auth/types';
import '../esp-panel/style.css';
import '../esp-panel/pages.css';
import './popup.css';
import { ExportFromFile } from '../../components/ExportFromFile';
import { createFileExportActions } from '../../lib/platform/bounce-export-actions';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const t = messages(lang);
  const context = await requestReportContext();
  const history = context?.accountKey ? await loadAccountHistory(context.accountKey) : [];
  const pending = await takeSettingsNotice();
  const notice = pending ? platformTexts[lang].settingsRepaired(pending.fields) : undefined;

  function App() {
    const [state, setState] = useState<CheckState>({ kind: 'idle' });
    const check = async (domain: string, esp: EspId | undefined) => {
      setState({ kind: 'checking', domain });
      const res = await streamDomainCheck({ domain, esp, selectors: settings.extraSelectors }, (partial) =>
        setState({ kind: 'checking', domain, partial }),
      );
      setState(res.ok ? { kind: 'done', check: res.check } : { kind: 'error', error: res.error });
    };
    return (
      <main>
        <h1 class="dl-title">{t.panel.title}</h1>
        {notice && (
          <p class="dl-muted" role="status">
            {notice}
          </p>
        )}
        <PermissionNotice
          texts={STORE_TEXTS[lang]}
          load={missingHostPermissions}
          request={requestHostPermissions}
          label={hostOfPattern}
        />
        <DomainCheckView
          t={t}
          lang={lang}
          initialDomain={context?.domain}
          initialEsp={context?.esp}
          state={state}
          onCheck={check}
          copy={(text) =>
            navigator.clipboard.writeText(text).then(
              () => true,
              () => false,
            )
          }
          onWhy={(id) => void openWhy(id)}
        />
        {history.length >= 2 && (
          <section>
            <h2 class="dl-h2">{t.sections.trend}</h2>
            <TrendChart t={t} lang={lang} entries={history} />
          </section>
        )}
        <ManualFigures
          t={t}
          lang={lang}
          domain={state.kind === 'done' ? state.check : undefined}
          thresholds={settings.thresholds}
        />
        <ExportFromFile t={t} lang={lang} actions={createFileExportActions({ lang })} />
        <AddOrigin t={t} onAdd={addAccountOrigin} summary={espTexts(lang).addOrigin} />
        <p>
          <button type="button" class="dl-link" data-testid="dl-restore-panels" onClick={() => void restoreDismissed()}>
            {t.popup.restorePanels}
          </button>
        </p>
        <TeachStart t={teachTexts(lang)} actions={teachActions} />
        <p>
          <button type="button" class="dl-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.popup.options}
          </button>
          {' · '}
          <a
            class="dl-link"
            data-testid="dl-open-message"
            href={browser.runtime.getURL('/message.html')}
            target="_blank"
            rel="noopener"
          >
            {MESSAGE_PAGE_TITLE[lang]}
          </a>
          {' · '}
          <a class="dl-link" href="/audit.html" target="_blank" rel="noopener" data-testid="dl-audit-link">
            {auditTexts(lang).title}
          </a>
        </p>
      </main>
    );
  }
  render(<App />, document.getElementById('app')!);
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
