// The Dutch texts a report tab shows first, as their own script: the background injects it just
// before the panel or teach mode, which carry no catalogue (issue 15 §8, lib/platform/language-pack.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPack } from '../lib/i18n/pack';
import { nlTab } from '../lib/i18n/packs/nl';

export default defineUnlistedScript(() => registerPack('nl', nlTab));
