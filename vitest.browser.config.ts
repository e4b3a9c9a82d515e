import { defineConfig } from 'vitest/config';

// The browser tests drive the Chromium that npm ci installs (test/support/chromium.ts); `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
