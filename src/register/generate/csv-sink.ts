/**
 * Writes a population into a folder of import-format CSV files, streaming: each file has a
 * 64 KiB buffer flushed with synchronous writes, so memory stays flat however large the run.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type FileName, HEADERS, LINE, type PopulationSink } from './rows';

const FLUSH_AT = 64 * 1024;

class BufferedFile {
  private readonly fd: number;
  private buffer: string;
  rows = 0;

  constructor(path: string, header: string) {
    this.fd = openSync(path, 'w');
    this.buffer = `${header}\n`;
  }

  write(line: string) {
    this.buffer += line;
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  flush() {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

export class CsvDirectorySink implements PopulationSink {
  private readonly files: Record<FileName, BufferedFile>;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    const open = (name: FileName) => new BufferedFile(join(dir, `${name}.csv`), HEADERS[name]);
    this.files = {
      employers: open('employers'),
      schemes: open('schemes'),
      persons: open('persons'),
      employments: open('employments'),
      pensions: open('pensions'),
      finance: open('finance'),
    };
  }

  employer: PopulationSink['employer'] = (r) => this.files.employers.write(LINE.employers(r));
  scheme: PopulationSink['scheme'] = (r) => this.files.schemes.write(LINE.schemes(r));
  person: PopulationSink['person'] = (r) => this.files.persons.write(LINE.persons(r));
  employment: PopulationSink['employment'] = (r) => this.files.employments.write(LINE.employments(r));
  pension: PopulationSink['pension'] = (r) => this.files.pensions.write(LINE.pensions(r));
  finance: PopulationSink['finance'] = (r) => this.files.finance.write(LINE.finance(r));

  /** Flushes and closes every file; returns the data rows written per file. */
  close(): Record<FileName, number> {
    const counts = {} as Record<FileName, number>;
    for (const [name, file] of Object.entries(this.files) as Array<[FileName, BufferedFile]>) {
      file.close();
      counts[name] = file.rows;
    }
    return counts;
  }
}
