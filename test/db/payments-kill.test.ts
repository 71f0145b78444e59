/**
 * Exactly once under a real `kill -9` (payments.md; issue #18 item 4): `kassa pay` is started as a
 * child process on a generated population and killed with SIGKILL at several moments of its run;
 * started again, it ends with exactly the payments and the bank file of an uninterrupted run on a
 * copy of the same database. On PGlite (a data folder) and on PostgreSQL (a template copy).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db';
import { TEST_PG_URL, testDbKind } from '../support/db';

const KASSA = path.resolve('bin/kassa.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-kill-'));
const kind = testDbKind();
const suffix = Math.random().toString(36).slice(2, 8);
const names = { a: `kassa_test_kill_a_${suffix}`, b: `kassa_test_kill_b_${suffix}` };
const url = (db: string) => TEST_PG_URL.replace(/\/[^/]*$/, `/${db}`);

function env(which: 'a' | 'b'): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, KASSA_ENV: 'training', KASSA_LOG_LEVEL: 'silent' };
  delete e.KASSA_TAX_CARD_URL;
  if (kind === 'postgres') e.DATABASE_URL = url(names[which]);
  else {
    delete e.DATABASE_URL;
    e.KASSA_DATA_DIR = path.join(work, which);
  }
  return e;
}

function kassa(which: 'a' | 'b', args: string[]) {
  const r = spawnSync(process.execPath, [KASSA, ...args], { env: env(which), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kassa ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const PAY = ['pay', '--month', '2026-01', '--pay-date', '2026-01-20'];
const fileOf = (which: 'a' | 'b') => path.join(work, `${which}.xml`);

/** Starts `kassa pay` and kills it with SIGKILL after `ms`; true if it was still running then. */
function killAfter(which: 'a' | 'b', ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [KASSA, ...PAY, '--out', fileOf(which)], {
      env: env(which),
      stdio: 'ignore',
    });
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    setTimeout(() => {
      const running = !exited;
      if (running) child.kill('SIGKILL');
      child.on('close', () => resolve(running));
      if (!running) resolve(false);
    }, ms);
  });
}

async function digest(which: 'a' | 'b') {
  const db = await openDatabase(
    kind === 'postgres' ? { databaseUrl: url(names[which]) } : { dataDir: path.join(work, which) },
  );
  try {
    const q = async (text: string) => JSON.stringify((await sql.raw(text).execute(db.kysely)).rows);
    return {
      payments: await q(
        'select person_id, month, account_number, gross, withholding, deduction, net, tax_basis, end_to_end_id from payment order by person_id',
      ),
      lines: await q(
        'select person_id, pension_id, for_month, gross from payment_line order by pension_id, for_month',
      ),
      holds: await q('select person_id, reason, gross from payment_hold order by person_id'),
      runs: await q('select count(*)::int as n, sum(net)::bigint as net from payment_run'),
      // The file's bytes but for the message id and creation time, which name the run itself.
      file: fs
        .readFileSync(fileOf(which), 'utf8')
        .replace(/KASSA-2026-01-[0-9A-Z]+/g, 'MSG')
        .replace(/<CreDtTm>[^<]+</, '<CreDtTm>T<'),
    };
  } finally {
    await db.close();
  }
}

describe(`kassa pay killed with SIGKILL resumes to the same payments (${kind})`, () => {
  beforeAll(async () => {
    const gen = path.join(work, 'gen');
    kassa('a', ['generate', '--members', '2500', '--out', gen, '--seed', '7']);
    if (kind === 'postgres') {
      const admin = new pg.Client(TEST_PG_URL);
      await admin.connect();
      await admin.query(`create database ${names.a}`);
      await admin.end();
    }
    kassa('a', ['import', gen]);
    if (kind === 'postgres') {
      const admin = new pg.Client(TEST_PG_URL);
      await admin.connect();
      await admin.query(`create database ${names.b} template ${names.a}`);
      await admin.end();
    } else fs.cpSync(path.join(work, 'a'), path.join(work, 'b'), { recursive: true });
  }, 600_000);

  afterAll(async () => {
    if (kind === 'postgres') {
      const admin = new pg.Client(TEST_PG_URL);
      await admin.connect();
      for (const n of Object.values(names)) await admin.query(`drop database if exists ${n} with (force)`);
      await admin.end();
    }
    // PGlite may still flush a closed data folder for a moment.
    await new Promise((r) => setTimeout(r, 2000));
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('ends with exactly the payments and file of an uninterrupted run', async () => {
    const started = Date.now();
    const reference = JSON.parse(kassa('b', [...PAY, '--out', fileOf('b')]));
    const took = Date.now() - started;
    expect(reference.payments).toBeGreaterThan(300);

    // Kill at several moments of a run as long as the uninterrupted one: start-up, the
    // transaction, the bank file. At least one kill must have hit a running process.
    let killed = 0;
    for (const share of [0.4, 0.75, 0.95]) if (await killAfter('a', Math.round(took * share))) killed++;
    expect(killed).toBeGreaterThan(0);
    const resumed = JSON.parse(kassa('a', [...PAY, '--out', fileOf('a')]));
    expect({ ...resumed, file: '', alreadyPaid: false, runId: 0 }).toEqual({
      ...reference,
      file: '',
      alreadyPaid: false,
      runId: 0,
    });
    const [a, b] = [await digest('a'), await digest('b')];
    expect(a.payments).toEqual(b.payments);
    expect(a.lines).toEqual(b.lines);
    expect(a.holds).toEqual(b.holds);
    expect(a.runs).toEqual(b.runs);
    expect(a.file).toEqual(b.file);
    // And once more: nothing changes.
    const again = JSON.parse(kassa('a', [...PAY, '--out', fileOf('a')]));
    expect(again).toMatchObject({ alreadyPaid: true, net: reference.net, payments: reference.payments });
  }, 900_000);
});
