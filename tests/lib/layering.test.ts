// house-style.md "Direction of dependencies": nothing in lib/ except lib/platform touches
// browser or WXT APIs, and components/ make no network calls or browser.* calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const FORBIDDEN = /from ['"](wxt(\/[^'"]*)?|webextension-polyfill|@wxt-dev\/[^'"]+)['"]|\bchrome\.|\bbrowser\./;

describe('layering', () => {
  it('keeps browser and WXT APIs out of lib/ (except lib/platform)', () => {
    const offenders = files(join(ROOT, 'lib'))
      .filter((f) => !relative(ROOT, f).startsWith('lib/platform/'))
      .filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('keeps components free of browser APIs and fetch', () => {
    const offenders = files(join(ROOT, 'components'))
      .filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')) || /\bfetch\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('gives every exported function in lib a doc comment', () => {
    const missing: string[] = [];
    for (const f of files(join(ROOT, 'lib'))) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?function /.test(line)) return;
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim() === '') j--;
        if (!/\*\/\s*$/.test(lines[j] ?? '') && !/^\s*\/\//.test(lines[j] ?? ''))
          missing.push(`${relative(ROOT, f)}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
