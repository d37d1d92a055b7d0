// The cheap part of page recognition, for the loader content script: the hosts it runs on and
// the URL test of each adapter (their patterns stay in the adapter files). Nothing here reads the
// page, so on pages that are not reports the extension does nothing beyond this check.
import { matchesUrl as isMailchimp } from './mailchimp';
import { matchesUrl as isActiveCampaign } from './activecampaign';
import { kindOf as campaignMonitorKind } from './campaign-monitor';

/** Where the loader runs by default (esp-pages.md): Mailchimp, ActiveCampaign, Campaign Monitor. */
export const ESP_MATCHES = ['https://*.admin.mailchimp.com/*', 'https://*.activehosted.com/*', 'https://*.createsend.com/*'];

/** Is this URL a report page one of the adapters reads? */
export function isReportUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return isMailchimp(url) || isActiveCampaign(url) || campaignMonitorKind(url) !== undefined;
}
