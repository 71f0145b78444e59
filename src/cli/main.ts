/**
 * The `kassa` command. Exit codes (configuration contract): 0 done; 1 input rejected (nothing
 * written); 2 wrong usage; anything else is a fault.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config';
import { AppError } from '../platform/errors';
import { EXIT, RejectedError, UsageError } from './exit';

export { EXIT, RejectedError, UsageError };

type AddCommand = (program: Command) => void;

/**
 * Each command's module, loaded only when needed: `kassa calc` must not pay seconds of start-up
 * for the server, database and PDF modules of the other commands (calc.md: 100 000 requests/s).
 */
const COMMANDS: Record<string, () => Promise<AddCommand[]>> = {
  serve: async () => [(await import('./serve')).serveCommand],
  start: async () => [(await import('./serve')).startCommand],
  migrate: async () => [(await import('./migrate')).migrateCommand],
  import: async () => [(await import('./import')).importCommand],
  generate: async () => [(await import('./generate')).generateCommand],
  calc: async () => [(await import('./calc')).calcCommand],
  report: async () => [(await import('./report')).reportCommand],
  user: async () => [(await import('./user')).userCommand],
  pay: async () => [(await import('./pay')).payCommand],
  regulate: async () => [(await import('./regulate')).regulateCommand],
  letters: async () => [(await import('./letters')).lettersCommand],
};

/** The program with the named command only, or with every command (for help and unknown names). */
export async function buildProgram(command?: string): Promise<Command> {
  const program = new Command('kassa')
    .description('Kassa: administration of public occupational pension funds')
    .showHelpAfterError()
    .exitOverride();
  const load =
    command !== undefined && Object.hasOwn(COMMANDS, command) ? [COMMANDS[command]] : Object.values(COMMANDS);
  for (const adders of await Promise.all(load.map((l) => l?.() ?? [])))
    for (const add of adders) add(program);
  for (const c of program.commands) c.exitOverride().showHelpAfterError();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv[2])).parseAsync(argv);
    return process.exitCode === undefined ? EXIT.done : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not usage errors.
      return error.exitCode === 0 ? EXIT.done : EXIT.usage;
    }
    if (error instanceof RejectedError) return EXIT.rejected;
    if (error instanceof ConfigError || error instanceof UsageError) {
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
