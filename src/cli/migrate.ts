/** `kassa migrate`: apply pending migrations and stop. */
import type { Command } from 'commander';
import { loadConfig } from '../platform/config';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (also done at every start)')
    .action(async () => {
      const [{ openDatabase }, { migrate }] = await Promise.all([
        import('../platform/db'),
        import('../platform/migrate'),
      ]);
      const config = loadConfig();
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrate(db);
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
        );
      } finally {
        await db.close();
      }
    });
}
