/** `kassa generate` (being built). */
import type { Command } from 'commander';

export function generateCommand(program: Command) {
  program
    .command('generate')
    .description('(being built)')
    .action(() => {
      throw new Error('kassa generate is not built yet');
    });
}
