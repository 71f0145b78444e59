/** `kassa calc` (being built). */
import type { Command } from 'commander';

export function calcCommand(program: Command) {
  program
    .command('calc')
    .description('(being built)')
    .action(() => {
      throw new Error('kassa calc is not built yet');
    });
}
