// PRIVACY.md and the extension say the same (issue 15 §3): the policy repeats the English
// catalogue's sentences word for word, and every language has every text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_TEXTS } from '../../../lib/i18n/store';
import { PRIVACY_URL } from '../../../lib/project';

const ROOT = join(import.meta.dirname, '../../..');
const policy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').replace(/\s+/g, ' ');

describe('the privacy policy and the extension', () => {
  const p = STORE_TEXTS.en.privacy;
  it('says in PRIVACY.md what the options and first-run pages say', () => {
    // The resolvers are named in the extension; the policy lists the defaults after the sentence.
    expect(policy).toContain(p.leaves('').replace(/: \.$/, '.'));
    for (const sentence of [p.nothingElse, p.read, p.stored]) expect(policy).toContain(sentence);
  });

  it("names the recipients' domains in what goes to the resolvers, in every language", () => {
    expect(STORE_TEXTS.en.privacy.leaves('x')).toContain("recipients' domains");
    expect(STORE_TEXTS.nl.privacy.leaves('x')).toContain('domeinen van de ontvangers');
    expect(STORE_TEXTS.fr.privacy.leaves('x')).toContain('domaines des destinataires');
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(PRIVACY.md)');
    expect(PRIVACY_URL.endsWith('/PRIVACY.md')).toBe(true);
  });
});
