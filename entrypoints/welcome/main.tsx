// First-run page, opened by the background on install (lib/platform/lifecycle.ts). Wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Welcome } from '../../components/Welcome';
import { endpointLabel } from '../../lib/dns/endpoints';
import { STORE_TEXTS } from '../../lib/i18n/store';
import { hostOfPattern, missingHostPermissions, requestHostPermissions } from '../../lib/platform/host-permissions';
import { languageOf, loadSettings } from '../../lib/platform/storage';
import { PRIVACY_URL } from '../../lib/project';
import '../esp-panel/style.css';
import '../esp-panel/pages.css';
import '../popup/popup.css';
import './welcome.css';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const texts = STORE_TEXTS[lang];
  document.title = texts.welcome.title;
  // The shortcut as the user set it (they can change it in the browser's shortcut settings).
  const commands = await browser.commands?.getAll().catch(() => []);
  const shortcut = commands?.find((c) => c.name === 'focus-panel')?.shortcut || undefined;
  render(
    <Welcome
      texts={texts}
      resolvers={settings.resolvers.map(endpointLabel).join(', ')}
      shortcut={shortcut}
      privacyUrl={PRIVACY_URL}
      permissions={{ load: missingHostPermissions, request: requestHostPermissions, label: hostOfPattern }}
      onOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  );
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
