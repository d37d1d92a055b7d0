// The cheap part of page recognition, for the loader content script: the hosts it runs on and
// the URL test of each adapter (their patterns stay in the adapter files). Nothing here reads the
// page, so on pages that are not reports the extension does nothing beyond this check.
import { matchesUrl as isMailchimp } from './mailchimp';
import { matchesUrl as isActiveCampaign } from './activecampaign';
import { matchesUrl as isCampaignMonitor } from './campaign-monitor';
import { ADAPTER_ESP_IDS, PROVIDER_MATCHES, type AdapterEspId } from './providers';

/** Where the loader runs by default: the hosts of every ESP with an adapter (lib/esp/providers.ts). */
export const ESP_MATCHES: string[] = PROVIDER_MATCHES;

// No two claim the same URL (ActiveCampaign's test, which takes any host for custom account domains,
// leaves out the other two's hosts). The registry's adapterForUrl (lib/esp/index.ts) asks this too.
const URL_TESTS: Record<AdapterEspId, (url: URL) => boolean> = {
  mailchimp: isMailchimp,
  activecampaign: isActiveCampaign,
  'campaign-monitor': isCampaignMonitor,
};

/** The ESP whose adapter may read this URL (some pages are confirmed by content), if any. */
export function espOfUrl(href: string | undefined): AdapterEspId | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  return ADAPTER_ESP_IDS.find((esp) => URL_TESTS[esp](url));
}
