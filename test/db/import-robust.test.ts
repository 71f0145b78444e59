// Issue #22 items 4 and 5: broken import folders are reported as `file:line: column: reason`
// (exit 1), never a crash; invalid UTF-8 is a row error; `--encoding` reads Latin-1 and
// Windows-1252 exports. Into an empty register (the initial load, where the crashes were).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatImportError, importDirectory } from '../../src/register/import';
import type { CsvEncoding } from '../../src/register/import/csv';
import { registerDb } from '../../src/register/tables';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

const OK = path.resolve('test/fixtures/import/ok');
let t: TestDatabase;
let tmp: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-import-robust-'));
});
afterAll(async () => {
  await t.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A copy of the good fixture folder with one change. */
function folder(name: string, change: (dir: string) => void): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(OK)) fs.copyFileSync(path.join(OK, f), path.join(dir, f));
  change(dir);
  return dir;
}

const persons = (dir: string) => path.join(dir, 'persons.csv');
const personsText = () => fs.readFileSync(path.join(OK, 'persons.csv'), 'utf8').replace(/^\ufeff/, '');

async function lines(dir: string, encoding?: CsvEncoding) {
  const r = await importDirectory(t.db, {
    dir,
    env: 'production',
    actor: 'test',
    ...(encoding ? { encoding } : {}),
  });
  return r.ok ? [] : r.errors.map(formatImportError);
}

async function personCount() {
  const r = await registerDb(t.db)
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('broken import folders give row errors, not crashes', () => {
  it('a duplicated employments.csv row', async () => {
    const dir = folder('dup', (d) => {
      const f = path.join(d, 'employments.csv');
      const rows = fs.readFileSync(f, 'utf8').trimEnd().split('\n');
      fs.appendFileSync(f, `${rows.at(-1)}\n`);
    });
    expect(await lines(dir)).toEqual([
      `employments.csv:${fs.readFileSync(path.join(dir, 'employments.csv'), 'utf8').trimEnd().split('\n').length}: start_date: duplicate of line ${fs.readFileSync(path.join(dir, 'employments.csv'), 'utf8').trimEnd().split('\n').length - 1} (same membership and start_date)`,
    ]);
  });

  for (const [name, change] of [
    ['missing', (d: string) => fs.rmSync(persons(d))],
    ['empty', (d: string) => fs.writeFileSync(persons(d), '')],
    ['header only', (d: string) => fs.writeFileSync(persons(d), 'person_id,birth_date,name,death_date\n')],
  ] as const) {
    it(`persons.csv ${name}: the employments name the persons they miss`, async () => {
      const errors = await lines(folder(`persons-${name}`, change));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors)
        expect(e).toMatch(/^(employments|pensions)\.csv:\d+: person_id: no such person/);
    });
  }

  it('persons.csv is a folder', async () => {
    const dir = folder('folder', (d) => {
      fs.rmSync(persons(d));
      fs.mkdirSync(persons(d));
    });
    expect(await lines(dir)).toEqual(['persons.csv:0: file: is not a file (a folder?)']);
  });

  it('a NUL byte in a name', async () => {
    const dir = folder('nul', (d) =>
      fs.writeFileSync(persons(d), personsText().replace('Bjørn', 'Bj\u0000rn')),
    );
    expect(await lines(dir)).toContain('persons.csv:4: name: contains a NUL byte');
  });

  it('a name longer than 200 characters', async () => {
    const dir = folder('long', (d) =>
      fs.writeFileSync(persons(d), personsText().replace('Kåre Lie', 'Å'.repeat(1500))),
    );
    expect(await lines(dir)).toEqual(['persons.csv:5: name: is longer than 200 characters (1500)']);
  });

  it('a Latin-1 file read as UTF-8: a row error naming the line and column', async () => {
    const dir = folder('latin1-as-utf8', (d) =>
      fs.writeFileSync(
        persons(d),
        Buffer.from(personsText().replace('Dragan Ćosić', 'Dragan Cosic'), 'latin1'),
      ),
    );
    const errors = await lines(dir);
    expect(errors).toContain(
      'persons.csv:2: name: is not valid UTF-8 (a Latin-1 or Windows-1252 export? see --encoding)',
    );
    expect(await personCount()).toBe(0);
  });

  it('--encoding latin1 and windows-1252 read a legacy export correctly', async () => {
    const text = personsText()
      .replace('Dragan Ćosić', 'Dragan Cosic')
      .replace('Ødegård, Åse Marie', 'Øystein Åsbø');
    const dir = folder('latin1', (d) => fs.writeFileSync(persons(d), Buffer.from(text, 'latin1')));
    expect(await lines(dir, 'windows-1252')).toEqual([]);
    const names = (await registerDb(t.db).selectFrom('person').select('name').execute()).map((r) => r.name);
    expect(names).toContain('Øystein Åsbø');
    expect(names).toContain('Bjørn Æsir');
    expect(names.join('')).not.toContain('\ufffd');
  });

  it('the command exits 1 with the report (not 3 with a stack trace)', { timeout: 120_000 }, async () => {
    const dir = folder('cli', (d) =>
      fs.writeFileSync(persons(d), personsText().replace('Bjørn', 'Bj\u0000rn')),
    );
    const { DATABASE_URL: _u, KASSA_ENV: _e, ...rest } = process.env;
    const env: NodeJS.ProcessEnv = { ...rest, KASSA_LOG_LEVEL: 'silent' };
    if (testDbKind() === 'postgres') env.DATABASE_URL = t.url;
    else env.KASSA_DATA_DIR = path.join(tmp, 'cli-data');
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/kassa.js', 'import', dir, '--encoding', 'utf8'], { env });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(run.stderr).toContain('persons.csv:4: name: contains a NUL byte');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });
});
