/**
 * Migration-import contract, validation: the validator reads plain fields from their bytes and
 * anything else as trimmed text; both ways must give the same rows and the same report.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { CsvRecord } from './csv';
import type { RowSink } from './rows';
import { IMPORT_FILES, type ImportFile } from './spec';
import { ImportValidator } from './validate';

/** A record of an unquoted CSV line, as scanCsv hands it over. */
function record(line: string): CsvRecord {
  const r = new CsvRecord();
  r.buf = Buffer.from(line);
  let at = 0;
  for (const field of line.split(',')) {
    const length = Buffer.byteLength(field);
    r.starts[r.count] = at;
    r.ends[r.count++] = at + length;
    at += length + 1;
  }
  return r;
}

/** Validates `files` (rows without headers) and returns the sink's calls and the report. */
function validate(files: Partial<Record<ImportFile, string[]>>, allowSynthetic = true) {
  const calls: unknown[][] = [];
  const sink = new Proxy({} as RowSink, {
    get:
      (_target, method) =>
      (...args: unknown[]) =>
        calls.push([method, ...args]),
  });
  const v = new ImportValidator(
    {
      allowSynthetic,
      today: '2026-01-01' as IsoDate,
      registerEmployers: new Set(),
      registerSchemes: new Set(),
    },
    sink,
  );
  for (const [file, rows] of Object.entries(files) as [ImportFile, string[]][]) {
    v.header(file, record(IMPORT_FILES[file].join(',')), 1);
    for (const [i, row] of rows.entries()) v.row(i + 2, record(row));
  }
  v.checkOverlaps();
  return { calls, errors: v.sortedErrors() };
}

const FILES: Partial<Record<ImportFile, string[]>> = {
  'employers.csv': ['974760673,Bergen kommune'],
  'schemes.csv': ['PKH-FELLES,PKH,Fellesordningen'],
  'persons.csv': ['14035512420,1955-03-14,Åse Ødegård,', '01074834554,1948-07-01,Kåre Lie,2021-08-15'],
  'employments.csv': [
    '14035512420,974760673,PKH-FELLES,1980-08-01,1999-12-31,100,250000',
    '14035512420,974760673,PKH-FELLES,2000-01-01,,33.5,650000.50',
    '01074834554,974760673,PKH-FELLES,1970-01-01,2013-06-30,0,',
  ],
  'pensions.csv': [
    '01074834554,974760673,PKH-FELLES,old_age,2013-07-01,2021-08-31,,210000',
    '14035512420,974760673,PKH-FELLES,disability,2020-03-01,,50,120000.5',
  ],
};

/** Every field with spaces around it: no longer plain, so read as text. */
const padded = (files: Partial<Record<ImportFile, string[]>>) =>
  Object.fromEntries(
    Object.entries(files).map(([file, rows]) => [
      file,
      rows.map((row) =>
        row
          .split(',')
          .map((f) => ` ${f} `)
          .join(','),
      ),
    ]),
  );

describe('ImportValidator', () => {
  it('sends day numbers, hundredths and øre, the same whether a field is plain or padded', () => {
    const plain = validate(FILES);
    expect(plain.errors).toEqual([]);
    expect(plain.calls).toContainEqual(['employment', 1, 10_957, null, 3350, 65_000_050]);
    expect(plain.calls).toContainEqual(['employment', 2, 0, 15_886, 0, null]);
    expect(plain.calls).toContainEqual(['pension', 1, 'disability', 18_322, null, 5000, 12_000_050]);
    expect(plain.calls).toContainEqual([
      'membership',
      1,
      0,
      14_035_512_420,
      '974760673',
      'PKH-FELLES',
      'own',
    ]);
    // Names are trimmed both ways; everything else must match exactly.
    expect(validate(padded(FILES))).toEqual(plain);
  });

  it('reports a blank orgnr as required even on the first row that names a membership', () => {
    const { errors } = validate({
      ...FILES,
      'employments.csv': ['14035512420,,PKH-FELLES,1980-08-01,1999-12-31,100,250000'],
      'pensions.csv': [],
    });
    expect(errors).toEqual([{ file: 'employments.csv', line: 2, column: 'orgnr', message: 'is required' }]);
  });

  it('gives a number refused from its bytes the reason the text check gives', () => {
    const { errors } = validate(
      { 'persons.csv': ['17818037244,1980-01-17,Tenor,', '14035512421,1955-03-14,X,'] },
      false,
    );
    expect(errors.map((e) => e.message)).toEqual([
      'not a valid fødselsnummer or D-number: synthetic test number (month + 80) is accepted only in a training environment',
      'not a valid fødselsnummer or D-number: second control digit (digit 11) is wrong',
    ]);
  });
});
