import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3) into Debian's Chromium; see
// tests/e2e/fixtures.ts. One worker: two cores, and each test starts its own browser. The Firefox
// suite (Firefox ESR over WebDriver BiDi) runs under vitest: tests/firefox, `npm run test:firefox`.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
