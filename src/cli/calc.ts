/**
 * `kassa calc`: the rules engine on the command line (contracts/calc.md).
 * One JSON request (`--input FILE` or `-` for stdin) → one JSON answer; or JSON Lines
 * (`--input FILE.jsonl`, or stdin with `--jsonl`) → one answer per line, streamed in order.
 *
 * JSON Lines at speed (issues #3, #20: 100 000 requests/s): the input is read in 64 KB batches
 * of complete lines, each answered as one string. A large input is shared between this thread
 * and worker threads (`--workers`; by default one per core but this one); batches carry a
 * sequence number and are written strictly in order, and only a few are in flight at a time, so
 * memory stays flat whatever the file's size. This module is also the workers' entry.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Command } from 'commander';
import { invalidInput } from '../platform/errors';
import { calculateChecked, EXPLAIN_LANGUAGES, type ExplainLanguage, parseCalcRequest } from '../rules';
import { RejectedError } from './exit';

interface CalcOptions {
  input?: string;
  jsonl?: boolean;
  trace?: boolean;
  workers?: string;
  explain?: string;
}

export function calcCommand(program: Command) {
  program
    .command('calc')
    .description('Calculate a benefit from a JSON request (contracts/calc.md); JSON Lines for many')
    .option('-i, --input <file>', 'request file (.json, or .jsonl for JSON Lines); - for standard input', '-')
    .option('--jsonl', 'read JSON Lines (one request per line) and answer one line each')
    .option('--no-trace', 'leave out the trace in every answer (faster)')
    .option(
      '--explain <language>',
      `add the member's explanation in plain language (${EXPLAIN_LANGUAGES.join(', ')})`,
    )
    .option(
      '--workers <n>',
      'JSON Lines: worker threads for a large input besides this one (default: cores - 1, at most 4)',
    )
    .action(async (opts: CalcOptions) => {
      const file = opts.input ?? '-';
      const lines = opts.jsonl || file.endsWith('.jsonl');
      const forceNoTrace = opts.trace === false;
      const explain = explainOption(opts.explain);
      if (lines) {
        const bad = await calcLines(file, { forceNoTrace, explain }, workerCount(opts.workers));
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
      applyOptions(json, { forceNoTrace, explain });
      const parsed = parseCalcRequest(json);
      if (!parsed.ok) return reject(parsed.errors);
      const answer = calculateChecked(parsed.request);
      if ('errors' in answer) return reject(answer.errors);
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    });
}

/** Options of the command that override fields of every request. */
interface RequestOverrides {
  forceNoTrace: boolean;
  explain: ExplainLanguage | undefined;
}

function explainOption(option: string | undefined): ExplainLanguage | undefined {
  if (option === undefined) return undefined;
  if (!(EXPLAIN_LANGUAGES as readonly string[]).includes(option))
    throw invalidInput([{ path: '--explain', message: `must be one of ${EXPLAIN_LANGUAGES.join(', ')}` }]);
  return option as ExplainLanguage;
}

function applyOptions(json: unknown, o: RequestOverrides): void {
  if (!json || typeof json !== 'object') return;
  if (o.forceNoTrace) (json as { trace?: boolean }).trace = false;
  if (o.explain) (json as { explain?: string }).explain = o.explain;
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
 * `--workers`: a count from 0 (all in this thread). By default one per core but this thread's
 * (at most 4); this thread answers batches too whenever every worker has enough queued, so on 2
 * cores one worker and this thread share the input.
 */
function workerCount(option: string | undefined): number {
  if (option === undefined) return Math.min(os.availableParallelism() - 1, MAX_WORKERS);
  const n = Number(option);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw invalidInput([{ path: '--workers', message: 'must be a whole number from 0 to 64' }]);
  return n;
}

const MAX_WORKERS = 4;
/** Batches handed out but not yet written, per worker: enough to keep each busy, no more. */
const IN_FLIGHT_PER_WORKER = 2;
/** Batches answered here that may wait, written, behind a worker's batch. */
const LOCAL_AHEAD = 8;

/**
 * Input is read in batches of this many bytes. Small on purpose: a batch's text and its answers
 * then stay in V8's young generation, whose memory is reused; megabyte strings go to the
 * large-object space, mapped and unmapped page by page, which cost more CPU than the whole
 * calculation (measured: twice the CPU per request with 1 MB batches).
 */
const BATCH_BYTES = 64 * 1024;

/**
 * Streams JSON Lines: reads the input in batches of complete lines and answers each batch as one
 * string; answers are written in order as they come, waiting for the output to drain
 * (back-pressure). Returns the number of rejected lines.
 */
async function calcLines(file: string, overrides: RequestOverrides, workers: number): Promise<number> {
  const input = file === '-' ? streamBatches(process.stdin) : fileBatches(file);
  const out = new Output();
  const pool = new BatchPool(workers, overrides);
  const pending: Promise<Answered>[] = [];
  let bad = 0;
  let lineNo = 0;
  let bytes = 0;
  const writeNext = async () => {
    const a = await (pending.shift() as Promise<Answered>);
    bad += a.bad;
    await out.write(a.out);
  };
  try {
    for await (const batch of input) {
      // A large input (over 1 MB) is worth starting the workers for (they take ~0.5 s).
      bytes += batch.length;
      if (bytes > 1 << 20) pool.start();
      pending.push(pool.answer(batch, lineNo + 1));
      lineNo += countLines(batch);
      while (pending.length > pool.capacity()) await writeNext();
      // Let the workers' answers in (they arrive as events), so a worker is handed its next batch
      // while this thread answers one of its own.
      if (pool.started()) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (pending.length > 0) await writeNext();
    await out.end();
  } finally {
    await pool.close();
  }
  return bad;
}

/** The file's complete lines in batches (the last without its newline), read synchronously. */
async function* fileBatches(file: string): AsyncGenerator<string> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw invalidInput([{ path: file, message: (e as Error).message }]);
  }
  try {
    let buf = Buffer.allocUnsafe(BATCH_BYTES);
    let have = 0;
    for (;;) {
      // A line longer than the buffer: grow it until the line fits.
      if (have === buf.length) buf = Buffer.concat([buf], buf.length * 2);
      const n = fs.readSync(fd, buf, have, buf.length - have, null);
      if (n === 0) break;
      have += n;
      const end = buf.lastIndexOf(10, have - 1);
      if (end < 0) continue;
      // Up to the newline, never inside a multi-byte character.
      const text = buf.toString('utf8', 0, end);
      buf.copy(buf, 0, end + 1, have);
      have -= end + 1;
      yield text;
    }
    if (have > 0) yield buf.toString('utf8', 0, have);
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input's complete lines, a batch for each chunk as it arrives (answers as it goes). */
async function* streamBatches(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const end = chunk.lastIndexOf(10);
    if (end < 0) {
      rest = Buffer.concat([rest, chunk]);
      continue;
    }
    const head = chunk.subarray(0, end);
    const text = (rest.length > 0 ? Buffer.concat([rest, head]) : head).toString('utf8');
    rest = Buffer.from(chunk.subarray(end + 1));
    yield text;
  }
  if (rest.length > 0) yield rest.toString('utf8');
}

/**
 * Standard output for the answers. A regular file (the usual target of a whole-fund run) is
 * written synchronously from one reused buffer; a pipe or terminal through the stream, waiting
 * for it to drain.
 */
class Output {
  private readonly fd: number | undefined;
  private buf = Buffer.allocUnsafe(0);
  private used = 0;

  constructor() {
    let file = false;
    try {
      file = fs.fstatSync(1).isFile();
    } catch {}
    if (file) {
      this.fd = 1;
      this.buf = Buffer.allocUnsafe(1 << 20);
    }
  }

  async write(text: string): Promise<void> {
    if (this.fd === undefined) {
      if (!process.stdout.write(text))
        await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
      return;
    }
    // At most 3 bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.used + most > this.buf.length) {
      this.flush();
      if (most > this.buf.length) this.buf = Buffer.allocUnsafe(most);
    }
    this.used += this.buf.write(text, this.used);
  }

  private flush(): void {
    for (let at = 0; at < this.used; ) at += fs.writeSync(this.fd as number, this.buf, at, this.used - at);
    this.used = 0;
  }

  async end(): Promise<void> {
    if (this.fd !== undefined) return this.flush();
    await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Answered {
  out: string;
  bad: number;
}

/**
 * Answers the lines of `text` (numbered from `firstLine`) as JSON Lines text, in order: the
 * calc.md answer, or `{"line": N, "errors": [...]}` for a line that is not a valid request.
 * Blank lines are skipped (but counted).
 */
function answerLines(text: string, firstLine: number, overrides: RequestOverrides): Answered {
  let out = '';
  let bad = 0;
  let lineNo = firstLine;
  for (let start = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    // Blank lines are skipped; a request starts with `{`, so only other lines need the trim.
    if (line.length === 0 || (line.charCodeAt(0) !== 123 && line.trim() === '')) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      bad++;
      out += `${JSON.stringify({ line: lineNo, errors: [{ path: '', message: `not JSON: ${(e as Error).message}` }] })}\n`;
      continue;
    }
    applyOptions(json, overrides);
    const parsed = parseCalcRequest(json);
    const answer = parsed.ok ? calculateChecked(parsed.request) : { errors: parsed.errors };
    if ('errors' in answer) {
      bad++;
      out += `${JSON.stringify({ line: lineNo, errors: answer.errors })}\n`;
    } else out += `${JSON.stringify(answer)}\n`;
  }
  return { out, bad };
}

interface BatchMessage {
  seq: number;
  text: string;
  firstLine: number;
}

interface AnsweredMessage extends Answered {
  seq: number;
}

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  busy: number;
}

/**
 * Hands batches to worker threads, or answers them in this thread while none is ready (small
 * inputs never start one). Each answer comes back as a promise; the caller writes them in order.
 */
class BatchPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (a: Answered) => void; reject: (e: Error) => void }
  >();
  private seq = 0;
  private failure: Error | undefined;

  constructor(
    private readonly size: number,
    private readonly overrides: RequestOverrides,
  ) {}

  start(): void {
    if (this.slots.length > 0) return;
    // Workers load this module; run from the sources, they register tsx first (as bin/kassa.js does).
    const self = import.meta.url;
    const boot = self.endsWith('.ts')
      ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`
      : `import(${JSON.stringify(self)})`;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(boot, {
        eval: true,
        workerData: { kassaCalcWorker: true, overrides: this.overrides },
      });
      const slot: WorkerSlot = { worker, ready: false, busy: 0 };
      worker.on('message', (m: AnsweredMessage | 'ready') => {
        if (m === 'ready') {
          slot.ready = true;
          return;
        }
        slot.busy--;
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        w?.resolve(m);
      });
      worker.on('error', (e) => this.fail(e instanceof Error ? e : new Error(String(e))));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`calc worker stopped with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** How many batches may be in flight before the caller must wait for the oldest. */
  capacity(): number {
    let ready = 0;
    for (const s of this.slots) if (s.ready) ready++;
    return ready === 0 ? 1 : ready * IN_FLIGHT_PER_WORKER + LOCAL_AHEAD;
  }

  started(): boolean {
    return this.slots.length > 0;
  }

  answer(text: string, firstLine: number): Promise<Answered> {
    if (this.failure) return Promise.reject(this.failure);
    let slot: WorkerSlot | undefined;
    for (const s of this.slots)
      if (s.ready && s.busy < IN_FLIGHT_PER_WORKER && (!slot || s.busy < slot.busy)) slot = s;
    // Every worker has enough queued (or none is ready yet): this thread answers the batch.
    if (!slot) return Promise.resolve(answerLines(text, firstLine, this.overrides));
    const seq = this.seq++;
    slot.busy++;
    const message: BatchMessage = { seq, text, firstLine };
    slot.worker.postMessage(message);
    return new Promise<Answered>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) s.worker.removeAllListeners('exit');
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

// A worker thread started by BatchPool: answer batches until terminated.
if (!isMainThread && parentPort && (workerData as { kassaCalcWorker?: boolean } | null)?.kassaCalcWorker) {
  const port = parentPort;
  const { overrides } = workerData as { overrides: RequestOverrides };
  port.on('message', (m: BatchMessage) => {
    const a = answerLines(m.text, m.firstLine, overrides);
    const reply: AnsweredMessage = { seq: m.seq, out: a.out, bad: a.bad };
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
