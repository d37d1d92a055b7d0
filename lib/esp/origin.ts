// "Add my ActiveCampaign address": an account on a custom login domain (a CNAME to
// ACCOUNT.activehosted.com, esp-pages.md) is typed as a URL or host and becomes an https origin
// for an optional host permission and a registered content script. Refusals are Reasons,
// worded in lib/i18n/auth.ts.
import { reason, type Reason } from '../auth/reason';

export type OriginInput = { ok: true; origin: string; pattern: string } | { ok: false; error: Reason };

/** Normalises "mail.example.be" or "https://mail.example.be/app/…" to "https://mail.example.be". */
export function parseAccountOrigin(input: string): OriginInput {
  const text = input.trim();
  if (!text) return { ok: false, error: reason('origin-empty') };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: reason('origin-bad-url') };
  }
  if (url.protocol !== 'https:') return { ok: false, error: reason('origin-not-https') };
  if (url.username || url.password || url.port) return { ok: false, error: reason('origin-not-plain') };
  if (!url.hostname.includes('.') || /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('['))
    return { ok: false, error: reason('origin-not-host') };
  return { ok: true, origin: url.origin, pattern: `${url.origin}/*` };
}
