import { defineConfig } from 'vitest/config';

// Pure tests of the web UI's formatting, catalogues and report tables (no browser). Run with
// `npx vitest run --config web/vitest.config.ts`; the root config's unit project can include
// the same glob.
export default defineConfig({
  test: { name: 'web', root: new URL('..', import.meta.url).pathname, include: ['web/src/**/*.test.ts'] },
});
