// The extension runtime for unit tests whose code reaches storage or messaging: @webext-core's fake
// browser as the global `browser`/`chrome`. Call it from vi.hoisted so it is there before the
// modules under test load (some define their storage items on load), and hand it to
// vi.mock('webextension-polyfill') in the same file.
import { vi } from 'vitest';

export async function installFakeBrowser() {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('browser', fakeBrowser);
  return fakeBrowser;
}
