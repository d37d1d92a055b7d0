// The ESP registry (issue 11 §2, house-style.md "One registry is the source of every list"):
// one entry per ESP the product knows. Every ESP union, zod enum, host list and content-script
// match pattern in lib/esp derives from PROVIDERS; tests/lib/esp/providers.test.ts fails when a
// provider with an adapter lacks fixtures, or any provider lacks DNS facts (lib/auth/esp-dns.ts).
// Evidence for hosts and routes: shared/docs/esp-pages.md.

/** What a provider entry says about one ESP. */
export interface ProviderInfo {
  id: string;
  name: string;
  /** Host names the ESP's app runs on (exact, or `*.` for any sub-domain). */
  hosts: readonly string[];
  /** Content-script match patterns for those hosts (empty when no adapter reads its pages). */
  matches: readonly string[];
  /** The report tabs an adapter reads (esp-pages.md); empty when there is no adapter. */
  pageKinds: readonly string[];
  /** Where the bounce reasons are: a page per address, in the list itself, or not known. */
  reasonPages: 'per-address-page' | 'in-list' | 'unknown';
  /** An adapter in lib/esp reads this ESP's report pages. */
  adapter: boolean;
  /** The account can be reached on the customer's own login domain (optional host permission). */
  customDomains: boolean;
}

export const PROVIDERS = [
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    hosts: ['*.admin.mailchimp.com'],
    matches: ['https://*.admin.mailchimp.com/*'],
    pageKinds: ['overview', 'sent', 'opens', 'clicks', 'bounces', 'unsubscribes', 'abuse'],
    reasonPages: 'per-address-page',
    adapter: true,
    customDomains: false,
  },
  {
    id: 'activecampaign',
    name: 'ActiveCampaign',
    hosts: ['*.activehosted.com'],
    matches: ['https://*.activehosted.com/*'],
    pageKinds: ['overview', 'opens', 'clicks', 'unsubscribes', 'bounces'],
    reasonPages: 'in-list',
    adapter: true,
    customDomains: true,
  },
  {
    id: 'campaign-monitor',
    name: 'Campaign Monitor',
    hosts: ['*.createsend.com'],
    matches: ['https://*.createsend.com/*'],
    pageKinds: ['overview', 'bounces'],
    reasonPages: 'in-list',
    adapter: true,
    customDomains: true,
  },
  // Later (esp-pages.md "Other ESPs"): report URLs known, labels unknown — no adapter yet.
  {
    id: 'brevo',
    name: 'Brevo',
    hosts: ['app.brevo.com', 'my.sendinblue.com'],
    matches: [],
    pageKinds: [],
    reasonPages: 'unknown',
    adapter: false,
    customDomains: false,
  },
  {
    id: 'mailerlite',
    name: 'MailerLite',
    hosts: ['dashboard.mailerlite.com'],
    matches: [],
    pageKinds: [],
    reasonPages: 'unknown',
    adapter: false,
    customDomains: false,
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    hosts: ['www.klaviyo.com'],
    matches: [],
    pageKinds: [],
    reasonPages: 'unknown',
    adapter: false,
    customDomains: false,
  },
] as const satisfies readonly ProviderInfo[];

type Entry = (typeof PROVIDERS)[number];

/** Every ESP the product knows (api-contract.md `EspId`). */
export type EspId = Entry['id'];
/** The ESPs whose report pages an adapter reads. */
export type AdapterEspId = Extract<Entry, { adapter: true }>['id'];

/** The ESP ids as a tuple, usable with `z.enum(ESP_IDS)`. */
export const ESP_IDS = PROVIDERS.map((p) => p.id) as unknown as {
  -readonly [K in keyof typeof PROVIDERS]: (typeof PROVIDERS)[K] extends { id: infer I } ? I : never;
};

/** The ids of the ESPs with an adapter, as a tuple for `z.enum`. */
export const ADAPTER_ESP_IDS = PROVIDERS.filter((p) => p.adapter).map((p) => p.id) as unknown as [
  AdapterEspId,
  ...AdapterEspId[],
];

/** The registry entry of an ESP. */
export function providerOf(id: EspId): Entry {
  return PROVIDERS.find((p) => p.id === id)!;
}

/** Content-script match patterns of every ESP an adapter reads (wxt.config.ts, tests' page server). */
export const PROVIDER_MATCHES: string[] = PROVIDERS.flatMap((p) => [...p.matches]);

/** Does the host name belong to one of the ESP's own hosts (not a custom login domain)? */
export function isProviderHost(id: EspId, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return providerOf(id).hosts.some((h: string) =>
    h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : host === h,
  );
}

/** The entrypoint of an ESP's panel (entrypoints/esp-panel-<esp>.ts), one per adapter. */
export function panelEntry(esp: AdapterEspId): string {
  return `esp-panel-${esp}`;
}

/** The built panel of an ESP, which the background injects. */
export function panelFile(esp: AdapterEspId): string {
  return `/${panelEntry(esp)}.js`;
}
