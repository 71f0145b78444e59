/**
 * The `kassa` command. Exit codes (configuration contract): 0 done; 1 input rejected (nothing
 * written); 2 wrong usage; anything else is a fault.
 */
import fs from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import { ConfigError } from '../platform/config-error';
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
  worker: async () => [(await import('./worker')).workerCommand],
  backup: async () => [(await import('./backup')).backupCommand],
  restore: async () => [(await import('./backup')).restoreCommand],
};

/**
 * What the program's help shows of one command. The build records them for every command
 * (dist/<fingerprint>/commands.json), so `kassa --help` lists the commands without loading them.
 */
export interface CommandSummary {
  name: string;
  term: string;
  description: string;
}

/**
 * The program with the named command only; for help and unknown names, with every command, or with
 * stand-ins from the build's command summaries when given (nothing then runs, only help is shown).
 */
export async function buildProgram(command?: string, summaries?: CommandSummary[]): Promise<Command> {
  const program = new Command('kassa')
    .description('Kassa: administration of public occupational pension funds')
    .showHelpAfterError()
    .exitOverride();
  const known = command !== undefined && Object.hasOwn(COMMANDS, command);
  if (!known && summaries) {
    const terms = new Map(summaries.map((s) => [s.name, s.term]));
    for (const s of summaries) program.command(s.name).description(s.description);
    const standard = new Help();
    program.configureHelp({ subcommandTerm: (c) => terms.get(c.name()) ?? standard.subcommandTerm(c) });
  } else {
    const load = known ? [COMMANDS[command]] : Object.values(COMMANDS);
    for (const adders of await Promise.all(load.map((l) => l?.() ?? [])))
      for (const add of adders) add(program);
  }
  for (const c of program.commands) c.exitOverride().showHelpAfterError();
  return program;
}

/** Every command's summary (the build writes them to commands.json beside the compiled entry). */
export async function commandSummaries(): Promise<CommandSummary[]> {
  const program = await buildProgram();
  const help = program.createHelp();
  return program.commands.map((c) => ({
    name: c.name(),
    term: help.subcommandTerm(c),
    description: help.subcommandDescription(c),
  }));
}

function readSummaries(file: URL | undefined): CommandSummary[] | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as CommandSummary[];
  } catch {
    return undefined; // running from the sources: no summaries, every command is loaded for help
  }
}

export async function main(argv: string[], options: { commandSummaries?: URL } = {}): Promise<number> {
  try {
    // `kassa help CMD` needs CMD itself; `kassa CMD …` loads only CMD.
    const command = argv[2] === 'help' ? argv[3] : argv[2];
    const known = command !== undefined && Object.hasOwn(COMMANDS, command);
    const program = await buildProgram(command, known ? undefined : readSummaries(options.commandSummaries));
    await program.parseAsync(argv);
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
