/**
 * Display formats for the user's language: dates dd.mm.yyyy, money "kr 650 000",
 * percentages "33,33 %". Calendar dates stay ISO strings until this last step and are
 * formatted in UTC so no time zone can move them a day.
 */
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { nb: 'nb-NO', en: 'en-GB', sv: 'sv-SE', da: 'da-DK' };

export function localeOf(language: string): string {
  return LOCALES[language] ?? 'nb-NO';
}

export interface Formatters {
  locale: string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  money(kroner: number | null | undefined): string;
  number(n: number | null | undefined, fractionDigits?: number): string;
  /** A percentage given as percent points (33.33 → "33,33 %"). */
  percent(points: number | null | undefined, fractionDigits?: number): string;
  /** A share given as a fraction (0.5 → "50 %"). */
  share(fraction: number | null | undefined, fractionDigits?: number): string;
}

const DASH = '–';

export function formatters(language: string): Formatters {
  const locale = localeOf(language);
  const dateFmt = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  });
  const moneyFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const num = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  const pct = (digits: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
  return {
    locale,
    date: (iso) => {
      if (!iso) return DASH;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
      return m ? dateFmt.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
    },
    dateTime: (iso) => {
      if (!iso) return DASH;
      const t = Date.parse(iso);
      return Number.isNaN(t) ? iso : dateTimeFmt.format(t);
    },
    // "kr 650 000" in every language: the amounts are always Norwegian kroner.
    money: (kroner) => (kroner === null || kroner === undefined ? DASH : `kr ${moneyFmt.format(kroner)}`),
    number: (n, digits = 0) => (n === null || n === undefined ? DASH : num(digits).format(n)),
    percent: (points, digits = 2) =>
      points === null || points === undefined ? DASH : pct(digits).format(points / 100),
    share: (fraction, digits = 1) =>
      fraction === null || fraction === undefined || Number.isNaN(fraction)
        ? DASH
        : pct(digits).format(fraction),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.resolvedLanguage ?? i18n.language);
}
