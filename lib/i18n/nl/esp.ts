// Dutch texts of lib/i18n/esp.ts, which holds their type, shared helpers and accessor.
import { make } from '../esp';

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

export const esp = make(
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
