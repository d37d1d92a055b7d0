// English texts of lib/i18n/teach.ts, which holds their type, shared helpers and accessor.
import type { Lang } from '../index';
import { notesText } from '../esp';
import type { FigureId } from '../../teach/figures';
import type { TeachFailure } from '../../teach/apply';
import type { LayoutProblem, TeachEsp } from '../../teach/layout';
import type { BuildProblem } from '../../teach/session';
import { plural, type FailureProblem, type PickProblem } from '../teach';

export const teach = {
  figure: {
    recipients: 'recipients',
    delivered: 'delivered',
    bounces: 'bounces',
    opens: 'unique opens',
    clicks: 'unique clicks',
    unsubscribes: 'unsubscribes',
    complaints: 'spam complaints',
    sender: 'From address',
    sent: 'send date',
  } satisfies Record<FigureId, string>,
  offer: 'Show me where the figures are',
  offerHint: 'Click the figures on the page once; from then on they are read for you on every visit.',
  picker: {
    title: 'Show me where the figures are',
    keys: 'Click a figure on the page, or: arrow keys go from number to number, Arrow Up takes the surrounding element, Enter picks, Escape closes.',
    ask: (f: FigureId, name: string) =>
      f === 'sender'
        ? 'Click the From address.'
        : f === 'sent'
          ? 'Click the date the campaign was sent.'
          : `Click the number of ${name}.`,
    askRecipients: 'Click the number of recipients (or skip it and show the delivered count next).',
    picked: (name: string, value: string) => `${name}: ${value} ✓`,
    skipped: (name: string) => `${name}: skipped`,
    candidate: (text: string) => `On the page: ${text}`,
    noCandidate: 'No figure selected on the page yet.',
    problem: (p: PickProblem, name: string): string =>
      ({
        empty: `That element is empty. Click the ${name} themselves.`,
        'not-a-number': `That is not a number. Click the number of ${name}.`,
        'rate-not-count': `That is a rate. Click the number of ${name}, not the percentage.`,
        'several-numbers': `That holds more than one number. Click just the number of ${name}.`,
        'not-an-email': 'That is not an email address. Click the From address.',
        'mostly-text': `That is text with a number in it. Click just the number of ${name}.`,
        'not-a-date':
          'That is not a date this extension can read without guessing (day and month order unclear). Skip it if need be.',
      })[p],
    skip: 'Skip',
    redo: (name: string) => `Redo ${name}`,
    use: 'Pick this',
    next: 'Next number',
    previous: 'Previous number',
    parent: 'Surrounding element',
    save: 'Save layout',
    cancel: 'Close without saving',
    saved: 'Layout saved: these figures are read from this page from now on.',
    saveFailed: (error: string) => `The layout could not be saved (${error}). Nothing was stored.`,
    left: 'You left the report page while picking. Nothing was stored.',
    build: (p: BuildProblem, name: (f: FigureId) => string): string => {
      switch (p.kind) {
        case 'need-recipients':
          return 'Show the recipients or the delivered count before saving.';
        case 'page-changed':
          return `The page changed while you were picking: the ${name(p.figure)} you showed are no longer on it. Nothing was stored; show them again.`;
        case 'no-locator':
          return `No lasting way to find the ${name(p.figure)} again was found. Try the number itself or its box.`;
        case 'bad-pick':
          return `The ${name(p.figure)} you showed no longer read as a figure. Show them again.`;
        case 'self-check':
          return `Read back, the figures do not hold together: ${p.failures.map((f) => teach.failure(f, name)).join(' ')} Nothing was stored.`;
      }
    },
  },
  panel: {
    taughtFrom: (host: string) => `Figures read with the layout you taught for ${host}.`,
    failureHead: 'The layout you taught no longer fits this page, so no figures are shown.',
    reteach: 'Show me where the figures are again',
    export: 'Export this layout (JSON)',
    notes: {
      'rate-other-base': (name: string) =>
        `The rate shown beside the ${name} is over unique opens (click-to-open), so it is not used as the click rate.`,
    },
    dropped: (lang: Lang, n: number) =>
      plural(lang, n) === 'one'
        ? 'One stored layout could not be read and was removed; teach it again.'
        : `${n} stored layouts could not be read and were removed; teach them again.`,
  },
  failure: (f: TeachFailure, name: (f: FigureId) => string): string => {
    if (f.figure === 'all') return `The figures cannot all be true: ${notesText(f.notes, 'en').join(' ')}`;
    const n = name(f.figure);
    const words: Record<FailureProblem, string> = {
      'not-found': `${n}: no longer found where you showed it.`,
      disagree: `${n}: the places you showed now give different values.`,
      'rate-mismatch': `${n}: the rate shown beside it does not match the counts.`,
      empty: `${n}: the place you showed is empty now.`,
      'not-a-number': `${n}: no longer reads as a number.`,
      'rate-not-count': `${n}: the page now shows a rate where the count was.`,
      'several-numbers': `${n}: the place you showed now holds several numbers.`,
      'not-an-email': `${n}: no longer reads as an email address.`,
      'not-a-date': `${n}: no longer reads as a date.`,
      'mostly-text': `${n}: the place you showed now holds text rather than a number.`,
    };
    return words[f.problem];
  },
  popup: {
    heading: 'Teach a report layout',
    esp: 'Your email service',
    espName: {
      brevo: 'Brevo',
      mailerlite: 'MailerLite',
      flexmail: 'Flexmail',
      other: 'Another (enter its address)',
    } as Record<Extract<TeachEsp, 'brevo' | 'mailerlite' | 'flexmail' | 'other'>, string>,
    origin: 'Address of its report pages',
    start: 'Show me where the figures are',
    startHint: 'Open one campaign report on that site first; the extension asks once for permission to read it.',
    started: 'Now click the figures on the report page.',
    notThere: (origin: string) => `Open a campaign report on ${origin} in the current tab first, then try again.`,
    denied: 'Permission to read that site was not given, so nothing happened.',
    failed: (error: string) => `That did not work (${error}).`,
    originInvalid: 'Enter the address as https://app.example.com.',
    import: 'Import a layout file',
    imported: (host: string) => `Layout for ${host} imported. Reload the report page to read it.`,
  },
  layoutProblem: (p: LayoutProblem): string => {
    switch (p.kind) {
      case 'too-large':
        return `That file is too large (${p.bytes} bytes) to be a layout.`;
      case 'not-json':
        return 'That file is not a layout (not JSON).';
      case 'newer-version':
        return `That layout comes from a newer version of the extension (format ${p.version}); update the extension first.`;
      case 'invalid':
        return `That file is not a valid layout (at ${p.at}). Nothing was imported.`;
      case 'other-host':
        return `That layout is for ${p.host}, not ${p.expected}. Nothing was imported.`;
      case 'no-figures':
        return 'That layout shows no figures. Nothing was imported.';
    }
  },
};
