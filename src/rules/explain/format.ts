/** Formats a trace's numbers the way a member reads them in the catalogue's language. */
import type { TraceValue } from '../trace';
import type { Formatter, Words } from './catalogue';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}/${decimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(key, f);
  }
  return f;
}

function asNumber(v: TraceValue | undefined): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export function formatter(w: Words): Formatter {
  const plural = (n: number, forms: [string, string]) =>
    `${numberFormat(w.locale, 0).format(n)} ${n === 1 ? forms[0] : forms[1]}`;
  const percent = (n: number) =>
    w.locale.startsWith('nb') || w.locale.startsWith('nn')
      ? `${numberFormat(w.locale, 2).format(n)}\u00a0%`
      : `${numberFormat(w.locale, 2).format(n)}%`;
  return {
    // Whole kroner: half up, as the engine rounds amounts.
    kr: (v) => w.money(numberFormat(w.locale, 0).format(Math.floor(asNumber(v) + 0.5))),
    num: (v, decimals = 2) => numberFormat(w.locale, decimals).format(asNumber(v)),
    pct: (v) => percent(asNumber(v)),
    share: (v) => percent(asNumber(v) * 100),
    years: (v) => plural(asNumber(v), w.year),
    ymd: (y, m, d) => {
      const parts: string[] = [];
      if (asNumber(y) > 0) parts.push(plural(asNumber(y), w.year));
      if (asNumber(m) > 0) parts.push(plural(asNumber(m), w.month));
      if (asNumber(d) > 0) parts.push(plural(asNumber(d), w.day));
      if (parts.length === 0) return plural(0, w.year);
      const last = parts.pop() as string;
      return parts.length ? `${parts.join(', ')} ${w.and} ${last}` : last;
    },
    date: (v) => {
      const iso = String(v ?? '');
      const month = Number(iso.slice(5, 7));
      return w.date(Number(iso.slice(8, 10)), w.monthNames[month - 1] ?? '', Number(iso.slice(0, 4)));
    },
  };
}
