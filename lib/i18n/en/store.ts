// English texts of lib/i18n/store.ts, which holds their type, shared helpers and accessor.
import type { StoreTexts } from '../store';

export const store: StoreTexts = {
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
