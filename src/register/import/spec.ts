/**
 * The legacy export's files and their named columns (shared/contracts/migration-import.md), in
 * the order they are read: a file only refers to files read before it.
 */
export const IMPORT_FILES = {
  'employers.csv': ['orgnr', 'name'],
  'schemes.csv': ['scheme', 'provider', 'name'],
  'persons.csv': ['person_id', 'birth_date', 'name', 'death_date'],
  'employments.csv': [
    'person_id',
    'orgnr',
    'scheme',
    'start_date',
    'end_date',
    'position_pct',
    'annual_salary',
  ],
  'pensions.csv': [
    'person_id',
    'orgnr',
    'scheme',
    'benefit',
    'start_date',
    'end_date',
    'grade_pct',
    'annual_amount',
  ],
  'finance.csv': ['orgnr', 'scheme', 'year', 'premium', 'premium_reserve', 'pension_cost'],
} as const;

/**
 * Columns a file may carry after its named ones; absent from the header, they read as empty.
 * persons.csv: the account pensions are paid to (kontonummer) and the postal address (payments.md).
 */
export const IMPORT_OPTIONAL_COLUMNS: Partial<Record<keyof typeof IMPORT_FILES, readonly string[]>> = {
  'persons.csv': ['account_number', 'address'],
};

export type ImportFile = keyof typeof IMPORT_FILES;
export const IMPORT_FILE_ORDER = Object.keys(IMPORT_FILES) as ImportFile[];

/** One problem in one row: printed as `file:line: column: message`. */
export interface ImportError {
  file: string;
  line: number;
  column: string;
  message: string;
}

export function formatImportError(e: ImportError): string {
  return `${e.file}:${e.line}: ${e.column}: ${e.message}`;
}

/** Rows read per file, and rows inserted/updated per register table. */
export interface ImportCounts {
  files: Partial<Record<ImportFile, number>>;
  inserted: Record<string, number>;
  updated: Record<string, number>;
  /** Tables loaded in bulk mode (secondary indexes and foreign keys rebuilt after the merge). */
  bulk?: string[];
}
