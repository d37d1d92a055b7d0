// Words for what the report readers conclude (issue 17; issue 11 §1: lib/esp returns data, the
// sentences live here): notes on figures left out, where each figure came from, and "still
// changing". English, Dutch (Flemish-friendly, u) and French (Belgian register, vous).
import { formatCount, formatPercent, localeOf, type Lang } from './index';
import type { EspNote } from '../esp/types';
import { packOf } from './pack';

type Tab = 'overview' | 'sent' | 'opens' | 'clicks' | 'bounces' | 'unsubscribes' | 'abuse' | 'api';

export interface EspTexts {
  /** The name of a figure ('bounces.rate' → "bounce rate"). */
  figures: Record<string, string>;
  note(n: EspNote): string;
  tabs: Record<Tab, string>;
  /** "Overview tab, read 3 minutes ago: recipients, bounce rate". */
  source(tab: string, age: string, figures: string): string;
  sourcesTitle: string;
  justNow: string;
  unsettled: string;
  /** "Add my address" for ActiveCampaign and Campaign Monitor accounts on their own login domain. */
  addOrigin: string;
}

const figure = (t: EspTexts, path: string) => t.figures[path] ?? path;
const list = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(items);

/** One language's report-reading texts from its figure names and note words. */
export function make(
  lang: Lang,
  figures: Record<string, string>,
  w: {
    missing(f: string): string;
    refused(f: string, text: string): string;
    mismatch(f: string, shown: string, count: string, of: string): string;
    exceeds(f: string, value: string, limit: string, max: string): string;
    truncated(f: string, length: string): string;
    impossible(f: string): string;
    failed(provider: string): string;
  },
  rest: Omit<EspTexts, 'figures' | 'note'>,
): EspTexts {
  const t: EspTexts = {
    figures,
    ...rest,
    note(n) {
      const c = (x: number) => formatCount(x, lang);
      switch (n.id) {
        case 'missing-figure':
          return w.missing(figure(t, n.params.figure));
        case 'refused-number':
          return w.refused(figure(t, n.params.figure), n.params.text);
        case 'rate-mismatch':
          return w.mismatch(
            figure(t, n.params.figure),
            formatPercent(n.params.shown, lang),
            c(n.params.count),
            c(n.params.of),
          );
        case 'exceeds':
          return w.exceeds(figure(t, n.params.figure), c(n.params.value), figure(t, n.params.limit), c(n.params.max));
        case 'truncated':
          return w.truncated(figure(t, n.params.field), c(n.params.length));
        case 'impossible-value':
          return w.impossible(figure(t, n.params.figure));
        case 'reader-failed':
          return w.failed(n.params.provider);
      }
    },
  };
  return t;
}

/** The report-reading texts of a language. */
export function espTexts(lang: Lang): EspTexts {
  return packOf(lang).esp;
}

/** How long ago a figure was read, in the language ("3 minutes ago", "il y a 3 minutes"). */
export function formatAge(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 45) return packOf(lang).esp.justNow;
  const f = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  if (s < 3600) return f.format(-Math.round(s / 60), 'minute');
  if (s < 86400) return f.format(-Math.round(s / 3600), 'hour');
  return f.format(-Math.round(s / 86400), 'day');
}

/** The figure names of a list of paths, joined the language's way ("recipients and bounce rate"). */
export function figureList(paths: string[], lang: Lang): string {
  return list(
    lang,
    paths.map((p) => figure(packOf(lang).esp, p)),
  );
}

/** Every note of a reading as sentences. */
export function notesText(notes: readonly EspNote[], lang: Lang): string[] {
  return notes.map((n) => packOf(lang).esp.note(n));
}
