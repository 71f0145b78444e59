// Platform: migrations, history and audit on the real database (PGlite or PostgreSQL).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../src/platform/audit';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { authenticate, createUser } from '../../src/platform/auth/users';
import { listMigrations, migrate } from '../../src/platform/migrate';
import { registerDb } from '../../src/register/tables';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

describe(`platform on ${testDbKind()}`, () => {
  it('runs every migration once: a second run applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from schema_migration order by name`.execute(
      t.db.kysely,
    );
    expect(applied.rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
  });

  it('numbers migrations uniquely across capabilities', () => {
    const numbers = listMigrations().map((m) => m.name.slice(0, 4));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const first = listMigrations()[0];
    if (!first) throw new Error('no migrations');
    await sql`update schema_migration set checksum = 'edited' where name = ${first.name}`.execute(
      t.db.kysely,
    );
    await expect(migrate(t.db)).rejects.toThrow(/was changed after it was applied/);
    await sql`update schema_migration set checksum = ${first.checksum} where name = ${first.name}`.execute(
      t.db.kysely,
    );
  });

  it('keeps the superseded version of a changed row, with who recorded it and when it was superseded', async () => {
    const db = registerDb(t.db);
    await db
      .insertInto('employer')
      .values({ orgnr: '974760673', name: 'Old name', recorded_by: 'alice' })
      .execute();
    await db
      .updateTable('employer')
      .set({ name: 'New name', recorded_by: 'bob' })
      .where('orgnr', '=', '974760673')
      .execute();
    const current = await db
      .selectFrom('employer')
      .selectAll()
      .where('orgnr', '=', '974760673')
      .executeTakeFirstOrThrow();
    const history = await db
      .selectFrom('employer_history')
      .selectAll()
      .where('orgnr', '=', '974760673')
      .execute();
    expect(current).toMatchObject({ name: 'New name', recorded_by: 'bob' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ name: 'Old name', recorded_by: 'alice' });
    expect(history[0]?.superseded_at).toBeInstanceOf(Date);
    await db.deleteFrom('employer').where('orgnr', '=', '974760673').execute();
    expect(
      await db.selectFrom('employer_history').select('name').where('orgnr', '=', '974760673').execute(),
    ).toHaveLength(2);
  });

  it('rolls the audit row back together with the change it describes', async () => {
    const db = registerDb(t.db);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('provider')
          .values({ code: 'TMP', name: 'Temporary', recorded_by: 'x' })
          .execute();
        await writeAudit(trx, 'x', { action: 'create', entity: 'provider', entityId: 'TMP' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.selectFrom('provider').select('code').where('code', '=', 'TMP').execute()).toEqual([]);
    expect(await db.selectFrom('audit_log').select('id').where('entity_id', '=', 'TMP').execute()).toEqual(
      [],
    );
  });

  it('stores money as øre and dates as calendar strings', async () => {
    const db = registerDb(t.db);
    const row = await sql<{
      d: string;
      o: number;
      p: number;
    }>`select date '2024-02-29' as d, 65000050::bigint as o, 33.33::numeric(5,2) as p`.execute(db);
    expect(row.rows[0]).toEqual({ d: '2024-02-29', o: 65000050, p: 33.33 });
  });

  it('signs in a user by password and never by a wrong one', async () => {
    await createUser(t.db, systemPrincipal(), {
      username: 'kari',
      displayName: 'Kari',
      password: 'correct horse',
      grants: [{ role: 'case_handler', orgnr: null }],
    });
    expect((await authenticate(t.db, 'kari', 'correct horse'))?.grants).toEqual([
      { role: 'case_handler', orgnr: null },
    ]);
    expect(await authenticate(t.db, 'kari', 'wrong')).toBeUndefined();
    expect(await authenticate(t.db, 'nobody', 'correct horse')).toBeUndefined();
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });
});
