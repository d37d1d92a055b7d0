// Dutch texts of lib/i18n/teach.ts, which holds their type, shared helpers and accessor.
import { notesText } from '../esp';
import { plural, type FailureProblem, type TeachTexts } from '../teach';

export const teach: TeachTexts = {
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
          return `Teruggelezen kloppen de cijfers niet samen: ${p.failures.map((f) => teach.failure(f, name)).join(' ')} Er werd niets bewaard.`;
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
