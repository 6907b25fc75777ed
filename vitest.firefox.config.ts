/** The Firefox suite (firefox/): one Firefox ESR, tests in order, with room for a real browser's pace. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SHAREFEED_TEST__: 'true' },
  test: {
    include: ['firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['scripts/corpus-notice.ts'],
  },
});
