/**
 * A hand-built population for the key-figures report where every number is known (reporting
 * date 2017-12-31, previous date 2016-12-31). The expected figures are worked out by hand in
 * key-figures.test.ts; each person below names the edge case it stands for.
 */
import type { Database } from '../../src/platform/db';

export const D = '2017-12-31';
export const E1 = '910000004'; // valid organisation numbers (mod 11)
export const E2 = '910000012';

interface Employment {
  from: string;
  to?: string;
  pct: number;
}
interface Pension {
  benefit: string;
  from: string;
  to?: string;
  grade?: number;
}
interface Member {
  person: string;
  employer: string;
  scheme: 'PKH-FELLES' | 'SPK-STAT';
  employments?: Employment[];
  pensions?: Pension[];
}

// person key → [birth date, death date]
export const PERSONS: Record<string, [string, string | null]> = {
  A: ['1970-05-10', null], // plain active
  B: ['1965-03-01', null], // 50 % disabled from 1 January, still working 50 %
  C: ['1980-12-31', null], // employment ends on the reporting date; birthday on it
  Dd: ['1990-06-15', null], // employment starts the day after the reporting date
  E: ['1960-02-10', null], // two memberships
  F: ['1950-01-01', '2017-06-30'], // old-age pensioner who died during the year
  G: ['1962-07-01', null], // disability grade exactly 20
  H: ['1975-01-01', null], // disability grade exactly 100, from service during the year
  I: ['1968-09-09', null], // disability grade 19.99
  J: ['1952-11-11', null], // spouse pension recipient (survivor of K)
  K: ['1950-04-04', '2016-02-10'], // dead before both dates
  L: ['1972-08-20', null], // former member
  M: ['1954-03-15', null], // full AFP 62–65 from service during the year
  N: ['1954-10-01', null], // active aged 63
  O: ['1953-01-20', null], // 85-year rule
  Q: ['1945-05-05', null], // old-age
  R: ['2005-02-02', null], // child pension
  S: ['1951-06-06', null], // partial AFP 65–67 (60 %), still working 40 %
  T: ['1995-01-15', null], // new member during the year
  U: ['1950-08-01', null], // former member who starts old-age during the year (not "from service")
};

export const MEMBERS: Member[] = [
  { person: 'A', employer: E1, scheme: 'PKH-FELLES', employments: [{ from: '2010-01-01', pct: 100 }] },
  {
    person: 'B',
    employer: E1,
    scheme: 'PKH-FELLES',
    employments: [
      { from: '2005-01-01', to: '2016-12-31', pct: 100 },
      { from: '2017-01-01', pct: 50 },
    ],
    pensions: [{ benefit: 'disability', from: '2017-01-01', grade: 50 }],
  },
  {
    person: 'C',
    employer: E1,
    scheme: 'PKH-FELLES',
    employments: [{ from: '2015-06-01', to: '2017-12-31', pct: 80 }],
  },
  { person: 'Dd', employer: E1, scheme: 'PKH-FELLES', employments: [{ from: '2018-01-01', pct: 100 }] },
  { person: 'E', employer: E1, scheme: 'PKH-FELLES', employments: [{ from: '2000-01-01', pct: 60 }] },
  { person: 'E', employer: E2, scheme: 'SPK-STAT', employments: [{ from: '2012-01-01', pct: 40 }] },
  {
    person: 'F',
    employer: E2,
    scheme: 'SPK-STAT',
    employments: [{ from: '1975-01-01', to: '2015-01-31', pct: 100 }],
    pensions: [{ benefit: 'old_age', from: '2015-02-01' }],
  },
  {
    person: 'G',
    employer: E2,
    scheme: 'SPK-STAT',
    employments: [{ from: '1995-01-01', to: '2016-06-30', pct: 100 }],
    pensions: [{ benefit: 'disability', from: '2016-07-01', grade: 20 }],
  },
  {
    person: 'H',
    employer: E2,
    scheme: 'SPK-STAT',
    employments: [{ from: '2000-01-01', to: '2017-03-31', pct: 100 }],
    pensions: [{ benefit: 'disability', from: '2017-04-01', grade: 100 }],
  },
  {
    person: 'I',
    employer: E1,
    scheme: 'SPK-STAT',
    employments: [{ from: '2001-01-01', pct: 100 }],
    pensions: [{ benefit: 'disability', from: '2010-01-01', grade: 19.99 }],
  },
  { person: 'J', employer: E1, scheme: 'PKH-FELLES', pensions: [{ benefit: 'spouse', from: '2016-03-01' }] },
  {
    person: 'K',
    employer: E1,
    scheme: 'PKH-FELLES',
    employments: [{ from: '1980-01-01', to: '2015-12-31', pct: 100 }],
    pensions: [{ benefit: 'old_age', from: '2016-01-01', to: '2016-02-29' }],
  },
  {
    person: 'L',
    employer: E2,
    scheme: 'SPK-STAT',
    employments: [{ from: '2005-01-01', to: '2012-12-31', pct: 100 }],
  },
  {
    person: 'M',
    employer: E1,
    scheme: 'PKH-FELLES',
    employments: [{ from: '1990-01-01', to: '2017-02-28', pct: 100 }],
    pensions: [{ benefit: 'afp_62_65', from: '2017-03-01' }],
  },
  { person: 'N', employer: E2, scheme: 'SPK-STAT', employments: [{ from: '1985-01-01', pct: 100 }] },
  {
    person: 'O',
    employer: E1,
    scheme: 'SPK-STAT',
    employments: [{ from: '1980-01-01', to: '2015-12-31', pct: 100 }],
    pensions: [{ benefit: 'rule_85', from: '2016-01-01' }],
  },
  {
    person: 'Q',
    employer: E2,
    scheme: 'PKH-FELLES',
    employments: [{ from: '1970-01-01', to: '2012-05-31', pct: 100 }],
    pensions: [{ benefit: 'old_age', from: '2012-06-01' }],
  },
  {
    person: 'R',
    employer: E2,
    scheme: 'PKH-FELLES',
    pensions: [{ benefit: 'child', from: '2016-09-01', to: '2023-02-28' }],
  },
  {
    person: 'S',
    employer: E2,
    scheme: 'SPK-STAT',
    employments: [{ from: '1990-01-01', pct: 40 }],
    pensions: [{ benefit: 'afp_65_67', from: '2016-07-01', grade: 60 }],
  },
  { person: 'T', employer: E2, scheme: 'PKH-FELLES', employments: [{ from: '2017-08-01', pct: 100 }] },
  {
    person: 'U',
    employer: E1,
    scheme: 'SPK-STAT',
    employments: [{ from: '1975-01-01', to: '2005-12-31', pct: 100 }],
    pensions: [{ benefit: 'old_age', from: '2017-08-01' }],
  },
];

/** Inserts the population through SQL (the import library is another capability's). */
export async function insertPopulation(db: Database): Promise<void> {
  await db.batch(async (s) => {
    const by = 'test';
    await s.query(
      `insert into provider (code, name, recorded_by) values ('PKH', 'Pensjonskasse H', $1), ('SPK', 'Statens pensjonskasse', $1)`,
      [by],
    );
    await s.query(
      `insert into scheme (code, provider_code, name, recorded_by) values
       ('PKH-FELLES', 'PKH', 'Fellesordningen', $1), ('SPK-STAT', 'SPK', 'Statlig ordning', $1)`,
      [by],
    );
    await s.query(
      `insert into employer (orgnr, name, recorded_by) values ($1, 'Kommune En', $3), ($2, 'Etat To', $3)`,
      [E1, E2, by],
    );
    const personId = new Map<string, number>();
    let seq = 0;
    for (const [key, [birth, death]] of Object.entries(PERSONS)) {
      seq += 1;
      const nid = `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}${String(10000 + seq).slice(1)}0`;
      const [row] = await s.query<{ id: number }>(
        `insert into person (national_id, birth_date, name, death_date, recorded_by) values ($1, $2, $3, $4, $5) returning id`,
        [nid, birth, `Person ${key}`, death, by],
      );
      personId.set(key, row?.id ?? 0);
    }
    const orgId = new Map(
      (await s.query<{ id: number; orgnr: string }>('select id, orgnr from employer')).map((r) => [
        r.orgnr,
        r.id,
      ]),
    );
    for (const m of MEMBERS) {
      const [row] = await s.query<{ id: number }>(
        `insert into membership (person_id, employer_id, scheme_code, kind, recorded_by) values ($1, $2, $3, $4, $5) returning id`,
        // A spouse's or child's pension is paid on the survivor's membership of kind 'survivor'.
        [
          personId.get(m.person),
          orgId.get(m.employer),
          m.scheme,
          m.pensions?.some((p) => p.benefit === 'spouse' || p.benefit === 'child') ? 'survivor' : 'own',
          by,
        ],
      );
      const id = row?.id;
      for (const e of m.employments ?? []) {
        await s.query(
          `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
           values ($1, $2, $3, $4, 50000000, $5)`,
          [id, e.from, e.to ?? null, e.pct, by],
        );
      }
      for (const p of m.pensions ?? []) {
        await s.query(
          `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount, deceased_person_id, recorded_by)
           values ($1, $2, $3, $4, $5, 10000000, $6, $7)`,
          [
            id,
            p.benefit,
            p.from,
            p.to ?? null,
            p.grade ?? null,
            p.benefit === 'spouse' ? personId.get('K') : null,
            by,
          ],
        );
      }
    }
    // Finance: 2017 counts for the 2017-12-31 report; the 2016 row must not.
    await s.query(
      `insert into finance_figure (employer_id, scheme_code, year, premium, premium_reserve, pension_cost, recorded_by) values
       ($1, 'PKH-FELLES', 2017, 100000050, 2500000000, 75000049, $3),
       ($1, 'PKH-FELLES', 2016, 99900, 99900, 99900, $3),
       ($2, 'SPK-STAT', 2017, 50000000, 800000000, 30000000, $3)`,
      [orgId.get(E1), orgId.get(E2), by],
    );
  });
}
