// ActiveCampaign's panel (entrypoints/esp-panel/main.tsx): its adapter, and the account's own JSON
// read first with the user's session (lib/esp/activecampaign-api.ts), the page when it is refused.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { activecampaign, activeCampaignIdOf } from '../lib/esp/activecampaign';
import { readActiveCampaignApi } from '../lib/esp/activecampaign-api';
import { startPanel } from './esp-panel/main';

export default defineUnlistedScript(() =>
  startPanel({
    adapter: activecampaign,
    readApi: async (url, signal) => {
      const id = activeCampaignIdOf(url);
      return id ? readActiveCampaignApi(url.origin, id, (...a) => fetch(...a), signal) : undefined;
    },
  }),
);
