// Platform: migrations, history and audit on the real database (PGlite or PostgreSQL).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../src/platform/audit';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { authenticate, createUser } from '../../src/platform/auth/users';
import { listMigrations, migrate } from '../../src/platform/migrate';
import { PREPARED } from '../../src/platform/prepared';
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

  it('keeps history by column name, so a column added later lands in its own column', async () => {
    await sql`create table gadget (id int primary key, name text, recorded_at timestamptz not null default now(), recorded_by text not null)`.execute(
      t.db.kysely,
    );
    await sql`create table gadget_history (like gadget, superseded_at timestamptz not null)`.execute(
      t.db.kysely,
    );
    await sql`create trigger keep_history after update or delete on gadget for each row execute function kassa_keep_history()`.execute(
      t.db.kysely,
    );
    await sql`alter table gadget add column colour text`.execute(t.db.kysely);
    await sql`alter table gadget_history add column colour text`.execute(t.db.kysely);
    await sql`insert into gadget (id, name, recorded_by, colour) values (1, 'first', 'a', 'red')`.execute(
      t.db.kysely,
    );
    await sql`update gadget set name = 'second', colour = 'blue' where id = 1`.execute(t.db.kysely);
    const { rows } = await sql<{ name: string; colour: string; recorded_by: string; superseded_at: Date }>`
      select name, colour, recorded_by, superseded_at from gadget_history`.execute(t.db.kysely);
    expect(rows).toEqual([
      { name: 'first', colour: 'red', recorded_by: 'a', superseded_at: expect.any(Date) },
    ]);
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
      { role: 'case_handler', orgnr: null, orgUnit: null },
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

  it('a statement kept prepared still answers after the table it reads changed shape (issue #22)', async () => {
    await sql`create table prepared_probe (id integer)`.execute(t.db.kysely);
    await sql`insert into prepared_probe values (1)`.execute(t.db.kysely);
    const read = () => sql`${PREPARED} select * from prepared_probe where id = ${1}`.execute(t.db.kysely);
    // the pool has several connections: enough runs to prepare it on each of them in use
    for (let i = 0; i < 12; i++) expect((await read()).rows).toEqual([{ id: 1 }]);
    await sql`alter table prepared_probe add column note text`.execute(t.db.kysely);
    for (let i = 0; i < 12; i++) expect((await read()).rows).toEqual([{ id: 1, note: null }]);
    await sql`drop table prepared_probe`.execute(t.db.kysely);
  });
});
