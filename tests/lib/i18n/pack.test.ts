// The language-pack registry (lib/i18n/pack.ts, issue 15 §8): the panel and its pack are separate
// bundles sharing one world, so the registry sits on globalThis; a missing pack is a programming
// error that names its language. The vitest setup (tests/support/register-packs.ts) registers all.
import { afterEach, describe, expect, it } from 'vitest';
import { hasPack, loadedLangs, packOf, registerPack } from '../../../lib/i18n/pack';
import { PACKS, registerAllPacks } from '../../../lib/i18n/packs/all';
import { messages } from '../../../lib/i18n';
import { authTexts, langOfMessages } from '../../../lib/i18n/auth';
import { listTexts } from '../../../lib/i18n/lists';
import { nlPages, nlTab, nlTools } from '../../../lib/i18n/packs/nl';

const nl = PACKS.nl;
import { auditTexts } from '../../../lib/i18n/audit';

const KEY = Symbol.for('deliverability-lens.language-packs');
const registry = () => (globalThis as unknown as Record<symbol, Record<string, unknown>>)[KEY]!;

describe('language packs', () => {
  afterEach(() => registerAllPacks());

  it('has all three after registerAllPacks', () => {
    registerAllPacks();
    expect(loadedLangs()).toEqual(['en', 'nl', 'fr']);
    expect(messages('nl')).toBe(nl.core);
    expect(listTexts('nl')).toBe(nl.lists);
    expect(authTexts('fr').couldntCheck).not.toBe(authTexts('en').couldntCheck);
  });

  it('throws, naming the language, when its pack is missing', () => {
    delete registry().fr;
    expect(hasPack('fr')).toBe(false);
    expect(() => packOf('fr')).toThrow("No language pack registered for 'fr'");
    expect(() => messages('fr')).toThrow(/'fr'/);
    expect(() => listTexts('fr')).toThrow(/'fr'/);
    expect(hasPack('nl')).toBe(true);
  });

  it('works with one pack only, as in the panel', () => {
    for (const lang of Object.keys(registry())) delete registry()[lang];
    registerPack('nl', nl);
    expect(loadedLangs()).toEqual(['nl']);
    // A component given `t` finds its language without touching the packs that are not there.
    expect(langOfMessages(messages('nl'))).toBe('nl');
    expect(() => messages('en')).toThrow("No language pack registered for 'en'");
  });

  it('a report tab: the tab part alone, then the tools part added to it', () => {
    for (const lang of Object.keys(registry())) delete registry()[lang];
    registerPack('nl', nlTab);
    expect(hasPack('nl', 'tab')).toBe(true);
    expect(hasPack('nl', 'tools')).toBe(false);
    expect(messages('nl').restart.title).toBe('Zo herstart u na deze campagne');
    // An area of a part this tab was not given is a programming error naming language and area.
    expect(() => listTexts('nl')).toThrow("The 'nl' pack here has no 'lists' texts");
    registerPack('nl', nlTools);
    expect(hasPack('nl', 'tools')).toBe(true);
    expect(listTexts('nl')).toBe(nl.lists);
    expect(auditTexts('nl').restartTitle).toBe(messages('nl').restart.title);
    // Adding a part kept the first.
    expect(messages('nl')).toBe(nl.core);
  });

  it('the parts cover the tab and the stage; the pages read the rest', () => {
    expect(Object.keys({ ...nlTab, ...nlTools }).sort()).toEqual([
      'audit',
      'auth',
      'core',
      'disagreement',
      'esp',
      'lists',
      'messageFindings',
      'teach',
    ]);
    expect(Object.keys(nlPages).sort()).toEqual(['message', 'platform', 'store', 'why']);
  });

  it('keeps the registry on globalThis under Symbol.for, shared by separately bundled scripts', () => {
    expect(registry().nl).toEqual(nl);
  });
});
