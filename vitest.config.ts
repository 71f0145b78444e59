import { defineConfig } from 'vitest/config';

// Three projects, run as separate steps by scripts/test.mjs:
//   unit     pure tests beside the code (server and web), the rules' golden cases (no database)
//   db       integration tests on a real database; KASSA_TEST_DB=pglite|postgres picks which
//   browser  whole user tasks in Debian's Chromium against a running server
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'test/rules/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'db', include: ['test/db/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
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
