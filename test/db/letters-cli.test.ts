/**
 * `kassa letters …` as an operator runs it (shared/contracts/letters.md), including a real
 * `kill -9` of the sending process half-way: the rerun finishes without a letter lost or sent
 * twice, checked against what the stand-in provider (in this process, outliving the child) holds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Standin,
  startContactRegisterStandin,
} from '../../src/documents/channel/standin-contact-register';
import {
  type MailboxStandin,
  StandinMode,
  startMailboxStandin,
} from '../../src/documents/channel/standin-mailbox';
import { documentDb } from '../../src/documents/tables';
import { type Database, openDatabase } from '../../src/platform/db';
import { migrate } from '../../src/platform/migrate';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';
import { addPersons } from './letters-support';

const SLOW = { timeout: 600_000 };
const YEAR = new Date().getFullYear() - 1;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let t: TestDatabase | undefined;
let tmp: string;
let env: NodeJS.ProcessEnv;
let krr: Standin;
let mailbox: MailboxStandin;
let totalsFile: string;
const N = 40;

async function openDb(): Promise<Database> {
  if (t) return t.db;
  return openDatabase({ dataDir: path.join(tmp, 'data') });
}
async function closeDb(db: Database) {
  if (!t) await db.close();
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-letters-cli-'));
  krr = await startContactRegisterStandin();
  mailbox = await startMailboxStandin();
  const { DATABASE_URL: _url, KASSA_ENV: _env, ...rest } = process.env;
  env = { ...rest, KASSA_LOG_LEVEL: 'silent', KASSA_KRR_URL: krr.url, KASSA_MAILBOX_URL: mailbox.url };
  if (testDbKind() === 'postgres') {
    t = await createTestDatabase();
    env.DATABASE_URL = t.url;
  } else env.KASSA_DATA_DIR = path.join(tmp, 'data');
  const db = await openDb();
  await migrate(db);
  const persons = await addPersons(db, N);
  await closeDb(db);
  totalsFile = path.join(tmp, 'totals.csv');
  fs.writeFileSync(
    totalsFile,
    `person_id,gross_ore,tax_ore\n${persons.map((p, i) => `${p.id},${25_000_000 + i * 100},${7_000_000}`).join('\n')}\n`,
  );
}, 120_000);
afterAll(async () => {
  await krr.close();
  await mailbox.close();
  await t?.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function start(
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['bin/kassa.js', 'letters', ...args], {
    env: { ...env, ...extraEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}
const kassa = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => start(args, extraEnv).done;

describe('kassa letters send --type annual_statement', () => {
  it(
    'killed with kill -9 half-way and run again, finishes without a letter lost or sent twice',
    SLOW,
    async () => {
      mailbox.mode = StandinMode.parse({ slowMs: 150 });
      const send = ['send', '--type', 'annual_statement', '--year', String(YEAR), '--totals', totalsFile];
      const first = start(send);
      for (let i = 0; i < 6000 && mailbox.messages.size < 3; i++) await new Promise((r) => setTimeout(r, 50));
      expect(mailbox.messages.size).toBeGreaterThanOrEqual(3);
      first.child.kill('SIGKILL');
      const killed = await first.done;
      expect(killed.code).toBe(null);
      const sentBeforeKill = mailbox.messages.size;

      mailbox.mode = StandinMode.parse({});
      const rerun = await kassa(send);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      const summary = JSON.parse(rerun.stdout);
      expect(Object.keys(summary)).toEqual(['letters', 'digital', 'paper', 'failed', 'alreadySent']);
      expect(summary.letters).toBe(N);
      expect(summary.digital + summary.paper + summary.failed + summary.alreadySent).toBe(N);
      expect(summary.failed).toBe(0);

      const db = await openDb();
      try {
        const letters = await documentDb(db)
          .selectFrom('letter')
          .select(['id', 'person_id', 'channel', 'state'])
          .execute();
        expect(letters).toHaveLength(N);
        expect(new Set(letters.map((l) => l.person_id)).size).toBe(N);
        const digital = letters.filter((l) => l.channel === 'digital');
        for (const l of letters)
          expect(l.channel === 'digital' ? ['accepted', 'delivered'] : ['printed']).toContain(l.state);
        // The provider holds exactly the digital letters, each once; some were posted again after the kill.
        expect(mailbox.messages.size).toBe(digital.length);
        expect([...mailbox.messages.keys()].sort()).toEqual(
          digital.map((l) => `kassa-letter-${l.id}`).sort(),
        );
        expect(sentBeforeKill).toBeLessThanOrEqual(digital.length);
      } finally {
        await closeDb(db);
      }

      const again = JSON.parse((await kassa(send)).stdout);
      expect(again).toEqual({ letters: N, digital: 0, paper: 0, failed: 0, alreadySent: N });
    },
  );

  it("counts the year's letters by type and channel", SLOW, async () => {
    const r = await kassa(['volumes', '--year', String(new Date().getFullYear()), '--format', 'json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(Object.keys(v)).toEqual(['year', 'byType', 'total']);
    const s = v.byType.annual_statement;
    expect(s.digital + s.paper).toBe(N);
    expect(v.total).toEqual(s);
    expect(s.digital).toBe(mailbox.messages.size);
  });

  it(
    'in production without a provider configured, refuses to start (exit 2), never silent paper',
    SLOW,
    async () => {
      const r = await kassa(
        ['send', '--type', 'annual_statement', '--year', String(YEAR), '--totals', totalsFile],
        {
          KASSA_KRR_URL: '',
          KASSA_MAILBOX_URL: '',
          KASSA_ENV: 'production',
        },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/KASSA_KRR_URL and KASSA_MAILBOX_URL/);
    },
  );
});

describe('kassa letters savings and forecast', () => {
  const costs = (c: unknown) => {
    const f = path.join(tmp, `costs-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(f, JSON.stringify(c));
    return f;
  };
  const good = {
    postage: 6.5,
    minuteCost: 6,
    runningCost: 50000,
    types: { annual_statement: { posted: true, minutes: 5 }, decision: { posted: true, kroner: 20 } },
  };

  it(
    'from planned volumes: postage if posted today, internal handling, net of the running cost',
    SLOW,
    async () => {
      const volumes = path.join(tmp, 'volumes.csv');
      fs.writeFileSync(volumes, 'type,letters\nannual_statement,10000\ndecision,1500\nfree,300\n');
      const r = await kassa(['savings', '--costs', costs(good), '--volumes', volumes, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        rows: [
          { type: 'annual_statement', letters: 10000, postage: 65000, internal: 300000, total: 365000 },
          { type: 'decision', letters: 1500, postage: 9750, internal: 30000, total: 39750 },
          { type: 'free', letters: 300, postage: 0, internal: 0, total: 0 },
        ],
        total: 404750,
        runningCost: 50000,
        net: 354750,
      });
      const csv = await kassa(['savings', '--costs', costs(good), '--volumes', volumes, '--format', 'csv']);
      expect(csv.stdout.split('\n').slice(0, 2)).toEqual([
        'type,letters,postage,internal,total',
        'annual_statement,10000,65000.00,300000.00,365000.00',
      ]);
      const pdf = path.join(tmp, 'savings.pdf');
      expect(
        (
          await kassa([
            'savings',
            '--costs',
            costs(good),
            '--volumes',
            volumes,
            '--format',
            'pdf',
            '--out',
            pdf,
          ])
        ).code,
      ).toBe(0);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it("from the year's own digital letters", SLOW, async () => {
    const r = await kassa([
      'savings',
      '--costs',
      costs(good),
      '--year',
      String(new Date().getFullYear()),
      '--format',
      'json',
    ]);
    const s = JSON.parse(r.stdout);
    const row = s.rows.find((x: { type: string }) => x.type === 'annual_statement');
    expect(row.letters).toBe(mailbox.messages.size);
    expect(row.total).toBeCloseTo(row.letters * 36.5, 6);
  });

  it.each([
    ['an unknown key', { ...good, currency: 'NOK' }, /currency/],
    ['a negative number', { ...good, postage: -1 }, /postage/],
    [
      'a type with both minutes and kroner',
      { ...good, types: { free: { posted: true, minutes: 2, kroner: 20 } } },
      /either minutes or kroner/,
    ],
    ['an unknown key in a type', { ...good, types: { free: { posted: true, minuts: 2 } } }, /minuts/],
  ])('rejects costs.json with %s: exit 1, nothing written', SLOW, async (_what, bad, message) => {
    const out = path.join(tmp, `never-${Math.random()}.json`);
    const volumes = path.join(tmp, 'volumes.csv');
    const r = await kassa([
      'savings',
      '--costs',
      costs(bad),
      '--volumes',
      volumes,
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('forecasts digital volumes from the plan', SLOW, async () => {
    const plan = path.join(tmp, 'plan.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({
        lettersPerRecipient: 13,
        years: [
          { year: 2027, recipients: 1000, digitalShare: 0.8 },
          { year: 2028, recipients: 1100, digitalShare: 0.85 },
        ],
      }),
    );
    const r = await kassa(['forecast', '--plan', plan, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { year: 2027, recipients: 1000, withMailbox: 800, letters: 13000, digitalLetters: 10400 },
      { year: 2028, recipients: 1100, withMailbox: 935, letters: 14300, digitalLetters: 12155 },
    ]);
    const bad = path.join(tmp, 'bad-plan.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        lettersPerRecipient: 13,
        years: [{ year: 2027, recipients: 1000, digitalShare: 1.5 }],
      }),
    );
    const r2 = await kassa(['forecast', '--plan', bad, '--format', 'json']);
    expect([r2.code, r2.stdout]).toEqual([1, '']);
  });
});
