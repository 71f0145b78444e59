/**
 * `kassa calc`: the rules engine on the command line (contracts/calc.md).
 * One JSON request (`--input FILE` or `-` for stdin) → one JSON answer; or JSON Lines
 * (`--input FILE.jsonl`, or stdin with `--jsonl`) → one answer per line, streamed in order.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { invalidInput } from '../platform/errors';
import { calculateChecked, parseCalcRequest } from '../rules';

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
          throw await rejected(`${bad} line(s) rejected`);
        }
        return;
      }
      const text = file === '-' ? fs.readFileSync(0, 'utf8') : readFile(file);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return await reject([{ path: '', message: `not JSON: ${(e as Error).message}` }]);
      }
      if (forceNoTrace && json && typeof json === 'object') (json as { trace?: boolean }).trace = false;
      const parsed = parseCalcRequest(json);
      if (!parsed.ok) return await reject(parsed.errors);
      const answer = calculateChecked(parsed.request);
      if ('errors' in answer) return await reject(answer.errors);
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

async function reject(errors: { path: string; message: string }[]): Promise<never> {
  process.stdout.write(`${JSON.stringify({ errors }, null, 2)}\n`);
  throw await rejected('invalid request');
}

/**
 * main.ts's RejectedError, imported when needed: a static import would load main.ts — and with
 * it every other command's modules — into `kassa calc`'s start-up, where it costs seconds.
 */
async function rejected(message: string): Promise<Error> {
  const { RejectedError } = await import('./main');
  return new RejectedError(message);
}

/**
 * Streams JSON Lines: reads the input in chunks, answers every complete line of a chunk, and
 * writes the answers of that chunk at once, waiting for the output to drain (back-pressure), so
 * memory stays flat whatever the file's size. Returns the number of rejected lines.
 */
async function calcLines(file: string, forceNoTrace: boolean): Promise<number> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (file !== '-') {
    await new Promise<void>((resolve, reject) => {
      (input as fs.ReadStream)
        .once('open', () => resolve())
        .once('error', (e) => reject(invalidInput([{ path: file, message: e.message }])));
    });
  }
  const out = process.stdout;
  const state = { lineNo: 0, bad: 0 };
  let rest = '';
  input.setEncoding('utf8');
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(end + 1);
    const answers = answerLines(text.slice(0, end).split('\n'), state, forceNoTrace);
    if (!out.write(answers)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  if (rest.length > 0) out.write(answerLines([rest], state, forceNoTrace));
  await new Promise<void>((resolve) => out.write('', () => resolve()));
  return state.bad;
}

/** Answers a batch of lines (in order) as JSON Lines text; counts lines and rejections. */
function answerLines(lines: string[], state: { lineNo: number; bad: number }, forceNoTrace: boolean): string {
  let buf = '';
  for (const raw of lines) {
    state.lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      state.bad++;
      buf += `${JSON.stringify({ line: state.lineNo, errors: [{ path: '', message: `not JSON: ${(e as Error).message}` }] })}\n`;
      continue;
    }
    if (forceNoTrace && json && typeof json === 'object') (json as { trace?: boolean }).trace = false;
    const parsed = parseCalcRequest(json);
    const answer = parsed.ok ? calculateChecked(parsed.request) : { errors: parsed.errors };
    if ('errors' in answer) {
      state.bad++;
      buf += `${JSON.stringify({ line: state.lineNo, errors: answer.errors })}\n`;
    } else buf += `${JSON.stringify(answer)}\n`;
  }
  return buf;
}
