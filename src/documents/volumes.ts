/** Letters of a year by type and channel (counted by the day they were sent) and per month. */
import { sql } from 'kysely';
import { type DocumentDb, LETTER_TYPES } from './tables';

export interface Volumes {
  year: number;
  byType: Record<string, { digital: number; paper: number }>;
  total: { digital: number; paper: number };
}

export async function letterVolumes(db: DocumentDb, year: number): Promise<Volumes> {
  const { rows } = await sql<{ type: string; channel: 'digital' | 'paper'; n: number }>`
    select type, channel, count(*)::int as n from letter
    where sent_at >= (make_date(${year}, 1, 1)::timestamp at time zone 'Europe/Oslo')
      and sent_at < (make_date(${year + 1}, 1, 1)::timestamp at time zone 'Europe/Oslo') and channel is not null
    group by type, channel`.execute(db);
  const byType: Volumes['byType'] = {};
  for (const t of LETTER_TYPES) byType[t] = { digital: 0, paper: 0 };
  const total = { digital: 0, paper: 0 };
  for (const r of rows) {
    byType[r.type] ??= { digital: 0, paper: 0 };
    const slot = byType[r.type] as { digital: number; paper: number };
    slot[r.channel] += r.n;
    total[r.channel] += r.n;
  }
  return { year, byType, total };
}

export async function monthlyVolumes(db: DocumentDb, year: number) {
  const { rows } = await sql<{ month: number; type: string; channel: 'digital' | 'paper'; n: number }>`
    select extract(month from sent_at at time zone 'Europe/Oslo')::int as month, type, channel, count(*)::int as n
    from letter
    where sent_at >= (make_date(${year}, 1, 1)::timestamp at time zone 'Europe/Oslo')
      and sent_at < (make_date(${year + 1}, 1, 1)::timestamp at time zone 'Europe/Oslo') and channel is not null
    group by 1, 2, 3 order by 1, 2, 3`.execute(db);
  return rows;
}
