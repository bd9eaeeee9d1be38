import { defineConfig } from 'vitest/config';

/** Browser tests: the real server (first start with the demo county) driven through Debian's Chromium. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: './test/e2e/global-setup.ts',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
