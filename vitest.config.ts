import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The texts come from language packs registered at run time (lib/i18n/pack.ts).
    setupFiles: ['tests/support/register-packs.ts'],
    testTimeout: 20_000,
  },
});
