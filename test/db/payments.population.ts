/**
 * A small population for the payment tests, each person a named case of payments.md, loaded
 * through the migration import (the way a fund gets its pensions). Amounts in kroner.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Forskuddstrekk, Trekktabell } from '../../src/payments/tax-cards/protocol';
import type { Database } from '../../src/platform/db';
import { formatImportError, importDirectory } from '../../src/register/import';
import { account, fnr, orgnr } from '../support/identifiers';

export const EMPLOYER = orgnr('97476067');

export interface Case {
  key: string;
  nid: string;
  name: string;
  account: string | null;
  death?: string;
  pensions: { benefit: string; start: string; end?: string; annual: number }[];
  card: Forskuddstrekk | null;
}

export const CASES: Case[] = [
  {
    // 300 006 / 12 = 25 000.50 → 25 001 (half up); 30 % card → 7 500.30 → 7 500 (down).
    key: 'percentage',
    nid: fnr('140355'),
    name: 'Åse Prosent',
    account: account('1503123456'),
    pensions: [{ benefit: 'old_age', start: '2020-01-01', annual: 300006 }],
    card: { trekkode: 'pensjon', trekkprosent: { prosentsats: 30 } },
  },
  {
    // 240 000 / 12 = 20 000; TEST table 9901: 20 000 → 5 000.
    key: 'table',
    nid: fnr('020150'),
    name: 'Bjørn Tabell',
    account: account('1503223456'),
    pensions: [{ benefit: 'old_age', start: '2015-05-01', annual: 240000 }],
    card: { trekkode: 'pensjon', trekktabell: { tabellnummer: '9901', prosentsats: 35 } },
  },
  {
    // No card: 50 %. 120 001 / 12 = 10 000.08 → 10 000; 5 000 withheld.
    key: 'noCard',
    nid: fnr('311260'),
    name: 'Cato Uten-Kort',
    account: account('1503323456'),
    pensions: [{ benefit: 'disability', start: '2019-03-01', annual: 120001 }],
    card: null,
  },
  {
    // No account: held, listed as missingAccount.
    key: 'noAccount',
    nid: fnr('150561'),
    name: 'Dina Uten-Konto',
    account: null,
    pensions: [{ benefit: 'old_age', start: '2024-02-01', annual: 60000 }],
    card: { trekkode: 'pensjon', trekkprosent: { prosentsats: 20 } },
  },
  {
    // Starts on the 2nd: first paid the month after.
    key: 'startsLate',
    nid: fnr('010159'),
    name: 'Eli Senstart',
    account: account('1503423456'),
    pensions: [{ benefit: 'afp_62_65', start: '2026-01-02', annual: 36000 }],
    card: { trekkode: 'pensjon', trekkprosent: { prosentsats: 10 } },
  },
  {
    // Ended the day before the month: not paid.
    key: 'ended',
    nid: fnr('050550'),
    name: 'Frode Slutt',
    account: account('1503523456'),
    pensions: [{ benefit: 'afp_65_67', start: '2023-01-01', end: '2025-12-31', annual: 90000 }],
    card: null,
  },
  {
    // Two pensions, one payment; 25 % on the sum 12 000 + 3 000.
    key: 'two',
    nid: fnr('121248'),
    name: 'Gro & <To> Pensjoner',
    account: account('1503623456'),
    pensions: [
      { benefit: 'old_age', start: '2014-01-01', annual: 144000 },
      { benefit: 'spouse', start: '2021-09-01', annual: 36000 },
    ],
    card: { trekkode: 'pensjon', trekkprosent: { prosentsats: 25 } },
  },
  {
    // Alive on the first day of January (dies 2026-02-15 in the tests): paid for the month of death.
    key: 'dies',
    nid: fnr('070742'),
    name: 'Hans Dødsfall',
    account: account('1503723456'),
    pensions: [{ benefit: 'old_age', start: '2009-08-01', annual: 120000 }],
    card: { trekkode: 'pensjon', trekkprosent: { prosentsats: 20 } },
  },
];

/** A TEST withholding table, NOT a published one (the published values were not available). */
export const TEST_TABLE: Trekktabell = {
  inntektsaar: 2026,
  tabellnummer: '9901',
  trekkperiode: 1,
  linjer: [
    { fra: 0, trekk: 0 },
    { fra: 10000, trekk: 2000 },
    { fra: 20000, trekk: 5000 },
    { fra: 30000, trekk: 8000 },
  ],
  marginalProsent: 40,
};

export async function loadCases(db: Database, cases: Case[] = CASES): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-pay-'));
  const w = (f: string, s: string) => fs.writeFileSync(path.join(dir, f), s);
  w('employers.csv', `orgnr,name\n${EMPLOYER},Testkommune\n`);
  w('schemes.csv', 'scheme,provider,name\nFELLES,KLP,Fellesordningen\n');
  w(
    'persons.csv',
    `person_id,birth_date,name,death_date,account_number,address\n${cases
      .map((c) => {
        const d = c.nid;
        const yy = Number(d.slice(4, 6));
        const ind = Number(d.slice(6, 9));
        const century = ind < 500 ? 1900 : 2000;
        return `${d},${century + yy}-${d.slice(2, 4)}-${d.slice(0, 2)},${c.name},${c.death ?? ''},${c.account ?? ''},`;
      })
      .join('\n')}\n`,
  );
  w(
    'pensions.csv',
    `person_id,orgnr,scheme,benefit,start_date,end_date,grade_pct,annual_amount\n${cases
      .flatMap((c) =>
        c.pensions.map(
          (p) =>
            `${c.nid},${EMPLOYER},FELLES,${p.benefit},${p.start},${p.end ?? ''},${p.benefit === 'disability' ? 100 : ''},${p.annual}`,
        ),
      )
      .join('\n')}\n`,
  );
  const r = await importDirectory(db, {
    dir,
    env: 'production',
    actor: 'test',
    today: '2026-01-01' as never,
  });
  if (!r.ok) throw new Error(r.errors.map(formatImportError).join('\n'));
  const ids = await sql<{ id: number; national_id: string }>`select id, national_id from person`.execute(
    db.kysely,
  );
  const byNid = new Map(ids.rows.map((r) => [r.national_id, r.id]));
  return Object.fromEntries(cases.map((c) => [c.key, byNid.get(c.nid) as number]));
}

export const cardsOf = (cases: Case[] = CASES) => new Map(cases.map((c) => [c.nid, c.card]));
