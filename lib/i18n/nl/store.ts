// Dutch texts of lib/i18n/store.ts, which holds their type, shared helpers and accessor.
import type { StoreTexts } from '../store';

export const store: StoreTexts = {
  privacy: {
    heading: 'Wat uw computer verlaat',
    leaves: (resolvers) =>
      `DNS-vragen over uw afzenderdomein, en tijdens een export of een lijstcontrole over de domeinen van de ontvangers, via HTTPS naar de DNS-over-HTTPS-resolvers die u koos: ${resolvers}.`,
    nothingElse:
      'Verder niets: geen cijfers, geen adressen, geen namen van mailings, geen analytics en geen server van ons.',
    read: 'De extensie leest het campagnerapport dat uw mailingtool u toont (cijfers, de bouncelijst en de redenen), in uw browser, met uw eigen login.',
    stored:
      'Ze bewaart, alleen in de browser: uw instellingen, het afzenderdomein per account, de indeling van het paneel en de cijfers van vorige mailings (geen namen, onderwerpen of adressen).',
    policy: 'Privacybeleid',
  },
  resolversHelp:
    'In deze volgorde gevraagd; als er een faalt, wordt de volgende geprobeerd. Ze krijgen de DNS-namen van uw afzenderdomein, en tijdens een export of een lijstcontrole de domeinen van de ontvangers.',
  permission: {
    missing: (hosts) => `Deliverability Lens mag de rapporten op ${hosts} niet lezen, dus daar verschijnt geen paneel.`,
    grant: 'Het lezen van de rapporten toestaan',
    granted: 'Toegestaan: het paneel verschijnt op uw volgende rapport.',
    refused: 'Niet toegestaan. U kunt het hier altijd alsnog toestaan.',
  },
  welcome: {
    title: 'Welkom bij Deliverability Lens',
    intro:
      'Open een campagnerapport in Mailchimp, ActiveCampaign of Campaign Monitor: een paneel legt in gewone woorden uit waarom de mail in spam belandt, met het bewijs en de volgende stappen.',
    how: [
      'Het controleert de DNS van uw afzenderdomein (SPF, DKIM, DMARC) via DNS-over-HTTPS en leest de cijfers van het rapport.',
      'De knop in de werkbalk controleert elk domein; het paneel exporteert de gebouncete adressen om in uw CRM op te schonen.',
    ],
    needsHeading: 'Wat het nodig heeft',
    needs:
      "Toestemming om pagina's op admin.mailchimp.com, activehosted.com en createsend.com te lezen, en om de instellingen in uw browser te bewaren. Meer niet.",
    allGranted: 'Alles wat het nodig heeft, is toegestaan.',
    shortcut: (keys) => `Toetsenbord: ${keys} toont het paneel en brengt de focus erheen.`,
    options: 'Opties',
  },
};
