import { defineConfig } from 'vitest/config';

// The browser tests drive Debian's Chromium (/usr/bin/chromium); `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
