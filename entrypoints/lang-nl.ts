// The Dutch language pack as its own script: the background injects it into a report tab just
// before the panel or teach mode, which carry no catalogue (issue 15 §8, lib/platform/language-pack.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPack } from '../lib/i18n/pack';
import { nl } from '../lib/i18n/packs/nl';

export default defineUnlistedScript(() => registerPack('nl', nl));
