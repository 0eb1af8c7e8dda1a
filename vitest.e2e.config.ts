import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built extension and web app (`npm run build` first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
