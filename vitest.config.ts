import { defineConfig } from 'vitest/config';

// Every project's first global setup gives the run a temporary folder of its own, removed at
// its end (tests/support/test-run-folder.ts).
// Unit tests run two files at a time: Vitest's default on two cores is one, and each unit
// test file keeps one core busy, so two at a time take little more than half as long.
// Build and browser tests run one file at a time. Each build keeps every core busy (its
// worker threads), and so does Chromium: on the two-core CI machine, two files side by side
// took as long as one after the other (docs/benchmarks.md, "The test suite's time"). And two
// Astro builds of one checkout at once would share its .astro/ folder, where Astro bundles the
// pages' code of a build whose output lies outside the project.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/support/test-run-folder.ts'], maxWorkers: 2 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Every build a test makes compares the output listing it worked out with the folder.
          env: { DISPATCH_CHECK_OUTPUT_LISTING: '1' },
          globalSetup: ['tests/support/test-run-folder.ts', 'tests/support/default-site.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          env: { DISPATCH_CHECK_OUTPUT_LISTING: '1' },
          globalSetup: ['tests/support/test-run-folder.ts', 'tests/support/default-site.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
