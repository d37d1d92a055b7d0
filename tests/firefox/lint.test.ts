// web-ext lint (Mozilla's addons-linter, what AMO runs on upload) over the Firefox build, which
// `npm run test:firefox` makes first (npm test runs it after the unit tests, on its own, so the
// browser and the linter do not compete with CPU-heavy unit tests). 0 errors; the only warnings
// allowed are the ones README "Permissions and privacy" explains, each pinned to its file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('web-ext lint of the Firefox build', () => {
  it('has a Firefox build to lint', () =>
    expect(existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')), 'run npm run build:firefox').toBe(true));

  it('finds no error and only the explained warning', async () => {
    const result = (await webExt.cmd.lint(
      { sourceDir: FIREFOX_EXTENSION_DIR, output: 'json', selfHosted: false, boring: true, warningsAsErrors: false },
      { shouldExitProgram: false },
    )) as LintResult;
    expect(result.errors).toEqual([]);
    // Preact's own support for dangerouslySetInnerHTML (its diff assigns el.innerHTML when a
    // component passes that prop). No component does: tests/lib/layering.test.ts-style check below.
    // The shared chunk is named after one of its modules, which the bundler picks (storage, all…).
    const file = (f?: string) =>
      f?.replace(/-[\w-]{8}\.js$/, '.js').replace(/^chunks\/[\w-]+\.js$/, 'chunks/<shared>.js');
    const warnings = result.warnings.map((w) => `${w.code} ${file(w.file)}`);
    // One per bundle that carries Preact: each ESP's panel, the pages' shared chunk and teach mode's two.
    expect(warnings.sort()).toEqual([
      'UNSAFE_VAR_ASSIGNMENT chunks/<shared>.js',
      'UNSAFE_VAR_ASSIGNMENT esp-panel-activecampaign.js',
      'UNSAFE_VAR_ASSIGNMENT esp-panel-campaign-monitor.js',
      'UNSAFE_VAR_ASSIGNMENT esp-panel-mailchimp.js',
      'UNSAFE_VAR_ASSIGNMENT teach-panel.js',
      'UNSAFE_VAR_ASSIGNMENT teach-picker.js',
    ]);
    for (const w of result.warnings) expect(w.message).toBe('Unsafe assignment to innerHTML');
    expect(result.notices).toEqual([]);
  }, 120_000);

  it('is the manifest the stores get: permanent id, minimum versions, locales, homepage', () => {
    const m = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.id).toMatch(
      /^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/,
    );
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.homepage_url).toMatch(/^https:\/\//);
    for (const lang of ['en', 'nl', 'fr']) {
      const msgs = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8'));
      expect(Object.keys(msgs).sort()).toEqual(['commandFocusPanel', 'extDescription', 'extName']);
      // The Chrome Web Store cuts the description at 132 characters.
      expect(msgs.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('no component sets innerHTML', () => {
  it('never passes dangerouslySetInnerHTML (the lint warning above is Preact supporting it)', async () => {
    const { readdirSync } = await import('node:fs');
    const root = join(import.meta.dirname, '../..');
    const files = ['components', 'entrypoints'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(root, d, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
  });
});
