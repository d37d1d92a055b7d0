// The ESPs without an adapter that the popup names (esp-pages.md "Other ESPs": report URLs seen
// in public help and code; their labels are unknown, which is why the user shows them).
import { parseAccountOrigin } from '../esp/origin';

export const NAMED_ESPS = ['brevo', 'mailerlite', 'flexmail', 'other'] as const;
export type NamedEsp = (typeof NAMED_ESPS)[number];

/** Where each named ESP's reports live; 'other' is typed by the user. */
export const ESP_ORIGINS: Record<Exclude<NamedEsp, 'other'>, string> = {
  brevo: 'https://app.brevo.com', // /camp/report/{id} [seen]
  mailerlite: 'https://dashboard.mailerlite.com', // /campaigns/{id}/reports/overview [seen]
  flexmail: 'https://app.flexmail.eu', // report pages unknown [guess]
};

/** The origin to teach on: the named ESP's, or the address typed for "other". */
export function teachOrigin(esp: NamedEsp, typed: string): string | undefined {
  if (esp !== 'other') return ESP_ORIGINS[esp];
  const r = parseAccountOrigin(typed);
  return r.ok ? r.origin : undefined;
}
