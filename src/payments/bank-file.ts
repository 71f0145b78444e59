/**
 * The bank file: ISO 20022 pain.001.001.09 (customer credit transfer initiation), streamed from the
 * database a page at a time, so memory stays flat whatever the number of payments. The content is
 * a function of the committed run alone, so writing it again gives the same bytes; it is written
 * to a temporary name and renamed, so a killed writer never leaves half a file under the real name.
 */

import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { formatKroner, type Ore } from '../domain/money';
import type { PlatformTables } from '../platform/tables';
import { monthOf } from './months';
import type { Payer } from './payer';
import type { PaymentRunRow } from './tables';

const PAGE = 50_000;
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
 * One CdtTrfTxInf per row, built in SQL: a page then costs one text column per payment instead of
 * five values and their JavaScript objects. Names are cut to 140 characters and escaped as
 * `xmlText` does; amounts are written as kroner with two decimals, as `formatKroner` does.
 */
const TX_LINE = (rmt: string) => `'<CdtTrfTxInf><PmtId><EndToEndId>' || p.end_to_end_id
  || '</EndToEndId></PmtId><Amt><InstdAmt Ccy="NOK">' || (p.net / 100)::text || '.' || lpad((p.net % 100)::text, 2, '0')
  || '</InstdAmt></Amt><Cdtr><Nm>'
  || replace(replace(replace(replace(replace(left(pe.name, 140), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;')
  || '</Nm></Cdtr><CdtrAcct><Id><Othr><Id>' || p.account_number
  || '</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct><RmtInf><Ustrd>${rmt}</Ustrd></RmtInf></CdtTrfTxInf>'`;

/** Writes the run's pain.001 to `file`; returns the number of transactions written. */
export async function writeBankFile(
  db: Kysely<PlatformTables>,
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
  let after = 0;
  let count = 0;
  let sum = 0;
  const line = TX_LINE(rmt.replace(/'/g, "''"));
  for (;;) {
    // Keyset pages in person order: the same order, so the same bytes, every time.
    const page = await sql<{
      person_id: number;
      net: number;
      x: string;
    }>`select p.person_id, p.net, ${sql.raw(line)} as x
      from payment p join person pe on pe.id = p.person_id
      where p.run_id = ${run.id} and p.net > 0 and p.person_id > ${after}
      order by p.person_id limit ${PAGE}`.execute(db);
    const rows = page.rows;
    if (rows.length === 0) break;
    let chunk = '';
    for (const r of rows) {
      chunk += `${r.x}\n`;
      sum += r.net;
    }
    count += rows.length;
    await write(chunk);
    after = rows[rows.length - 1]?.person_id ?? after;
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
