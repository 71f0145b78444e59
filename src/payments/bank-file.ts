/**
 * The bank file: ISO 20022 pain.001.001.09 (customer credit transfer initiation). Its transaction
 * lines are built in SQL and copied straight from the database into the file (COPY … TO STDOUT: no
 * row becomes a value in this process), so memory stays flat whatever the number of payments. The content is
 * a function of the committed run alone, so writing it again gives the same bytes; it is written
 * to a temporary name and renamed, so a killed writer never leaves half a file under the real name.
 */

import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { formatKroner, type Ore } from '../domain/money';
import type { Database } from '../platform/db';
import { monthOf } from './months';
import type { Payer } from './payer';
import type { PaymentRunRow } from './tables';

/** PGlite hands a COPY's output over at once: there the lines come in windows of about this many. */
const PAGE = 50_000;
/** One column, never quoted: delimiter and quote are control characters the lines cannot hold. */
const RAW = "FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01'";
const NS = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

/** Escapes text for XML content (names may hold & < > and quotes). */
export function xmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** ISO 20022 names are at most 140 characters (Max140Text). */
const name140 = (s: string) => xmlText(s.slice(0, 140));

/** CreDtTm as ISODateTime in UTC, whole seconds. */
const isoDateTime = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** The remittance text naming the month, e.g. "Pensjon januar 2025". */
export function remittanceText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `Pensjon ${MONTHS_NB[m - 1]} ${y}`;
}

/**
 * One CdtTrfTxInf per row, built in SQL. Names are cut to 140 characters, control characters (not
 * allowed in XML) made spaces, and escaped as `xmlText` does; amounts are written as kroner with two
 * decimals, as `formatKroner` does.
 */
const TX_LINE = (rmt: string) => `'<CdtTrfTxInf><PmtId><EndToEndId>' || p.end_to_end_id
  || '</EndToEndId></PmtId><Amt><InstdAmt Ccy="NOK">' || (p.net / 100)::text || '.' || lpad((p.net % 100)::text, 2, '0')
  || '</InstdAmt></Amt><Cdtr><Nm>'
  || replace(replace(replace(replace(replace(regexp_replace(left(pe.name, 140), '[\\x01-\\x1f]', ' ', 'g'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;')
  || '</Nm></Cdtr><CdtrAcct><Id><Othr><Id>' || p.account_number
  || '</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct><RmtInf><Ustrd>${rmt}</Ustrd></RmtInf></CdtTrfTxInf>'`;

/** Writes the run's pain.001 to `file`; returns the number of transactions written. */
export async function writeBankFile(
  db: Database,
  run: PaymentRunRow,
  payer: Payer,
  file: string,
): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.partial`;
  const out = fs.createWriteStream(tmp, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const month = monthOf(run.month);
  const rmt = xmlText(remittanceText(month));
  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="${NS}">\n<CstmrCdtTrfInitn>\n<GrpHdr>` +
      `<MsgId>${xmlText(run.msg_id)}</MsgId><CreDtTm>${isoDateTime(run.created_at)}</CreDtTm>` +
      `<NbOfTxs>${run.transactions}</NbOfTxs><CtrlSum>${formatKroner(run.net as Ore)}</CtrlSum>` +
      `<InitgPty><Nm>${name140(payer.name)}</Nm><Id><OrgId><Othr><Id>${payer.orgnr}</Id>` +
      `<SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></OrgId></Id></InitgPty></GrpHdr>\n`,
  );
  // One pay date per run, so one PmtInf.
  await write(
    `<PmtInf><PmtInfId>${xmlText(run.msg_id)}-1</PmtInfId><PmtMtd>TRF</PmtMtd>` +
      `<NbOfTxs>${run.transactions}</NbOfTxs><CtrlSum>${formatKroner(run.net as Ore)}</CtrlSum>` +
      `<ReqdExctnDt><Dt>${run.pay_date}</Dt></ReqdExctnDt>` +
      `<Dbtr><Nm>${name140(payer.name)}</Nm><Id><OrgId><Othr><Id>${payer.orgnr}</Id>` +
      `<SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></OrgId></Id></Dbtr>` +
      `<DbtrAcct><Id><Othr><Id>${payer.account}</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></DbtrAcct>` +
      `<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>\n`,
  );
  const line = TX_LINE(rmt.replace(/'/g, "''"));
  let count = 0;
  let sum = 0;
  const lines = db.batch(async (s) => {
    await s.exec("set local work_mem = '128MB'"); // the run's rows sorted by person in memory
    const t = (
      await s.query<{ n: number; net: number; lo: number | null; hi: number | null }>(
        `select count(*)::int as n, coalesce(sum(net), 0)::bigint as net, min(person_id) as lo, max(person_id) as hi
         from payment where run_id = $1 and net > 0`,
        [run.id],
      )
    )[0];
    count = t?.n ?? 0;
    sum = Number(t?.net ?? 0);
    const lo = Number(t?.lo ?? 0);
    const hi = Number(t?.hi ?? -1);
    // In person order, so the same bytes every time; on PGlite in windows of person ids.
    const pages = db.kind === 'pglite' ? Math.max(1, Math.ceil(count / PAGE)) : 1;
    const width = Math.ceil((hi - lo + 1) / pages);
    let lines = 0;
    for (let i = 0; i < pages && hi >= lo; i++) {
      const from = lo + i * width;
      const to = Math.min(from + width, hi + 1);
      await s.copyOut(
        `select ${line} from payment p join person pe on pe.id = p.person_id
         where p.run_id = ${Number(run.id)} and p.net > 0 and p.person_id >= ${from} and p.person_id < ${to}
         order by p.person_id`,
        RAW,
        (chunk) => {
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
          return out.write(chunk) ? undefined : once(out, 'drain').then(() => undefined);
        },
      );
    }
    if (lines !== count) throw new Error(`bank file lines ${lines} ≠ ${count} payments`);
  });
  try {
    await lines;
  } catch (e) {
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  await write('</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n');
  out.end();
  await once(out, 'finish');
  if (count !== run.transactions || sum !== run.net) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`bank file does not match the run: ${count} transactions, ${sum} øre`);
  }
  fs.renameSync(tmp, file);
  return count;
}
