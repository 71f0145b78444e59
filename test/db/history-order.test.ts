// Issue #22 item 6: 50 parallel changes of one person. Nothing is lost, and the history gives the
// true order: every version is superseded exactly when its successor was recorded, and every
// change in the history goes from the name the person really had to the next one.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { personHistory } from '../../src/register/person-history';
import { registerDb } from '../../src/register/tables';
import { updatePerson } from '../../src/register/update-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { fnr } from '../support/identifiers';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

const N = 50;

describe('history order under concurrent changes', () => {
  it(`keeps ${N} parallel changes of one person in one unbroken chain`, async () => {
    const db = registerDb(t.db);
    const { id } = await db
      .insertInto('person')
      .values({
        national_id: fnr('010170'),
        birth_date: '1970-01-01' as IsoDate,
        name: 'Navn start',
        recorded_by: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = systemPrincipal('test');
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        updatePerson(db, admin, id, {
          name: `Navn ${i}`,
          validFrom: '2024-01-01' as IsoDate,
          reason: 'test',
        }),
      ),
    );

    // Stamps as text: microseconds (a JS Date keeps milliseconds).
    const { rows: versions } = await sql<{ name: string; recorded: string; superseded: string }>`
      select name, recorded_at::text as recorded, superseded_at::text as superseded
      from person_history where id = ${id} order by recorded_at`.execute(db);
    const { rows: currents } = await sql<{ name: string; recorded: string }>`
      select name, recorded_at::text as recorded from person where id = ${id}`.execute(db);
    const current = currents[0] as { name: string; recorded: string };
    expect(versions).toHaveLength(N);

    // The chain: in order of recording, each version ends exactly when the next one was recorded,
    // and no two versions share a stamp.
    for (let i = 0; i < versions.length; i++) {
      const next = versions[i + 1] ?? current;
      expect(versions[i]?.superseded, `version ${i}`).toBe(next.recorded);
    }
    expect(new Set([...versions.map((v) => v.recorded), current.recorded]).size).toBe(N + 1);
    const names = [...versions.map((v) => v.name), current.name];
    expect(names[0]).toBe('Navn start');
    expect(new Set(names).size).toBe(N + 1);

    // The audit log saw the same order: each change went from the name the person had before.
    const audits = await db
      .selectFrom('audit_log')
      .select(['details'])
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    const audited = audits.map(
      (a) => (a.details as { changed: { name: { from: string; to: string } } }).changed.name,
    );
    const byFrom = new Map(audited.map((c) => [c.from, c.to]));
    for (let i = 0; i + 1 < names.length; i++) expect(byFrom.get(names[i] as string)).toBe(names[i + 1]);

    // The history the API shows: newest first, each change from the previous name to the next.
    const changes = (await personHistory(db, admin, id))
      .filter((c) => c.entity === 'person' && c.action === 'changed')
      .reverse();
    expect(changes).toHaveLength(N);
    changes.forEach((c, i) => {
      expect(c.fields.find((f) => f.field === 'name')).toEqual({
        field: 'name',
        from: names[i],
        to: names[i + 1],
      });
    });
  }, 60_000);
});
