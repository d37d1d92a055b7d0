// Campaign Monitor's panel (entrypoints/esp-panel/main.tsx): its adapter.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { campaignMonitor } from '../lib/esp/campaign-monitor';
import { startPanel } from './esp-panel/main';

export default defineUnlistedScript(() => startPanel({ adapter: campaignMonitor }));
