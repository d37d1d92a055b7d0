// The ESP hosts the extension needs (manifest host_permissions = ESP_MATCHES). Chrome grants
// them at install; Firefox lets the user withdraw them in about:addons (and older Firefox MV3
// builds left them ungranted), and then no panel appears with nothing saying why (issue 15 §4).
import browser from 'webextension-polyfill';
import { ESP_MATCHES } from '../esp/routes';

/** The ESP match patterns the browser does not currently grant, in ESP_MATCHES order. */
export async function missingHostPermissions(): Promise<string[]> {
  const granted = await Promise.all(ESP_MATCHES.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return ESP_MATCHES.filter((_, i) => !granted[i]);
}

/** Asks for them; must run straight from the user's click (permissions.request needs the gesture). */
export function requestHostPermissions(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** A pattern as a person reads it: "https://*.admin.mailchimp.com/*" → "admin.mailchimp.com". */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}
