// Options page: wiring only — storage, permissions and the background's resolver test.
import { render } from 'preact';
import { Options } from '../../components/Options';
import { messages } from '../../lib/i18n';
import { requestResolverPermission, testResolver } from '../../lib/platform/messages';
import {
  clearAllData,
  clearHistory,
  loadSenderDomains,
  languageOf,
  loadSettings,
  saveSenderDomains,
  saveSettings,
  takeSettingsNotice,
} from '../../lib/platform/storage';
import { platformTexts } from '../../lib/i18n/platform';
import '../esp-panel/style.css';
import '../esp-panel/pages.css';
import '../popup/popup.css';
import './options.css';
import { STORE_TEXTS } from '../../lib/i18n/store';
import { PRIVACY_URL } from '../../lib/project';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const pending = await takeSettingsNotice();
  const notice = pending ? platformTexts[lang].settingsRepaired(pending.fields) : undefined;
  render(
    <Options
      t={messages(lang)}
      store={STORE_TEXTS[lang]}
      privacyUrl={PRIVACY_URL}
      settings={settings}
      domains={await loadSenderDomains()}
      notice={notice}
      actions={{
        save: async (patch) => {
          await saveSettings(patch);
          if (patch.lang) location.reload(); // the page itself switches language
        },
        test: (url) => testResolver(url, lang),
        requestPermission: requestResolverPermission,
        saveDomains: saveSenderDomains,
        clearHistory,
        clearAll: clearAllData,
      }}
    />,
    document.getElementById('app')!,
  );
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
