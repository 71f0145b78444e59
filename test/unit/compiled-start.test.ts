// The compiled start (issue 21): `kassa` runs the build of exactly its sources, never a stale one,
// and `kassa --help` lists the commands without loading their modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let copy: string;

function kassa(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(cwd, 'bin/kassa.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, KASSA_FROM_SOURCE: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const builds = (dir: string) =>
  fs.existsSync(path.join(dir, 'dist'))
    ? fs.readdirSync(path.join(dir, 'dist')).filter((f) => /^[0-9a-f]{16}$/.test(f))
    : [];

describe('compiled start', { timeout: 120_000 }, () => {
  beforeAll(() => {
    // A copy of the package (sharing node_modules), so the test can edit sources and break dist/.
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-build-'));
    for (const f of ['src', 'bin', 'scripts', 'package.json', 'tsconfig.json'])
      fs.cpSync(path.join(root, f), path.join(copy, f), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('kassa --help builds once, then runs the build and loads no command module', () => {
    const first = kassa(copy, ['--help']);
    expect(first.code).toBe(0);
    expect(builds(copy)).toHaveLength(1);
    const modules = path.join(copy, 'modules.txt');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        path.join(root, 'test/support/record-modules.mjs'),
        path.join(copy, 'bin/kassa.js'),
        '--help',
      ],
      { encoding: 'utf8', env: { ...process.env, KASSA_FROM_SOURCE: '', KASSA_RECORD_MODULES: modules } },
    );
    expect(r.status).toBe(0);
    const loaded = fs.readFileSync(modules, 'utf8');
    expect(loaded).toContain(`/dist/${builds(copy)[0]}/run.js`);
    for (const heavy of ['zod', 'kysely', '@electric-sql/pglite', 'fastify', 'echarts', 'src/cli/'])
      expect(loaded, heavy).not.toContain(heavy);
    // The same commands as the sources list, each with its arguments.
    const fromSource = kassa(copy, ['--help'], { KASSA_FROM_SOURCE: '1' });
    expect(r.stdout).toBe(fromSource.out);
    expect(r.stdout).toContain('import [options] <dir>');
  });

  it('a changed source is rebuilt before it runs; the old build is never run', () => {
    const before = builds(copy);
    const file = path.join(copy, 'src/cli/migrate.ts');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('Apply pending database migrations');
    fs.writeFileSync(file, text.replace('Apply pending database migrations', 'Bring the schema up to date'));
    const r = kassa(copy, ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Bring the schema up to date');
    expect(builds(copy)).toHaveLength(before.length + 1);
  });

  it('when no build of these sources can be made, the sources run, with a warning', () => {
    const file = path.join(copy, 'src/cli/migrate.ts');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('Bring the schema up to date', 'Migrate the database'),
    );
    fs.rmSync(path.join(copy, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(copy, 'dist'), 'not a folder'); // the build cannot write there
    const r = kassa(copy, ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Migrate the database');
    expect(r.err).toContain('running the sources through tsx');
    fs.rmSync(path.join(copy, 'dist'));
  });
});
