/**
 * The `kassa` command. Exit codes (configuration contract): 0 done; 1 input rejected (nothing
 * written); 2 wrong usage; anything else is a fault.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config';
import { AppError } from '../platform/errors';
import { calcCommand } from './calc';
import { EXIT, RejectedError } from './exit';
import { generateCommand } from './generate';
import { importCommand } from './import';
import { migrateCommand } from './migrate';
import { reportCommand } from './report';
import { serveCommand, startCommand } from './serve';
import { userCommand } from './user';

export { EXIT, RejectedError };

export function buildProgram(): Command {
  const program = new Command('kassa')
    .description('Kassa: administration of public occupational pension funds')
    .showHelpAfterError()
    .exitOverride();
  for (const add of [
    serveCommand,
    startCommand,
    migrateCommand,
    importCommand,
    generateCommand,
    calcCommand,
    reportCommand,
    userCommand,
  ]) {
    add(program);
  }
  for (const c of program.commands) c.exitOverride().showHelpAfterError();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT.done : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not usage errors.
      return error.exitCode === 0 ? EXIT.done : EXIT.usage;
    }
    if (error instanceof RejectedError) return EXIT.rejected;
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AppError && error.code === 'invalid_input') {
      process.stderr.write(`${error.message}\n`);
      return EXIT.rejected;
    }
    process.stderr.write(
      `kassa: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.fault;
  }
}
