// The bundled explanation page behind the panel's "why?" links: one section per finding.
import { render } from 'preact';
import { messages } from '../../lib/i18n';
import { whyEntries } from '../../lib/i18n/why';
import { languageOf, loadSettings } from '../../lib/platform/storage';
import './why.css';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const t = messages(lang);
  render(
    <>
      <h1>{t.panel.title}</h1>
      {whyEntries(lang).map((e) => (
        <section key={e.id} id={e.id}>
          <h2>{e.title}</h2>
          <p>{e.body}</p>
          <p class="source">{e.source}</p>
        </section>
      ))}
    </>,
    document.getElementById('app')!,
  );
  document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
