// "Check a received copy" (issue 16 §2). Wiring only: the stored settings give the language and
// the DoH resolvers; DKIM keys and the DMARC record are asked from this page through the same
// resolver chain the background uses; the verdict is kept for the panel (lib/platform/message-store).
import { render } from 'preact';
import { MessageCheck } from '../../components/MessageCheck';
import { createCachingResolver } from '../../lib/dns/cache';
import { createDohResolver } from '../../lib/dns/doh';
import { messageTexts } from '../../lib/i18n/message';
import { analyzeMessage } from '../../lib/message';
import { saveMessageCheck } from '../../lib/platform/message-store';
import { languageOf, loadSettings } from '../../lib/platform/storage';
import '../esp-panel/style.css';
import '../esp-panel/pages.css';
import './message.css';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  const t = messageTexts[lang];
  document.documentElement.lang = lang;
  document.title = `Deliverability Lens — ${t.page.title}`;
  const resolver = createCachingResolver(createDohResolver({ endpoints: settings.resolvers }));
  render(
    <>
      <h1 class="dl-title">{t.page.title}</h1>
      <MessageCheck
        lang={lang}
        analyze={(raw) => analyzeMessage(raw, resolver)}
        onReport={(report) => void saveMessageCheck(report).catch(() => undefined)}
        whyHref={(anchor) => `/why.html#${anchor}`}
      />
    </>,
    document.getElementById('app')!,
  );
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
