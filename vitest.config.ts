import { defineConfig } from 'vitest/config';

// Two test files at a time, whatever the machine: Vitest's default leaves one core idle, which
// on a two-core CI runner made every file wait for the one before. The unit tests run first;
// then the build and browser tests, two files at a time. A build keeps a core busy while a
// browser test mostly waits on Chromium, and every test builds into folders of its own
// (tests/support/build-site.ts), so any two can run side by side.
const WORKERS = 2;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: WORKERS, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/default-site.ts'],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/default-site.ts'],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
