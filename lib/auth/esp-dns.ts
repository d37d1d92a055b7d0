// What "DNS in order" means per ESP (knowledge.md §4): DKIM selectors and where they point,
// the SPF include, and which path can give a DMARC pass.
import type { EspId } from './types';

export interface EspDnsFacts {
  name: string;
  /** DKIM selectors the ESP publishes, newest first, with the CNAME target it expects ('' = TXT key). */
  dkim: { selector: string; target: string; legacy?: boolean }[];
  /** The SPF include the ESP asks for, and whether it is needed for a DMARC pass. */
  spfInclude?: { domain: string; needed: boolean };
  /** Domains the ESP uses in the envelope (Return-Path); SPF there can never align with From. */
  envelopeDomains: string[];
  /**
   * The names of the ESP's published SPF include tree (public, fixed), asked in a check's first
   * round so an include of them costs no extra round trip (issue 12 §9).
   */
  spfTree?: string[];
  /** knowledge.md §4 "DMARC pass via". */
  dmarcVia: 'dkim' | 'dkim-or-spf-with-mailserver-domain' | 'spf-and-dkim';
}

export const ESP_DNS: Record<EspId, EspDnsFacts> = {
  mailchimp: {
    name: 'Mailchimp',
    dkim: [
      { selector: 'k2', target: 'dkim2.mcsv.net' },
      { selector: 'k3', target: 'dkim3.mcsv.net' },
      { selector: 'k1', target: 'dkim.mcsv.net', legacy: true },
    ],
    // Mailchimp's own help: the include is not needed; it only spends a lookup.
    spfInclude: { domain: 'servers.mcsv.net', needed: false },
    spfTree: ['servers.mcsv.net'],
    envelopeDomains: ['mcsv.net', 'mcdlv.net', 'rsgsv.net'],
    dmarcVia: 'dkim',
  },
  activecampaign: {
    name: 'ActiveCampaign',
    dkim: [
      { selector: 'acdkim1', target: 'dkim.acdkim1.acems1.com' },
      { selector: 'acdkim2', target: 'dkim.acdkim2.acems1.com' },
      { selector: 'dk', target: '', legacy: true },
    ],
    spfInclude: { domain: 'emsd1.com', needed: false },
    spfTree: ['emsd1.com'],
    envelopeDomains: ['emsd1.com', 'acems1.com', 'emsend1.com'],
    dmarcVia: 'dkim-or-spf-with-mailserver-domain',
  },
  'campaign-monitor': {
    name: 'Campaign Monitor',
    dkim: [{ selector: 'cm', target: '' }],
    spfInclude: { domain: '_spf.createsend.com', needed: false },
    spfTree: ['_spf.createsend.com'],
    envelopeDomains: ['cmail1.com', 'cmail2.com'],
    dmarcVia: 'dkim',
  },
  brevo: {
    name: 'Brevo',
    dkim: [
      { selector: 'brevo1', target: '' },
      { selector: 'brevo2', target: '' },
      { selector: 'mail', target: '', legacy: true },
    ],
    spfInclude: { domain: 'spf.brevo.com', needed: false },
    spfTree: ['spf.brevo.com'],
    envelopeDomains: ['sender-sib.com'],
    dmarcVia: 'dkim',
  },
  mailerlite: {
    name: 'MailerLite',
    dkim: [{ selector: 'litesrv', target: 'litesrv._domainkey.mlsend.com' }],
    spfInclude: { domain: '_spf.mlsend.com', needed: false },
    spfTree: ['_spf.mlsend.com'],
    envelopeDomains: ['mlsend.com'],
    dmarcVia: 'dkim',
  },
  klaviyo: {
    name: 'Klaviyo',
    dkim: [
      { selector: 'km1', target: '' },
      { selector: 'km2', target: '' },
      { selector: 'kl', target: '', legacy: true },
      { selector: 'kl2', target: '', legacy: true },
    ],
    envelopeDomains: [],
    dmarcVia: 'spf-and-dkim',
  },
};

/** Selectors many senders use when the ESP is not known (knowledge.md §4 "Selector discovery"). */
export const COMMON_DKIM_SELECTORS = [
  'default',
  'selector1',
  'selector2',
  'google',
  'dkim',
  'mail',
  's1',
  's2',
  'k1',
  'k2',
  'k3',
];
