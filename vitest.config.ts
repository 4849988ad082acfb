import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The runtime tests load build/ and write .xlsx files; the browser tests start Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
