// The English texts of the panel's second stage (the clean-up list, the export, the restart plan): the
// background injects it with /esp-panel-tools.js when the user opens one of them (issue 15 §8).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPack } from '../lib/i18n/pack';
import { enTools } from '../lib/i18n/packs/en';

export default defineUnlistedScript(() => registerPack('en', enTools));
