import { defineConfig } from 'vitest/config';

// End-to-end tests drive the BUILT extension (.output/) in real Chromium and Firefox ESR.
// Run `npm run zip` first; `npm test` does.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
