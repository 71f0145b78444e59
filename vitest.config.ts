import { defineConfig } from 'vitest/config';

// Three projects, run as separate steps by scripts/test.mjs:
//   unit     pure tests beside the code (server and web), the rules' golden cases (no database)
//   db       integration tests on a real database; KASSA_TEST_DB=pglite|postgres picks which
//            (db-solo: the few that must run alone)
//   browser  whole user tasks in Debian's Chromium against a running server
const SOLO = ['test/db/render-off-thread.test.ts', 'test/db/shutdown.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: 2,
          // A few property and calendar sweeps take seconds; the default 5 s is tight on a busy machine.
          testTimeout: 30_000,
          include: [
            'src/**/*.test.ts',
            'test/rules/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
        },
      },
      {
        // Two files at once: most of a database test is waiting (on the server, a child process),
        // and vitest's default on 2 cores is one file at a time.
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          exclude: SOLO,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      // What measures responsiveness runs alone, so a neighbour's load does not fail it.
      { test: { name: 'db-solo', include: SOLO, maxWorkers: 1, testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
