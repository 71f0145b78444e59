// A database migrated by a newer Kassa (restored from its backup or pg_dump) is refused with a
// clear message, instead of being run by code that does not know its schema (issue 21).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError, migrate } from '../../src/platform/migrate';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;

describe('migrations from a newer Kassa', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.dispose());

  it('refuses to run on a schema with migrations this version does not know', async () => {
    await expect(migrate(t.db)).resolves.toEqual([]);
    await sql`insert into schema_migration (name, checksum) values ('9999_from_the_future.sql', 'x')`.execute(
      t.db.kysely,
    );
    const attempt = migrate(t.db);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(migrate(t.db)).rejects.toThrow(
      'the database was migrated by a newer Kassa (migration(s) 9999_from_the_future.sql are unknown to this version)',
    );
  });
});
