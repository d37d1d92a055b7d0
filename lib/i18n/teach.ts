// Texts of teach mode (issue 18): the picker, the self-check's verdicts in the panel, the popup's
// entry point and the layout file's import. One function per finding id or problem, as data from
// lib/teach arrives ({ figure, problem }); Dutch is Flemish-friendly standard Dutch (u), French
// the Belgian register (vous).
import type { Lang } from './index';
import { notesText } from './esp';
import type { FigureId } from '../teach/figures';
import type { TeachFailure } from '../teach/apply';
import type { LayoutProblem, TeachEsp } from '../teach/layout';
import type { BuildProblem } from '../teach/session';

type PickProblem =
  'empty' | 'not-a-number' | 'rate-not-count' | 'several-numbers' | 'not-an-email' | 'not-a-date' | 'mostly-text';
type FailureProblem = Extract<TeachFailure, { figure: FigureId }>['problem'];
const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };
const plural = (lang: Lang, n: number) => new Intl.PluralRules(LOCALES[lang]).select(n);

const en = {
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
          return `Read back, the figures do not hold together: ${p.failures.map((f) => en.failure(f, name)).join(' ')} Nothing was stored.`;
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
export type TeachTexts = typeof en;

const nl: TeachTexts = {
  figure: {
    recipients: 'ontvangers',
    delivered: 'afgeleverd',
    bounces: 'bounces',
    opens: 'unieke opens',
    clicks: 'unieke kliks',
    unsubscribes: 'uitschrijvingen',
    complaints: 'spamklachten',
    sender: 'afzenderadres',
    sent: 'verzenddatum',
  },
  offer: 'Toon me waar de cijfers staan',
  offerHint: 'Klik één keer op de cijfers op de pagina; daarna worden ze bij elk bezoek voor u gelezen.',
  picker: {
    title: 'Toon me waar de cijfers staan',
    keys: 'Klik op een cijfer op de pagina, of: met de pijltjestoetsen gaat u van getal naar getal, pijl omhoog neemt het omringende element, Enter kiest, Escape sluit.',
    ask: (f, name) =>
      f === 'sender'
        ? 'Klik op het afzenderadres.'
        : f === 'sent'
          ? 'Klik op de datum waarop de campagne verzonden werd.'
          : `Klik op het aantal ${name}.`,
    askRecipients: 'Klik op het aantal ontvangers (of sla het over en toon daarna het aantal afgeleverde mails).',
    picked: (name, value) => `${name}: ${value} ✓`,
    skipped: (name) => `${name}: overgeslagen`,
    candidate: (text) => `Op de pagina: ${text}`,
    noCandidate: 'Nog geen cijfer op de pagina gekozen.',
    problem: (p, name) =>
      ({
        empty: `Dat element is leeg. Klik op de ${name} zelf.`,
        'not-a-number': `Dat is geen getal. Klik op het aantal ${name}.`,
        'rate-not-count': `Dat is een percentage. Klik op het aantal ${name}, niet op het percentage.`,
        'several-numbers': `Daar staan meerdere getallen. Klik enkel op het aantal ${name}.`,
        'not-an-email': 'Dat is geen e-mailadres. Klik op het afzenderadres.',
        'mostly-text': `Dat is tekst met een getal erin. Klik enkel op het aantal ${name}.`,
        'not-a-date':
          'Dat is geen datum die de extensie kan lezen zonder te gokken (volgorde van dag en maand onduidelijk). Sla ze zo nodig over.',
      })[p],
    skip: 'Overslaan',
    redo: (name) => `${name} opnieuw`,
    use: 'Dit kiezen',
    next: 'Volgend getal',
    previous: 'Vorig getal',
    parent: 'Omringend element',
    save: 'Indeling bewaren',
    cancel: 'Sluiten zonder bewaren',
    saved: 'Indeling bewaard: deze cijfers worden voortaan van deze pagina gelezen.',
    saveFailed: (error) => `De indeling kon niet bewaard worden (${error}). Er werd niets bewaard.`,
    left: 'U hebt de rapportpagina verlaten tijdens het aanwijzen. Er werd niets bewaard.',
    build: (p, name) => {
      switch (p.kind) {
        case 'need-recipients':
          return 'Toon eerst de ontvangers of het aantal afgeleverde mails.';
        case 'page-changed':
          return `De pagina veranderde tijdens het aanwijzen: de ${name(p.figure)} die u toonde, staan er niet meer op. Er werd niets bewaard; toon ze opnieuw.`;
        case 'no-locator':
          return `Er werd geen blijvende manier gevonden om de ${name(p.figure)} terug te vinden. Probeer het getal zelf of zijn vak.`;
        case 'bad-pick':
          return `De ${name(p.figure)} die u toonde, lezen niet meer als cijfer. Toon ze opnieuw.`;
        case 'self-check':
          return `Teruggelezen kloppen de cijfers niet samen: ${p.failures.map((f) => nl.failure(f, name)).join(' ')} Er werd niets bewaard.`;
      }
    },
  },
  panel: {
    taughtFrom: (host) => `Cijfers gelezen met de indeling die u voor ${host} aanwees.`,
    failureHead: 'De indeling die u aanwees, past niet meer op deze pagina; daarom worden er geen cijfers getoond.',
    reteach: 'Toon me opnieuw waar de cijfers staan',
    export: 'Deze indeling exporteren (JSON)',
    notes: {
      'rate-other-base': (name) =>
        `Het percentage naast de ${name} is berekend op de unieke opens (click-to-open) en wordt dus niet als klikratio gebruikt.`,
    },
    dropped: (lang, n) =>
      plural(lang, n) === 'one'
        ? 'Eén bewaarde indeling was onleesbaar en werd verwijderd; wijs ze opnieuw aan.'
        : `${n} bewaarde indelingen waren onleesbaar en werden verwijderd; wijs ze opnieuw aan.`,
  },
  failure: (f, name) => {
    if (f.figure === 'all')
      return `De cijfers kunnen niet alle tegelijk kloppen: ${notesText(f.notes, 'nl').join(' ')}`;
    const n = name(f.figure);
    const words: Record<FailureProblem, string> = {
      'not-found': `${n}: niet meer gevonden waar u ze toonde.`,
      disagree: `${n}: de plaatsen die u toonde, geven nu verschillende waarden.`,
      'rate-mismatch': `${n}: het percentage ernaast klopt niet met de aantallen.`,
      empty: `${n}: de plaats die u toonde, is nu leeg.`,
      'not-a-number': `${n}: leest niet meer als getal.`,
      'rate-not-count': `${n}: de pagina toont nu een percentage waar het aantal stond.`,
      'several-numbers': `${n}: op de plaats die u toonde, staan nu meerdere getallen.`,
      'not-an-email': `${n}: leest niet meer als e-mailadres.`,
      'not-a-date': `${n}: leest niet meer als datum.`,
      'mostly-text': `${n}: op de plaats die u toonde, staat nu tekst in plaats van een getal.`,
    };
    return words[f.problem];
  },
  popup: {
    heading: 'Een rapportindeling aanwijzen',
    esp: 'Uw e-maildienst',
    espName: {
      brevo: 'Brevo',
      mailerlite: 'MailerLite',
      flexmail: 'Flexmail',
      other: 'Een andere (geef het adres op)',
    },
    origin: 'Adres van de rapportpagina’s',
    start: 'Toon me waar de cijfers staan',
    startHint: 'Open eerst een campagnerapport op die site; de extensie vraagt één keer toestemming om het te lezen.',
    started: 'Klik nu op de cijfers op de rapportpagina.',
    notThere: (origin) => `Open eerst een campagnerapport op ${origin} in het huidige tabblad en probeer opnieuw.`,
    denied: 'Er werd geen toestemming gegeven om die site te lezen; er gebeurde niets.',
    failed: (error) => `Dat lukte niet (${error}).`,
    originInvalid: 'Geef het adres op als https://app.example.com.',
    import: 'Een indelingsbestand importeren',
    imported: (host) => `Indeling voor ${host} geïmporteerd. Herlaad de rapportpagina om ze te lezen.`,
  },
  layoutProblem: (p) => {
    switch (p.kind) {
      case 'too-large':
        return `Dat bestand is te groot (${p.bytes} bytes) voor een indeling.`;
      case 'not-json':
        return 'Dat bestand is geen indeling (geen JSON).';
      case 'newer-version':
        return `Die indeling komt van een nieuwere versie van de extensie (formaat ${p.version}); werk de extensie eerst bij.`;
      case 'invalid':
        return `Dat bestand is geen geldige indeling (bij ${p.at}). Er werd niets geïmporteerd.`;
      case 'other-host':
        return `Die indeling is voor ${p.host}, niet voor ${p.expected}. Er werd niets geïmporteerd.`;
      case 'no-figures':
        return 'Die indeling wijst geen cijfers aan. Er werd niets geïmporteerd.';
    }
  },
};

const fr: TeachTexts = {
  figure: {
    recipients: 'destinataires',
    delivered: 'délivrés',
    bounces: 'rebonds',
    opens: 'ouvertures uniques',
    clicks: 'clics uniques',
    unsubscribes: 'désinscriptions',
    complaints: 'plaintes pour spam',
    sender: 'adresse d’expéditeur',
    sent: 'date d’envoi',
  },
  offer: 'Montrez-moi où sont les chiffres',
  offerHint: 'Cliquez une fois sur les chiffres de la page ; ensuite, ils sont lus pour vous à chaque visite.',
  picker: {
    title: 'Montrez-moi où sont les chiffres',
    keys: 'Cliquez sur un chiffre de la page, ou : les flèches passent d’un nombre à l’autre, la flèche vers le haut prend l’élément qui l’entoure, Entrée choisit, Échap ferme.',
    ask: (f, name) =>
      f === 'sender'
        ? 'Cliquez sur l’adresse d’expéditeur.'
        : f === 'sent'
          ? 'Cliquez sur la date d’envoi de la campagne.'
          : `Cliquez sur le nombre de ${name}.`,
    askRecipients: 'Cliquez sur le nombre de destinataires (ou passez et montrez ensuite le nombre de délivrés).',
    picked: (name, value) => `${name} : ${value} ✓`,
    skipped: (name) => `${name} : passé`,
    candidate: (text) => `Sur la page : ${text}`,
    noCandidate: 'Aucun chiffre choisi sur la page pour l’instant.',
    problem: (p, name) =>
      ({
        empty: `Cet élément est vide. Cliquez sur les ${name} eux-mêmes.`,
        'not-a-number': `Ce n’est pas un nombre. Cliquez sur le nombre de ${name}.`,
        'rate-not-count': `C’est un pourcentage. Cliquez sur le nombre de ${name}, pas sur le pourcentage.`,
        'several-numbers': `Cet élément contient plusieurs nombres. Cliquez uniquement sur le nombre de ${name}.`,
        'not-an-email': 'Ce n’est pas une adresse e-mail. Cliquez sur l’adresse d’expéditeur.',
        'mostly-text': `C’est un texte qui contient un nombre. Cliquez uniquement sur le nombre de ${name}.`,
        'not-a-date':
          'Ce n’est pas une date que l’extension peut lire sans deviner (ordre du jour et du mois incertain). Passez-la au besoin.',
      })[p],
    skip: 'Passer',
    redo: (name) => `Refaire : ${name}`,
    use: 'Choisir ceci',
    next: 'Nombre suivant',
    previous: 'Nombre précédent',
    parent: 'Élément englobant',
    save: 'Enregistrer la disposition',
    cancel: 'Fermer sans enregistrer',
    saved: 'Disposition enregistrée : ces chiffres seront désormais lus sur cette page.',
    saveFailed: (error) => `La disposition n’a pas pu être enregistrée (${error}). Rien n’a été enregistré.`,
    left: 'Vous avez quitté la page du rapport pendant la sélection. Rien n’a été enregistré.',
    build: (p, name) => {
      switch (p.kind) {
        case 'need-recipients':
          return 'Montrez d’abord les destinataires ou le nombre de délivrés.';
        case 'page-changed':
          return `La page a changé pendant la sélection : les ${name(p.figure)} que vous avez montrés n’y sont plus. Rien n’a été enregistré ; montrez-les à nouveau.`;
        case 'no-locator':
          return `Aucun moyen durable de retrouver les ${name(p.figure)} n’a été trouvé. Essayez le nombre lui-même ou son cadre.`;
        case 'bad-pick':
          return `Les ${name(p.figure)} que vous avez montrés ne se lisent plus comme un chiffre. Montrez-les à nouveau.`;
        case 'self-check':
          return `Relus, les chiffres ne tiennent pas ensemble : ${p.failures.map((f) => fr.failure(f, name)).join(' ')} Rien n’a été enregistré.`;
      }
    },
  },
  panel: {
    taughtFrom: (host) => `Chiffres lus avec la disposition que vous avez montrée pour ${host}.`,
    failureHead:
      'La disposition que vous avez montrée ne correspond plus à cette page ; aucun chiffre n’est donc affiché.',
    reteach: 'Montrez-moi à nouveau où sont les chiffres',
    export: 'Exporter cette disposition (JSON)',
    notes: {
      'rate-other-base': (name) =>
        `Le taux affiché à côté des ${name} est calculé sur les ouvertures uniques (clic par ouverture) ; il n’est donc pas utilisé comme taux de clics.`,
    },
    dropped: (lang, n) =>
      plural(lang, n) === 'one'
        ? 'Une disposition enregistrée était illisible et a été supprimée ; montrez-la à nouveau.'
        : `${n} dispositions enregistrées étaient illisibles et ont été supprimées ; montrez-les à nouveau.`,
  },
  failure: (f, name) => {
    if (f.figure === 'all')
      return `Les chiffres ne peuvent pas être tous vrais à la fois : ${notesText(f.notes, 'fr').join(' ')}`;
    const n = name(f.figure);
    const words: Record<FailureProblem, string> = {
      'not-found': `${n} : introuvables là où vous les avez montrés.`,
      disagree: `${n} : les endroits que vous avez montrés donnent maintenant des valeurs différentes.`,
      'rate-mismatch': `${n} : le taux affiché à côté ne correspond pas aux nombres.`,
      empty: `${n} : l’endroit que vous avez montré est vide.`,
      'not-a-number': `${n} : ne se lit plus comme un nombre.`,
      'rate-not-count': `${n} : la page affiche maintenant un taux là où figurait le nombre.`,
      'several-numbers': `${n} : l’endroit que vous avez montré contient maintenant plusieurs nombres.`,
      'not-an-email': `${n} : ne se lit plus comme une adresse e-mail.`,
      'not-a-date': `${n} : ne se lit plus comme une date.`,
      'mostly-text': `${n} : l’endroit que vous avez montré contient maintenant du texte plutôt qu’un nombre.`,
    };
    return words[f.problem];
  },
  popup: {
    heading: 'Montrer la disposition d’un rapport',
    esp: 'Votre service d’e-mailing',
    espName: {
      brevo: 'Brevo',
      mailerlite: 'MailerLite',
      flexmail: 'Flexmail',
      other: 'Un autre (indiquez son adresse)',
    },
    origin: 'Adresse de ses pages de rapport',
    start: 'Montrez-moi où sont les chiffres',
    startHint:
      'Ouvrez d’abord un rapport de campagne sur ce site ; l’extension demande une seule fois l’autorisation de le lire.',
    started: 'Cliquez maintenant sur les chiffres de la page du rapport.',
    notThere: (origin) => `Ouvrez d’abord un rapport de campagne sur ${origin} dans l’onglet actuel, puis réessayez.`,
    denied: 'L’autorisation de lire ce site n’a pas été donnée ; rien ne s’est passé.',
    failed: (error) => `Cela n’a pas fonctionné (${error}).`,
    originInvalid: 'Indiquez l’adresse sous la forme https://app.example.com.',
    import: 'Importer un fichier de disposition',
    imported: (host) => `Disposition pour ${host} importée. Rechargez la page du rapport pour la lire.`,
  },
  layoutProblem: (p) => {
    switch (p.kind) {
      case 'too-large':
        return `Ce fichier est trop volumineux (${p.bytes} octets) pour une disposition.`;
      case 'not-json':
        return 'Ce fichier n’est pas une disposition (pas du JSON).';
      case 'newer-version':
        return `Cette disposition provient d’une version plus récente de l’extension (format ${p.version}) ; mettez d’abord l’extension à jour.`;
      case 'invalid':
        return `Ce fichier n’est pas une disposition valable (à ${p.at}). Rien n’a été importé.`;
      case 'other-host':
        return `Cette disposition est pour ${p.host}, pas pour ${p.expected}. Rien n’a été importé.`;
      case 'no-figures':
        return 'Cette disposition ne montre aucun chiffre. Rien n’a été importé.';
    }
  },
};

/** Teach mode's texts per product language. */
export const TEACH_TEXTS: Record<Lang, TeachTexts> = { en, nl, fr };

/** Teach mode's texts in one language. */
export function teachTexts(lang: Lang): TeachTexts {
  return TEACH_TEXTS[lang];
}
