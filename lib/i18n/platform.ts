// Texts of the platform layer (storage and messages): notices about stored data, in every
// product language (issue 11 §4, §8).
import type { Lang } from './index';
import type { platform as en } from './en/platform';
import { byLang } from './pack';

/** The platform layer's texts of one language. */
export type PlatformTexts = typeof en;

export const platformTexts: Record<Lang, PlatformTexts> = /* @__PURE__ */ byLang('platform');
