// Options page: wiring only — storage, permissions and the background's resolver test.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Options } from '../../components/Options';
import { messages, pickLang } from '../../lib/i18n';
import { requestResolverPermission, testResolver } from '../../lib/platform/messages';
import { clearAllData, clearHistory, loadSenderDomains, loadSettings, saveSenderDomains, saveSettings } from '../../lib/platform/storage';
import '../esp-panel/style.css';
import '../popup/popup.css';
import './options.css';

async function start() {
  const settings = await loadSettings();
  const lang = settings.lang === 'auto' ? pickLang(browser.i18n.getUILanguage()) : settings.lang;
  document.documentElement.lang = lang;
  const { reset, ...clean } = settings;
  render(
    <Options
      t={messages(lang)}
      settings={clean}
      domains={await loadSenderDomains()}
      notice={reset}
      actions={{
        save: async (patch) => {
          await saveSettings(patch);
          if (patch.lang) location.reload(); // the page itself switches language
        },
        test: testResolver,
        requestPermission: requestResolverPermission,
        saveDomains: saveSenderDomains,
        clearHistory,
        clearAll: clearAllData,
      }}
    />,
    document.getElementById('app')!,
  );
}

void start();
