// Size budgets (issue 8 §2, issue 15 §8): the content script that runs on every ESP page stays
// under 10 KB gzipped with no zod and no polyfill; the panel is injected only on report pages, with
// the language pack of the user's language and no other;
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

  it('keeps the background under 140 KB gzipped, with the public-suffix data once', () => {
    expect(gz('background.js')).toBeLessThanOrEqual(140 * 1024);
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    // tldts-icann's label string starts so; rolldown once inlined it at each of its three uses.
    expect(background.split('orgmilcomnetedugovaccoorgmilschnetgovmagazine').length - 1).toBe(1);
    // The full list with private domains (tldts) is not bundled: the checks use the ICANN section.
    expect(background.includes('orgmilcomschnetedugovdrrformsfeedbackofficial')).toBe(false);
  });

  it('keeps the panel under its ceiling, counting the language pack injected with it', () => {
    // Issue 15 asks 45 KB; NOT met. Measured 2026-12-01: esp-panel.js 83.4 KB and its largest pack
    // lang-fr.js 30.4 KB gzipped, 113.8 KB together — what a report tab loads (189.5 KB at the start
    // of the day). Out already: the three languages (the background injects /lang-<lang>.js of the
    // user's language just before the panel, lib/platform/language-pack.ts) and the disposable-domain
    // list (a data file the background reads, lib/platform/disposable-list.ts). What is left: zod/mini
    // (10.6 KB, the adapters' page-data schemas and the storage items), papaparse (6.7 KB, the dropped
    // export file), Preact, the three adapters, and in the pack the areas only pages use (why,
    // message, store, the command line's usage). The way down from here is a second stage injected
    // when the user opens the clean-up list, the file drop or the restart plan, and a tab-only pack.
    // Until then this ceiling only stops growth.
    const packs = LANGS.map((l) => gz(`lang-${l}.js`));
    expect(gz('esp-panel.js') + Math.max(...packs)).toBeLessThanOrEqual(120 * 1024);
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
