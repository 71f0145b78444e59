/** The short summary at the top of the HTML and PDF reports, and how a cell is written. */
import { type ReportTexts, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';

/** A cell as people read it, in the language's number format ("1 234,5" or "1,234.5"). */
export function formatCell(v: string | number | null, percent = false, locale = 'nb-NO'): string {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  const text = v.toLocaleString(locale, { maximumFractionDigits: 2 }).replace(/\u00a0|\u202f/g, ' ');
  return percent ? `${text} %` : text;
}

export function summaryLines(r: KeyFiguresReport, tx: ReportTexts): [string, string][] {
  const t = r.membershipsByEmployer.total;
  const f = r.financeTotals.total;
  const s = tx.summaryLines;
  const n = (v: number | null) => formatCell(v, false, tx.locale);
  const pct = (v: number | null) => formatCell(v, true, tx.locale);
  return [
    [s.memberships, `${n(t?.total ?? 0)} (${s.lastYear(n(t?.previous.total ?? 0))})`],
    [s.active, `${n(t?.active ?? 0)} (${pct(t?.shares.active ?? null)})`],
    [s.pensioners, `${n(t?.pensioners ?? 0)} (${pct(t?.shares.pensioners ?? null)})`],
    [s.former, `${n(t?.former ?? 0)} (${pct(t?.shares.former ?? null)})`],
    [
      s.pensions,
      `${n(r.pensionsByType.current.total)} (${s.change(
        n(r.pensionsByType.change.total?.number ?? null),
        pct(r.pensionsByType.change.total?.percent ?? null),
      )})`,
    ],
    [s.disabilityShare, pct(r.disability.disabilityShare)],
    [s.averageGrade, pct(r.disability.averageGrade)],
    [s.afpDrawers, `${n(r.afpTakeUp.drawers)} (${pct(r.afpTakeUp.fullAfpShare)})`],
    [s.premium(r.financeYear), tx.nok(n(f.premium))],
    [s.premiumReserve, tx.nok(n(f.premiumReserve))],
    [s.pensionCost, tx.nok(n(f.pensionCost))],
  ];
}

export function scopeText(r: KeyFiguresReport, tx: ReportTexts): string {
  if (r.scope.employers === null) return tx.allEmployers;
  return r.scope.employers.map((o) => `${r.employers[o] ?? ''} (${o})`).join(', ');
}

/** The report's notes in the language (the JSON carries them in English, in the catalogue's order). */
export function notesIn(r: KeyFiguresReport, tx: ReportTexts): string[] {
  const english = reportTexts('en').notes;
  return r.notes.map((note) => tx.notes[english.indexOf(note)] ?? note);
}
