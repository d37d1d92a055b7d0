// The product languages, apart from the catalogues so schemas can name them without loading any
// text. Adding a language: add it here and to LOCALES in index.ts, then a catalogue per area.
export const LANGS = ['en', 'nl', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
