/** `kassa report` (being built). */
import type { Command } from 'commander';

export function reportCommand(program: Command) {
  program
    .command('report')
    .description('(being built)')
    .action(() => {
      throw new Error('kassa report is not built yet');
    });
}
