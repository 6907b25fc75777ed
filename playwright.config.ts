import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // One Chromium per worker; 2 cores on CI.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // No retries: a test that fails once in ten runs is a bug in the product or the test, to be found and fixed.
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
  globalSetup: './scripts/corpus-notice.ts',
});
