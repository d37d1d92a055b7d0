// Mailchimp's panel (entrypoints/esp-panel/main.tsx): its adapter, and the bounce reasons fetched
// from each address's page (esp-pages.md "Mailchimp": the list shows no reason), and the addresses
// on its abuse-report page.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mailchimp } from '../lib/esp/mailchimp';
import { gatherBounceReasons } from '../lib/esp/bounce-reason';
import { readComplainers } from '../lib/esp/complainers';
import { startPanel } from './esp-panel/main';

export default defineUnlistedScript(() =>
  startPanel({ adapter: mailchimp, gatherReasons: gatherBounceReasons, readComplainers }),
);
