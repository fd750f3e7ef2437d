import { defineConfig } from '@playwright/test';

// End-to-end tests of the built extension (`wxt build --mode e2e`) in Debian's Chromium, against replica portals.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
