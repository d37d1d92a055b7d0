// Size budgets (issue 8 §2, issue 15 §8): the content script that runs on every ESP page stays
// under 10 KB gzipped with no zod and no polyfill; the panel is injected only on report pages, with
// the tab's part of the user's language pack and no other, and its second stage only on demand;
// the background carries the public-suffix data once. Reads the production build, which
// `npm test` makes before the unit tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser';
import { LANGS } from '../../lib/i18n/langs';

describe('bundle budget', () => {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  it('has a production build to measure', () =>
    expect(existsSync(manifestPath), `no build in ${EXTENSION_DIR}: run npm run build`).toBe(true));

  it('keeps every manifest content script under 10 KB gzipped', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files).toEqual(['content-scripts/esp-report.js']);
    for (const f of files)
      expect(gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
  });

  it('does not ship the panel inside the content script', () => {
    const loader = readFileSync(join(EXTENSION_DIR, 'content-scripts/esp-report.js'), 'utf8');
    expect(loader).not.toContain('createShadowRootUi');
    expect(loader).not.toContain('Deliverability Lens');
    expect(existsSync(join(EXTENSION_DIR, 'esp-panel.js'))).toBe(true);
  });

  const gz = (f: string) => gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length;

  it('keeps the URL check under 10 KB gzipped, without zod or the polyfill', () => {
    const loader = readFileSync(join(EXTENSION_DIR, 'content-scripts/esp-report.js'), 'utf8');
    expect(gz('content-scripts/esp-report.js')).toBeLessThanOrEqual(10 * 1024);
    // zod's core names its classes '$ZodType', '$ZodCheck'…; the polyfill announces itself.
    expect(loader).not.toMatch(/\$Zod|ZodError/);
    expect(loader).not.toContain('webextension-polyfill');
  });

  it("gives the scripts of a report tab the browser's own API, not the polyfill", () => {
    // build/native-browser.ts; the polyfill names itself (its UMD define). The background keeps it.
    for (const f of ['esp-panel.js', 'esp-panel-tools.js', 'teach-panel.js', 'teach-picker.js'])
      expect(readFileSync(join(EXTENSION_DIR, f), 'utf8'), f).not.toContain('webextension-polyfill');
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('webextension-polyfill');
  });

  it('keeps the background under 140 KB gzipped, with the public-suffix data once', () => {
    expect(gz('background.js')).toBeLessThanOrEqual(140 * 1024);
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    // tldts-icann's label string starts so; rolldown once inlined it at each of its three uses.
    expect(background.split('orgmilcomnetedugovaccoorgmilschnetgovmagazine').length - 1).toBe(1);
    // The full list with private domains (tldts) is not bundled: the checks use the ICANN section.
    expect(background.includes('orgmilcomschnetedugovdrrformsfeedbackofficial')).toBe(false);
  });

  it('keeps the panel under its ceiling, counting the language part injected with it', () => {
    // Issue 15 asks 45 KB; NOT met. Measured 2026-12-01 (gzip -9, KB = 1024 bytes as below):
    // esp-panel.js 57.7 KB and its largest language part lang-fr.js 18.8 KB, 76.5 KB together — what
    // a report tab loads before the panel shows (113.8 KB at the start of the day, 189.5 KB before).
    // Out of it now: the other languages, the disposable-domain list (a data file the background
    // reads), the polyfill (build/native-browser.ts) and the second stage below. What is left:
    // zod/mini 10.6 KB (the adapters' page-data checks and the storage items), the three adapters
    // 8.2 KB (one page needs one), Preact 5.7 KB, WXT's content-script context and shadow-root UI
    // and @wxt-dev/storage about 9 KB, and in the language part the core and DNS texts.
    // This ceiling only stops growth.
    const tab = LANGS.map((l) => gz(`lang-${l}.js`));
    expect(gz('esp-panel.js') + Math.max(...tab)).toBeLessThanOrEqual(80 * 1024);
  });

  it('leaves the clean-up list, the export and the restart plan to a second stage, with its own texts', () => {
    // Injected only when the user opens one of them (lib/platform/panel-tools.ts), on a bounce page,
    // or to read a page with a taught layout. Measured 2026-12-01: esp-panel-tools.js 42.4 KB +
    // lang-fr-tools.js 6.9 KB (it bundles its own zod and storage; only Preact is shared).
    const tools = LANGS.map((l) => gz(`lang-${l}-tools.js`));
    expect(gz('esp-panel-tools.js') + Math.max(...tools)).toBeLessThanOrEqual(52 * 1024);
    const read = (f: string) => readFileSync(join(EXTENSION_DIR, f), 'utf8');
    // The second stage renders with the panel's Preact (build/shared-preact.ts): Preact's own
    // MathML namespace, in its diff, is in the panel only.
    expect(read('esp-panel.js')).toContain('http://www.w3.org/1998/Math/MathML');
    expect(read('esp-panel-tools.js')).not.toContain('http://www.w3.org/1998/Math/MathML');
    // What the list's texts say (lib/i18n/<lang>/lists.ts) is in the tools part, not the tab's.
    const unanswered = { en: 'The extension did not answer', nl: 'De extensie antwoordde niet', fr: 'n’a pas répondu' };
    for (const lang of LANGS) {
      expect(read(`lang-${lang}-tools.js`), lang).toContain(unanswered[lang]);
      expect(read(`lang-${lang}.js`), lang).not.toContain(unanswered[lang]);
    }
  });

  it('ships one language pack per language, and no catalogue inside the panel', () => {
    const read = (f: string) => readFileSync(join(EXTENSION_DIR, f), 'utf8');
    // One sentence of the core catalogue of each language (lib/i18n/<lang>/core.ts, GMAIL_CAVEAT).
    const caveat = {
      en: 'Gmail sends ESPs no complaints',
      nl: 'Gmail meldt mailingtools geen',
      fr: 'Gmail ne transmet',
    };
    for (const lang of LANGS) {
      expect(read(`lang-${lang}.js`), lang).toContain(caveat[lang]);
      expect(read('esp-panel.js'), lang).not.toContain(caveat[lang]);
      for (const other of LANGS.filter((l) => l !== lang)) expect(read(`lang-${lang}.js`)).not.toContain(caveat[other]);
    }
  });
});
