import { defineConfig } from 'vitest/config';

// The slow suite (`npm run test:slow`, run by .ci/run after `npm test`): scratch-copy builds that
// would push `npm test` past five minutes.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
