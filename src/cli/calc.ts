/**
 * `kassa calc`: the rules engine on the command line (contracts/calc.md).
 * One JSON request (`--input FILE` or `-` for stdin) → one JSON answer; or JSON Lines
 * (`--input FILE.jsonl`, or stdin with `--jsonl`) → one answer per line, streamed in order.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { invalidInput } from '../platform/errors';
import { calculateChecked, parseCalcRequest } from '../rules';
import { RejectedError } from './main';

interface CalcOptions {
  input?: string;
  jsonl?: boolean;
  trace?: boolean;
}

export function calcCommand(program: Command) {
  program
    .command('calc')
    .description('Calculate a benefit from a JSON request (contracts/calc.md); JSON Lines for many')
    .option('-i, --input <file>', 'request file (.json, or .jsonl for JSON Lines); - for standard input', '-')
    .option('--jsonl', 'read JSON Lines (one request per line) and answer one line each')
    .option('--no-trace', 'leave out the trace in every answer (faster)')
    .action(async (opts: CalcOptions) => {
      const file = opts.input ?? '-';
      const lines = opts.jsonl || file.endsWith('.jsonl');
      const forceNoTrace = opts.trace === false;
      if (lines) {
        const bad = await calcLines(file, forceNoTrace);
        if (bad > 0) {
          process.stderr.write(`kassa calc: ${bad} line(s) rejected\n`);
          throw new RejectedError(`${bad} line(s) rejected`);
        }
        return;
      }
      const text = file === '-' ? fs.readFileSync(0, 'utf8') : readFile(file);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return reject([{ path: '', message: `not JSON: ${(e as Error).message}` }]);
      }
      if (forceNoTrace && json && typeof json === 'object') (json as { trace?: boolean }).trace = false;
      const parsed = parseCalcRequest(json);
      if (!parsed.ok) return reject(parsed.errors);
      const answer = calculateChecked(parsed.request);
      if ('errors' in answer) return reject(answer.errors);
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    });
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw invalidInput([{ path: file, message: (e as Error).message }]);
  }
}

function reject(errors: { path: string; message: string }[]): never {
  process.stdout.write(`${JSON.stringify({ errors }, null, 2)}\n`);
  throw new RejectedError('invalid request');
}

/**
 * Streams JSON Lines: reads a line, answers a line, with output buffered in chunks and
 * back-pressure respected, so memory stays flat whatever the file's size. Returns the number of
 * rejected lines.
 */
async function calcLines(file: string, forceNoTrace: boolean): Promise<number> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  if (file !== '-') {
    await new Promise<void>((resolve, reject) => {
      (input as fs.ReadStream)
        .once('open', () => resolve())
        .once('error', (e) => reject(invalidInput([{ path: file, message: e.message }])));
    });
  }
  const rl = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const out = process.stdout;
  let buf = '';
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let answer: unknown;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      json = undefined;
      answer = { line: lineNo, errors: [{ path: '', message: `not JSON: ${(e as Error).message}` }] };
    }
    if (answer === undefined) {
      if (forceNoTrace && json && typeof json === 'object') (json as { trace?: boolean }).trace = false;
      const parsed = parseCalcRequest(json);
      if (parsed.ok) {
        const a = calculateChecked(parsed.request);
        answer = 'errors' in a ? { line: lineNo, errors: a.errors } : a;
      } else answer = { line: lineNo, errors: parsed.errors };
    }
    if ((answer as { errors?: unknown }).errors) bad++;
    buf += `${JSON.stringify(answer)}\n`;
    if (buf.length > 1 << 16) {
      const chunk = buf;
      buf = '';
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  if (buf) await new Promise<void>((resolve) => out.write(buf, () => resolve()));
  return bad;
}
