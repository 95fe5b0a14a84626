import { defineConfig } from 'vitest/config';

/**
 * Unit tests for pure helpers and schemas (tests/unit), and build tests that run `astro build`
 * on broken content and check the message an editor would see (tests/build).
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests start real Astro builds: give them room, run files one after another.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
