/**
 * `npm run bench -- letters`: the annual statement to N pensioners (KASSA_BENCH_LETTERS, default
 * 500 000) on PostgreSQL (database kassa_bench_letters, recreated) — order, render (PDF/A-2b on
 * the render worker threads), choose the channel (contact-register stand-in), hand over to the
 * stand-in mailbox, read receipts, build the print batch and stream its ZIP. Prints per step the
 * seconds and the letters per second of the whole, and the peak memory (RSS of the process with
 * its worker threads, sampled). The stand-ins run on a thread of this process (a real provider
 * runs elsewhere) and count against it.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import { givenTotals, orderAnnualStatements } from '../src/documents/annual-statement';
import { httpContactRegister } from '../src/documents/channel/contact-register';
import { httpMailbox } from '../src/documents/channel/mailbox';
import { chooseChannels, deliverPending, readReceipts } from '../src/documents/deliver-letters';
import { RenderPool } from '../src/documents/pdf/render-pool';
import { buildPrintBatch, writePrintBatchZip } from '../src/documents/print-batch';
import { renderOrders } from '../src/documents/render-orders';
import { documentDb } from '../src/documents/tables';
import type { IsoDate } from '../src/domain/dates';
import type { Ore } from '../src/domain/money';
import { openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';

const N = Number(process.env.KASSA_BENCH_LETTERS ?? 500_000);
const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const NAME = 'kassa_bench_letters';
const log = (s: string) => process.stderr.write(`${s}\n`);

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 250);

// PostgreSQL's share (its backends for this database, on the same cores): CPU ticks per backend.
const pgTicks = new Map<string, number>();
const samplePg = () => {
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(NAME)) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
      pgTicks.set(pid, Number(f[11]) + Number(f[12]));
    } catch {}
  }
};
const pgSampler = setInterval(samplePg, 1000);

const admin = new pg.Client(`${SERVER}/postgres`);
await admin.connect();
await admin.query(`drop database if exists ${NAME} with (force)`);
await admin.query(`create database ${NAME}`);
await admin.end();
const db = await openDatabase({ databaseUrl: `${SERVER}/${NAME}` });
await migrate(db);
const ddb = documentDb(db);
log(`creating ${N} pensioners…`);
await sql`
  insert into person (national_id, birth_date, name, address, recorded_by)
  select lpad((10000000000 + g * 7919)::text, 11, '0'), date '1950-01-01' + (g % 3650), 'Pensjonist ' || g,
         'Storgata ' || (g % 200 + 1) || E'\n' || lpad((g % 9000 + 1000)::text, 4, '0') || ' Oslo', 'bench'
  from generate_series(1, ${N}) g`.execute(db.kysely);
const { rows: ids } = await sql<{ id: number }>`select id from person order by id`.execute(db.kysely);
const totals = ids.map((r, i) => ({
  personId: r.id,
  gross: (20_000_000 + (i % 5000) * 1000) as Ore,
  taxWithheld: 6_000_000 as Ore,
}));

const standins = new Worker(new URL('./_letters-standins.mjs', import.meta.url));
const [urls] = (await once(standins, 'message')) as [{ krr: string; mailbox: string }];
const ask = async <T>(m: string): Promise<T> => {
  standins.postMessage(m);
  return ((await once(standins, 'message')) as [T])[0];
};
const deps = {
  contactRegister: httpContactRegister(urls.krr),
  mailbox: httpMailbox(urls.mailbox),
  settings: { concurrency: 32 },
};
const pool = new RenderPool();
const steps: Record<string, number> = {};
const stepCpu: Record<string, number> = {};
const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await f();
  steps[name] = Math.round((performance.now() - t0) / 100) / 10;
  const c = process.cpuUsage(c0);
  stepCpu[name] = Math.round((c.user + c.system) / 1e5) / 10;
  log(`${name}: ${steps[name]} s (Kassa CPU ${stepCpu[name]} s)`);
  return r;
};
const today = new Date().toISOString().slice(0, 10) as IsoDate;
peak = 0;
const start = performance.now();
const cpu0 = process.cpuUsage();
samplePg();
const pgStart = new Map(pgTicks);
await step('order', () => orderAnnualStatements(ddb, 'bench', 2025, givenTotals(totals)));
const rendered = await step('render', () => renderOrders(ddb, { date: today, pool }));
const channels = await step('channel', () => chooseChannels(ddb, deps));
const delivered = await step('deliver', () => deliverPending(ddb, deps));
await step('receipts', () => readReceipts(ddb, deps));
const batch = await step('printBatch', () => buildPrintBatch(ddb, today, 'bench'));
let zipBytes = 0;
await step('printZip', () =>
  writePrintBatchZip(
    ddb,
    batch?.id ?? 0,
    new Writable({
      write: (c: Buffer, _e, cb) => {
        zipBytes += c.length;
        cb();
      },
    }),
  ),
);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
samplePg();
clearInterval(pgSampler);
const pgBefore = new Map(pgStart);
const pgCpuSeconds = [...pgTicks].reduce((a, [pid, t]) => a + t - (pgBefore.get(pid) ?? 0), 0) / 100;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
const perSecond = N / seconds;
process.stdout.write(
  `${JSON.stringify(
    {
      letters: N,
      rendered: rendered.rendered,
      digital: channels.digital,
      paper: channels.paper,
      accepted: delivered.accepted,
      providerMessages: (await ask<{ messages: number }>('count')).messages,
      printBatchLetters: batch?.letters ?? 0,
      zipMegabytes: Math.round(zipBytes / 1e6),
      seconds: Math.round(seconds),
      lettersPerSecond: Math.round(perSecond),
      // CPU of this process (main thread, render workers, stand-ins), not of the PostgreSQL server:
      // what the letters cost where other work shares the machine.
      kassaCpuSeconds: Math.round(cpuSeconds),
      lettersPerKassaCpuSecond: Math.round(N / cpuSeconds),
      // Sampled each second from /proc (a backend that ended between samples loses its last second).
      postgresCpuSeconds: Math.round(pgCpuSeconds),
      lettersPerCpuSecondWithPostgres: Math.round(N / (cpuSeconds + pgCpuSeconds)),
      steps,
      stepKassaCpuSeconds: stepCpu,
      peakRssMegabytes: Math.round(peak / 1e6),
      extrapolated500k: { minutes: Math.round((500_000 / perSecond / 60) * 10) / 10, targetMinutes: 45 },
    },
    null,
    2,
  )}\n`,
);
await pool.close();
await ask('close');
await db.close();
