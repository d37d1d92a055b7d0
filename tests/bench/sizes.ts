// Bundle sizes of the built extension, raw and gzipped (issue 8 §2).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../support/browser';

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
  return [
    '## Bundle sizes',
    '',
    'Production build (`.output/chrome-mv3`), gzip level 9. The content-script budget (25 KB gzipped) is enforced by a unit test.',
    '',
    '| bundle | raw bytes | gzipped bytes |',
    '|---|---|---|',
    ...bundleSizes().map((s) => `| ${s.file} | ${s.raw} | ${s.gzip} |`),
  ].join('\n');
}
