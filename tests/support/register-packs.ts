// Vitest setup (vitest.config.ts setupFiles): every unit test sees all three language packs, as the
// extension's pages do (lib/i18n/pack.ts). Tests of the registry itself use languages they clear.
import { registerAllPacks } from '../../lib/i18n/packs/all';

registerAllPacks();
