import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SHAREFEED_TEST__: 'true' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['scripts/corpus-notice.ts'],
  },
});
