// lib/i18n/why.ts (issue 11 §8): the "why?" page exists in every language, with the same sections
// in the same order, one for every diagnosis rule and for every id the UI links to; and the Dutch
// and French sections are translations, not English left behind.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/i18n/langs';
import { whyEntries } from '../../../lib/i18n/why';
import { WHY_PAGE_ANCHOR } from '../../../lib/i18n/message';
import { RULES } from '../../../lib/diagnosis/rules';

const root = resolve(__dirname, '../../..');
const ruleFiles = import.meta.glob('../../../lib/diagnosis/rules/*.ts', { eager: true }) as Record<
  string,
  { rule?: { id: string } }
>;

/** Every rule's id, taken from its file name (index.ts is the list, not a rule). */
const RULE_IDS = Object.keys(ruleFiles)
  .map((p) => p.split('/').pop()!.replace(/\.ts$/, ''))
  .filter((name) => name !== 'index')
  .sort();

/** The DNS rows with a "why?" button (components/AuthRows.tsx), in the order they are shown. */
const DNS_ROWS = ['spf', 'dkim', 'dmarc', 'alignment', 'mx', 'bimi', 'mta-sts', 'tls-rpt', 'dnssec', 'blocklists'];

const ids = (lang: (typeof LANGS)[number]) => whyEntries(lang).map((e) => e.id);

/** Words that are English and neither Dutch nor French (as in catalogues.test.ts). */
const ENGLISH =
  /\b(the|and|your|you|with|could|which|this|that|from|been|would|should|have|are|were|not|they|their|there|what|when|only|into|than|then|does|must|mail)\b/gi;

describe('why entries', () => {
  it('has a set of its own for every language', () => {
    expect(LANGS).toEqual(['en', 'nl', 'fr']);
    expect(new Set(LANGS.map(whyEntries)).size).toBe(LANGS.length);
  });

  it('has the same ids in the same order in every language, each once', () => {
    const en = ids('en');
    expect(new Set(en).size).toBe(en.length);
    for (const lang of LANGS) expect(ids(lang), lang).toEqual(en);
  });

  it('finds the 15 rule files and each one exports the rule named after its file', () => {
    expect(RULE_IDS).toHaveLength(15);
    for (const [path, mod] of Object.entries(ruleFiles)) {
      if (path.endsWith('/index.ts')) continue;
      expect(mod.rule?.id, path).toBe(path.split('/').pop()!.replace(/\.ts$/, ''));
    }
    expect(RULES.map((r) => r.id).sort()).toEqual(RULE_IDS);
  });

  it('explains every diagnosis rule in every language', () => {
    for (const lang of LANGS) {
      const have = new Set(ids(lang));
      expect(
        RULE_IDS.filter((id) => !have.has(id)),
        lang,
      ).toEqual([]);
    }
  });

  it('has every DNS row the panel and popup link to, and AuthRows links no other row', () => {
    const source = readFileSync(resolve(root, 'components/AuthRows.tsx'), 'utf8');
    const rows = [...source.matchAll(/<Row id="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(DNS_ROWS);
    for (const lang of LANGS) {
      const have = new Set(ids(lang));
      expect(
        DNS_ROWS.filter((id) => !have.has(id)),
        lang,
      ).toEqual([]);
    }
  });

  it('has every anchor the message check links to', () => {
    const anchors = Object.values(WHY_PAGE_ANCHOR);
    expect(anchors).toEqual(['dkim', 'dmarc', 'dkim-key-quality']);
    for (const lang of LANGS) {
      const have = new Set(ids(lang));
      expect(
        anchors.filter((id) => !have.has(id)),
        lang,
      ).toEqual([]);
    }
  });

  it('fills in a title, a body and a source for every entry', () => {
    for (const lang of LANGS) {
      for (const e of whyEntries(lang)) {
        expect(e.title.trim(), `${lang} ${e.id}`).not.toBe('');
        expect(e.body.length, `${lang} ${e.id}`).toBeGreaterThan(30);
        expect(e.source, `${lang} ${e.id}`).toMatch(/knowledge\.md|RFC \d+/);
      }
    }
  });

  it('keeps the source citation of each entry in every language', () => {
    const cites = (s: string) => s.match(/RFC \d+|§[\d.–]+/g);
    const en = whyEntries('en');
    for (const lang of LANGS)
      whyEntries(lang).forEach((e, i) => expect(cites(e.source), `${lang} ${e.id}`).toEqual(cites(en[i]!.source)));
  });

  it('writes Dutch and French bodies, titles and sources without English sentences', () => {
    const leaks: string[] = [];
    for (const lang of ['nl', 'fr'] as const) {
      for (const e of whyEntries(lang)) {
        for (const [part, text] of [
          ['title', e.title],
          ['body', e.body],
          ['source', e.source],
        ] as const) {
          const words = [...new Set((text.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
          if (words.length >= 2) leaks.push(`${lang} ${e.id}.${part}: [${words.join(', ')}]`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('writes no French or Dutch body identical to the English one', () => {
    const en = whyEntries('en');
    for (const lang of ['nl', 'fr'] as const) {
      whyEntries(lang).forEach((e, i) => expect(e.body, `${lang} ${e.id}`).not.toBe(en[i]!.body));
    }
  });

  it('addresses the reader formally: u in Dutch, vous in French', () => {
    const word = (w: string) => new RegExp(`(?<!\\p{L})(${w})(?!\\p{L})`, 'iu');
    for (const e of whyEntries('nl')) expect(e.body, e.id).not.toMatch(word('je|jij|jou|jouw|jouwe|jullie'));
    for (const e of whyEntries('fr')) expect(e.body, e.id).not.toMatch(word('tu|te|ton|ta|tes|toi'));
  });
});
