// The status of a membership on a date is written twice: as a pure rule (register/status.ts, used by
// the member page) and as set-based SQL (the key-figures report). On a generated population of every
// kind of member, both must count the same memberships as active, pensioner and former.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { generateToDirectory } from '../../src/register/generate';
import { importDirectory } from '../../src/register/import';
import { type MemberStatus, statusOn } from '../../src/register/status';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'kassa-status-'));
  try {
    generateToDirectory({ members: 1500, seed: 42, asOf: '2026-12-31' as IsoDate }, dir);
    const result = await importDirectory(t.db, { dir, env: 'training', actor: 'test' });
    if (!result.ok) throw new Error(`population rejected: ${result.errors.length} errors`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => t.dispose());

type Row = {
  membership_id: number;
  provider: string;
  death_date: IsoDate | null;
  kind: 'e' | 'p';
  start_date: IsoDate;
  end_date: IsoDate | null;
};

async function countsByRule(date: IsoDate): Promise<Record<string, Record<MemberStatus, number>>> {
  const { rows } = await sql<Row>`
    select m.id as membership_id, s.provider_code as provider, p.death_date, 'e' as kind, e.start_date, e.end_date
      from membership m join person p on p.id = m.person_id join scheme s on s.code = m.scheme_code
      join employment e on e.membership_id = m.id
    union all
    select m.id, s.provider_code, p.death_date, 'p', x.start_date, x.end_date
      from membership m join person p on p.id = m.person_id join scheme s on s.code = m.scheme_code
      join pension x on x.membership_id = m.id`.execute(t.db.kysely);
  const facts = new Map<
    number,
    { provider: string; deathDate: IsoDate | null; employments: Row[]; pensions: Row[] }
  >();
  for (const r of rows) {
    const f = facts.get(r.membership_id) ?? {
      provider: r.provider,
      deathDate: r.death_date,
      employments: [],
      pensions: [],
    };
    (r.kind === 'e' ? f.employments : f.pensions).push(r);
    facts.set(r.membership_id, f);
  }
  const counts: Record<string, Record<MemberStatus, number>> = {};
  for (const f of facts.values()) {
    const period = (r: Row) => ({ startDate: r.start_date, endDate: r.end_date });
    const status = statusOn(
      { employments: f.employments.map(period), pensions: f.pensions.map(period), deathDate: f.deathDate },
      date,
    );
    if (!status) continue;
    counts[f.provider] ??= { active: 0, pensioner: 0, former: 0 };
    (counts[f.provider] as Record<MemberStatus, number>)[status] += 1;
  }
  return counts;
}

describe(`status on a date, rule and report agree (${testDbKind()})`, () => {
  for (const date of ['2026-12-31', '2020-06-30', '2012-12-31'] as IsoDate[]) {
    it(`counts the same memberships per provider and status on ${date}`, async () => {
      const byRule = await countsByRule(date);
      const report = await computeKeyFigures(t.db, { date });
      const providers = Object.keys(byRule);
      expect(providers.length).toBeGreaterThan(1);
      let total = 0;
      for (const provider of providers) {
        const cell = report.membershipsByProvider[provider];
        const rule = byRule[provider] as Record<MemberStatus, number>;
        expect({
          provider,
          active: cell?.active,
          pensioners: cell?.pensioners,
          former: cell?.former,
        }).toEqual({
          provider,
          active: rule.active,
          pensioners: rule.pensioner,
          former: rule.former,
        });
        total += rule.active + rule.pensioner + rule.former;
      }
      expect(total).toBeGreaterThan(500);
    });
  }
});
