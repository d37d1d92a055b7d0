// Words for what the report readers conclude (issue 17; issue 11 §1: lib/esp returns data, the
// sentences live here): notes on figures left out, where each figure came from, and "still
// changing". English, Dutch (Flemish-friendly, u) and French (Belgian register, vous).
import { formatCount, formatPercent, localeOf, type Lang } from './index';
import type { EspNote } from '../esp/types';

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

const FIG_EN: Record<string, string> = {
  recipients: 'recipients',
  delivered: 'deliveries',
  campaignName: 'campaign name',
  subject: 'subject',
  sentAt: 'send time',
  senderEmail: 'From address',
  senderName: 'From name',
  senderDomainHint: 'sender domain',
  mppExcluded: 'Apple privacy note',
  'opens.unique': 'unique opens',
  'opens.total': 'total opens',
  'opens.rate': 'open rate',
  'clicks.unique': 'unique clicks',
  'clicks.total': 'total clicks',
  'clicks.rate': 'click rate',
  'clicks.toOpenRate': 'click-to-open rate',
  'bounces.total': 'bounces',
  'bounces.hard': 'hard bounces',
  'bounces.soft': 'soft bounces',
  'bounces.rate': 'bounce rate',
  'bounces.hard+soft': 'hard plus soft bounces',
  'delivered+bounces': 'deliveries plus bounces',
  'unsubscribes.count': 'unsubscribes',
  'unsubscribes.rate': 'unsubscribe rate',
  'complaints.count': 'spam complaints',
  'complaints.rate': 'complaint rate',
  'bounce list': 'bounce list',
};
const FIG_NL: Record<string, string> = {
  recipients: 'ontvangers',
  delivered: 'afgeleverde e-mails',
  campaignName: 'campagnenaam',
  subject: 'onderwerp',
  sentAt: 'verzendtijd',
  senderEmail: 'afzenderadres',
  senderName: 'afzendernaam',
  senderDomainHint: 'afzenderdomein',
  mppExcluded: 'melding over Apple-privacy',
  'opens.unique': 'unieke opens',
  'opens.total': 'totaal aantal opens',
  'opens.rate': 'openingspercentage',
  'clicks.unique': 'unieke kliks',
  'clicks.total': 'totaal aantal kliks',
  'clicks.rate': 'klikpercentage',
  'clicks.toOpenRate': 'klik-per-openpercentage',
  'bounces.total': 'bounces',
  'bounces.hard': 'harde bounces',
  'bounces.soft': 'zachte bounces',
  'bounces.rate': 'bouncepercentage',
  'bounces.hard+soft': 'harde plus zachte bounces',
  'delivered+bounces': 'afgeleverde e-mails plus bounces',
  'unsubscribes.count': 'uitschrijvingen',
  'unsubscribes.rate': 'uitschrijvingspercentage',
  'complaints.count': 'spamklachten',
  'complaints.rate': 'klachtenpercentage',
  'bounce list': 'bouncelijst',
};
const FIG_FR: Record<string, string> = {
  recipients: 'destinataires',
  delivered: 'e-mails délivrés',
  campaignName: 'nom de la campagne',
  subject: 'objet',
  sentAt: "heure d'envoi",
  senderEmail: "adresse d'expéditeur",
  senderName: "nom d'expéditeur",
  senderDomainHint: "domaine d'expéditeur",
  mppExcluded: 'mention de la confidentialité Apple',
  'opens.unique': 'ouvertures uniques',
  'opens.total': 'ouvertures totales',
  'opens.rate': "taux d'ouverture",
  'clicks.unique': 'clics uniques',
  'clicks.total': 'clics totaux',
  'clicks.rate': 'taux de clics',
  'clicks.toOpenRate': 'taux de clics par ouverture',
  'bounces.total': 'rebonds',
  'bounces.hard': 'rebonds durs',
  'bounces.soft': 'rebonds temporaires',
  'bounces.rate': 'taux de rebond',
  'bounces.hard+soft': 'rebonds durs et temporaires',
  'delivered+bounces': 'e-mails délivrés plus rebonds',
  'unsubscribes.count': 'désabonnements',
  'unsubscribes.rate': 'taux de désabonnement',
  'complaints.count': 'plaintes pour spam',
  'complaints.rate': 'taux de plaintes',
  'bounce list': 'liste des rebonds',
};

function make(
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

const en = make(
  'en',
  FIG_EN,
  {
    missing: (f) => `Could not read on this page: ${f}.`,
    refused: (f, text) => `The value shown for ${f}, “${text}”, is not a count: it is left out.`,
    mismatch: (f, shown, count, of) => `The ${f} shown, ${shown}, does not match ${count} of ${of}: it is left out.`,
    exceeds: (f, value, limit, max) =>
      `More ${f} (${value}) than ${limit} (${max}) cannot be right: the ${f} are left out.`,
    truncated: (f, length) => `The ${f} is ${length} characters long and is shown shortened.`,
    impossible: (f) => `The ${f} read as an impossible value: it is left out.`,
    failed: (p) => `The ${p} reader failed on this page.`,
  },
  {
    tabs: {
      overview: 'Overview',
      sent: 'Sent list',
      opens: 'Opens tab',
      clicks: 'Clicks tab',
      bounces: 'Bounces tab',
      unsubscribes: 'Unsubscribes tab',
      abuse: 'Abuse reports',
      api: "the account's own data",
    },
    source: (tab, age, figures) => `${tab}, read ${age}: ${figures}`,
    sourcesTitle: 'Where the figures come from',
    justNow: 'just now',
    addOrigin: 'My ActiveCampaign or Campaign Monitor account is on my own address',
    unsettled:
      'Still changing: these figures were still moving when reading stopped. They are not saved in the history; reload when the page has finished.',
  },
);

const nl = make(
  'nl',
  FIG_NL,
  {
    missing: (f) => `Niet gelezen op deze pagina: ${f}.`,
    refused: (f, text) => `De getoonde waarde voor ${f}, “${text}”, is geen aantal en wordt niet gebruikt.`,
    mismatch: (f, shown, count, of) =>
      `Het getoonde ${f}, ${shown}, klopt niet met ${count} van ${of} en wordt niet gebruikt.`,
    exceeds: (f, value, limit, max) =>
      `Er zijn meer ${f} (${value}) dan ${limit} (${max}): dat kan niet allebei kloppen, dus de ${f} worden niet gebruikt.`,
    truncated: (f, length) => `De ${f} is ${length} tekens lang en wordt ingekort getoond.`,
    impossible: (f) => `De waarde voor ${f} is onmogelijk en wordt niet gebruikt.`,
    failed: (p) => `Het uitlezen van ${p} is mislukt op deze pagina.`,
  },
  {
    tabs: {
      overview: 'Overzicht',
      sent: 'Verzendlijst',
      opens: 'Tabblad Opens',
      clicks: 'Tabblad Kliks',
      bounces: 'Tabblad Bounces',
      unsubscribes: 'Tabblad Uitschrijvingen',
      abuse: 'Misbruikmeldingen',
      api: 'de eigen gegevens van het account',
    },
    source: (tab, age, figures) => `${tab}, gelezen ${age}: ${figures}`,
    sourcesTitle: 'Waar de cijfers vandaan komen',
    justNow: 'zonet',
    addOrigin: 'Mijn ActiveCampaign- of Campaign Monitor-account staat op mijn eigen adres',
    unsettled:
      'Nog in beweging: deze cijfers veranderden nog toen het lezen stopte. Ze worden niet in de geschiedenis bewaard; herlaad de pagina als ze volledig geladen is.',
  },
);

const fr = make(
  'fr',
  FIG_FR,
  {
    missing: (f) => `Impossible de lire sur cette page : ${f}.`,
    refused: (f, text) => `La valeur affichée pour ${f}, « ${text} », n'est pas un nombre : elle n'est pas utilisée.`,
    mismatch: (f, shown, count, of) =>
      `Le ${f} affiché, ${shown}, ne correspond pas à ${count} sur ${of} : il n'est pas utilisé.`,
    exceeds: (f, value, limit, max) =>
      `Il y a plus de ${f} (${value}) que de ${limit} (${max}) : les deux ne peuvent pas être justes, les ${f} ne sont donc pas utilisés.`,
    truncated: (f, length) => `Le champ ${f} compte ${length} caractères et est affiché en abrégé.`,
    impossible: (f) => `La valeur lue pour ${f} est impossible : elle n'est pas utilisée.`,
    failed: (p) => `La lecture de la page ${p} a échoué.`,
  },
  {
    tabs: {
      overview: "Vue d'ensemble",
      sent: "Liste d'envoi",
      opens: 'Onglet Ouvertures',
      clicks: 'Onglet Clics',
      bounces: 'Onglet Rebonds',
      unsubscribes: 'Onglet Désabonnements',
      abuse: "Signalements d'abus",
      api: 'les données du compte',
    },
    source: (tab, age, figures) => `${tab}, lu ${age} : ${figures}`,
    sourcesTitle: "D'où viennent les chiffres",
    justNow: "à l'instant",
    addOrigin: 'Mon compte ActiveCampaign ou Campaign Monitor est sur ma propre adresse',
    unsettled:
      "Encore en mouvement : ces chiffres changeaient encore quand la lecture s'est arrêtée. Ils ne sont pas enregistrés dans l'historique ; rechargez la page une fois qu'elle est chargée.",
  },
);

const CATALOG: Record<Lang, EspTexts> = { en, nl, fr };

/** The report-reading texts of a language. */
export function espTexts(lang: Lang): EspTexts {
  return CATALOG[lang];
}

/** How long ago a figure was read, in the language ("3 minutes ago", "il y a 3 minutes"). */
export function formatAge(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 45) return CATALOG[lang].justNow;
  const f = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  if (s < 3600) return f.format(-Math.round(s / 60), 'minute');
  if (s < 86400) return f.format(-Math.round(s / 3600), 'hour');
  return f.format(-Math.round(s / 86400), 'day');
}

/** The figure names of a list of paths, joined the language's way ("recipients and bounce rate"). */
export function figureList(paths: string[], lang: Lang): string {
  return list(
    lang,
    paths.map((p) => figure(CATALOG[lang], p)),
  );
}

/** Every note of a reading as sentences. */
export function notesText(notes: readonly EspNote[], lang: Lang): string[] {
  return notes.map((n) => CATALOG[lang].note(n));
}
