/** The synthetic population generator behind `kassa generate` and the demo population. */
import { CsvDirectorySink } from './csv-sink';
import { type GenerateOptions, type GenerateSummary, generatePopulation } from './population';

export {
  DEFAULT_AS_OF,
  defaultEmployerCount,
  type GenerateOptions,
  type GenerateSummary,
} from './population';

/** Writes a population into `dir` as import-format CSV files. */
export function generateToDirectory(options: GenerateOptions, dir: string): GenerateSummary {
  const sink = new CsvDirectorySink(dir);
  try {
    return generatePopulation(options, sink);
  } finally {
    sink.close();
  }
}

/** One line for stderr: rows per file. */
export function summaryLine(s: GenerateSummary): string {
  return (
    `generated ${s.members} members (${s.memberships} memberships) and ${s.survivors} survivors: ` +
    `employers.csv ${s.employers}, schemes.csv ${s.schemes}, persons.csv ${s.persons}, ` +
    `employments.csv ${s.employments}, pensions.csv ${s.pensions}, finance.csv ${s.finance}`
  );
}
