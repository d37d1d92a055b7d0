// Bundle sizes of the built extension, raw and gzipped (issue 8 §2).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../support/browser';
import { ADAPTER_ESP_IDS, panelFile } from '../../lib/esp/providers';

/** Raw and gzipped bytes of every JavaScript bundle in the built extension. */
export function bundleSizes(dir = EXTENSION_DIR): { file: string; raw: number; gzip: number }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(f);
      return { file: f.slice(dir.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export function benchSizes(): string {
  const sizes = bundleSizes();
  const gz = (file: string) => sizes.find((s) => s.file === file)?.gzip ?? 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const largest = (files: string[]) => files.reduce((a, b) => (gz(b) > gz(a) ? b : a));
  const tab = largest(['lang-en.js', 'lang-nl.js', 'lang-fr.js']);
  const panels = ADAPTER_ESP_IDS.map((esp) => panelFile(esp).slice(1));
  const tools = largest(['lang-en-tools.js', 'lang-nl-tools.js', 'lang-fr-tools.js']);
  return [
    '## Bundle sizes',
    '',
    'Production build (`.output/chrome-mv3`), gzip level 9. The budgets are unit tests (`tests/lib/bundle-size.test.ts`):',
    'the content script ≤ 10 KB, the background ≤ 140 KB, each ESP’s panel ≤ 45 KB, and a panel with its language part',
    '≤ 65 KB.',
    '',
    ...panels.map(
      (p) =>
        `- A report tab loads ${p} ${kb(gz(p))} + its language part (largest: ${tab}) ${kb(gz(tab))} = **${kb(gz(p) + gz(tab))}** before the panel shows.`,
    ),
    `- The panel's second stage, when the user opens the clean-up list, the export or the restart plan: esp-panel-tools.js ${kb(gz('esp-panel-tools.js'))} + ${tools} ${kb(gz(tools))}.`,
    `- Every other ESP page: the URL-check content script, ${kb(gz('content-scripts/esp-report.js'))}.`,
    '',
    '| bundle | raw bytes | gzipped bytes |',
    '|---|---|---|',
    ...sizes.map((s) => `| ${s.file} | ${s.raw} | ${s.gzip} |`),
  ].join('\n');
}
