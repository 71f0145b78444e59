/** `kassa import` (being built). */
import type { Command } from 'commander';

export function importCommand(program: Command) {
  program
    .command('import')
    .description('(being built)')
    .action(() => {
      throw new Error('kassa import is not built yet');
    });
}
