// Texts of issue 15: the first-run page, the permission notice, and what the privacy policy says
// (PRIVACY.md repeats the English sentences word for word; tests/lib/i18n/store.test.ts checks).
// Dutch: standard Dutch that reads well in Flanders (u). French: Belgian register (vous).
import type { Lang } from './index';

export interface StoreTexts {
  privacy: {
    heading: string;
    /** Exactly what leaves the machine, naming the chosen resolvers. */
    leaves(resolvers: string): string;
    nothingElse: string;
    read: string;
    stored: string;
    policy: string;
  };
  resolversHelp: string;
  permission: {
    missing(hosts: string): string;
    grant: string;
    granted: string;
    refused: string;
  };
  welcome: {
    title: string;
    intro: string;
    how: string[];
    needsHeading: string;
    needs: string;
    allGranted: string;
    shortcut(keys: string): string;
    options: string;
  };
}

const en: StoreTexts = {
  privacy: {
    heading: 'What leaves your machine',
    leaves: (resolvers) =>
      `DNS questions about your sender domain, and during an export or a list audit about the recipients' domains, sent over HTTPS to the DNS-over-HTTPS resolvers you chose: ${resolvers}.`,
    nothingElse: 'Nothing else: no figures, no addresses, no campaign names, no analytics, and no server of ours.',
    read: 'The extension reads the campaign report your ESP shows you (figures, the bounce list and its reasons), in your browser, with your own login.',
    stored:
      'It stores, in the browser only: your settings, the sender domain per ESP account, the panel layout and the figures of past campaigns (no names, subjects or addresses).',
    policy: 'Privacy policy',
  },
  resolversHelp:
    "Asked in this order; when one fails the next is tried. They receive the DNS names of your sender domain, and during an export or a list audit the recipients' domains.",
  permission: {
    missing: (hosts) => `Deliverability Lens may not read reports on ${hosts}, so no panel appears there.`,
    grant: 'Allow reading the reports',
    granted: 'Allowed: the panel appears on your next report.',
    refused: 'Not allowed. You can allow it here at any time.',
  },
  welcome: {
    title: 'Welcome to Deliverability Lens',
    intro:
      'Open a campaign report in Mailchimp, ActiveCampaign or Campaign Monitor: a panel explains in plain words why the mail lands in spam, with the evidence and the next steps.',
    how: [
      "It checks your sender domain's DNS (SPF, DKIM, DMARC) over DNS-over-HTTPS and reads the report's figures.",
      'The toolbar button checks any domain; the panel exports the bounced addresses to clean in your CRM.',
    ],
    needsHeading: 'What it needs',
    needs:
      'Permission to read pages on admin.mailchimp.com, activehosted.com and createsend.com, and to store its settings in your browser; nothing more.',
    allGranted: 'Everything it needs is allowed.',
    shortcut: (keys) => `Keyboard: ${keys} shows the panel and moves the focus into it.`,
    options: 'Options',
  },
};

const nl: StoreTexts = {
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

const fr: StoreTexts = {
  privacy: {
    heading: 'Ce qui quitte votre ordinateur',
    leaves: (resolvers) =>
      `Des questions DNS sur votre domaine d'expéditeur et, pendant un export ou un contrôle de liste, sur les domaines des destinataires, envoyées en HTTPS aux résolveurs DNS-over-HTTPS que vous avez choisis : ${resolvers}.`,
    nothingElse:
      "Rien d'autre : ni chiffres, ni adresses, ni noms de campagnes, ni statistiques d'usage, et aucun serveur à nous.",
    read: "L'extension lit le rapport de campagne que votre outil d'e-mailing vous montre (chiffres, liste des rebonds et leurs raisons), dans votre navigateur, avec votre propre connexion.",
    stored:
      "Elle conserve, dans le navigateur uniquement : vos réglages, le domaine d'expéditeur par compte, la disposition du panneau et les chiffres des campagnes passées (ni noms, ni objets, ni adresses).",
    policy: 'Politique de confidentialité',
  },
  resolversHelp:
    "Interrogés dans cet ordre ; si l'un échoue, le suivant est essayé. Ils reçoivent les noms DNS de votre domaine d'expéditeur et, pendant un export ou un contrôle de liste, les domaines des destinataires.",
  permission: {
    missing: (hosts) =>
      `Deliverability Lens n'est pas autorisée à lire les rapports sur ${hosts} : aucun panneau n'y apparaît.`,
    grant: 'Autoriser la lecture des rapports',
    granted: 'Autorisé : le panneau apparaîtra sur votre prochain rapport.',
    refused: "Non autorisé. Vous pouvez l'autoriser ici à tout moment.",
  },
  welcome: {
    title: 'Bienvenue dans Deliverability Lens',
    intro:
      'Ouvrez un rapport de campagne dans Mailchimp, ActiveCampaign ou Campaign Monitor : un panneau explique simplement pourquoi vos e-mails arrivent en spam, avec les preuves et les étapes suivantes.',
    how: [
      "Elle vérifie le DNS de votre domaine d'expéditeur (SPF, DKIM, DMARC) par DNS-over-HTTPS et lit les chiffres du rapport.",
      "Le bouton de la barre d'outils vérifie n'importe quel domaine ; le panneau exporte les adresses en rebond à nettoyer dans votre CRM.",
    ],
    needsHeading: 'Ce dont elle a besoin',
    needs:
      "L'autorisation de lire les pages de admin.mailchimp.com, activehosted.com et createsend.com, et de conserver ses réglages dans votre navigateur. Rien de plus.",
    allGranted: 'Tout ce dont elle a besoin est autorisé.',
    shortcut: (keys) => `Clavier : ${keys} affiche le panneau et y place le focus.`,
    options: 'Options',
  },
};

/** The issue-15 texts per language. */
export const STORE_TEXTS: Record<Lang, StoreTexts> = { en, nl, fr };
