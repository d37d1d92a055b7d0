// The cheap part of page recognition, for the loader content script: the hosts it runs on and
// the URL test of each adapter (their patterns stay in the adapter files). Nothing here reads the
// page, so on pages that are not reports the extension does nothing beyond this check.
import { matchesUrl as isMailchimp } from './mailchimp';
import { matchesUrl as isActiveCampaign } from './activecampaign';
import { matchesUrl as isCampaignMonitor } from './campaign-monitor';
import { PROVIDER_MATCHES } from './providers';

/** Where the loader runs by default: the hosts of every ESP with an adapter (lib/esp/providers.ts). */
export const ESP_MATCHES: string[] = PROVIDER_MATCHES;

/** Is this URL possibly a report page one of the adapters reads (some are confirmed by content)? */
export function isReportUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return isMailchimp(url) || isActiveCampaign(url) || isCampaignMonitor(url);
}
