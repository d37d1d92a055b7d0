// house-style.md: one rule a file, file name = finding id, each citing its source; every rule
// file is registered. Walks lib/diagnosis/rules so a new file cannot be forgotten.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/diagnosis/rules';

const DIR = join(__dirname, '../../../lib/diagnosis/rules');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('diagnosis rules', () => {
  it('registers every rule file, in the order of the article', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...files].sort());
    expect(RULES[0]!.id).toBe('auth-broken');
  });

  it.each(files)('%s has id = file name and cites knowledge.md, an RFC or house-style', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text).toContain(`id: '${file.replace(/\.ts$/, '')}'`);
    expect(text.split('\n').slice(0, 6).join('\n')).toMatch(/knowledge\.md §\d|RFC \d{4}|house-style\.md/);
  });
});
