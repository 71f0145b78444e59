/** The short summary at the top of the HTML and PDF reports. */
import type { KeyFiguresReport } from './model';

export function formatCell(v: string | number | null, percent = false): string {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  const text = v.toLocaleString('nb-NO', { maximumFractionDigits: 2 }).replace(/\u00a0/g, ' ');
  return percent ? `${text} %` : text;
}

export function summaryLines(r: KeyFiguresReport): [string, string][] {
  const t = r.membershipsByEmployer.total;
  const f = r.financeTotals.total;
  const pct = (v: number | null) => formatCell(v, true);
  return [
    ['Memberships', `${formatCell(t?.total ?? 0)} (last year ${formatCell(t?.previous.total ?? 0)})`],
    ['Active', `${formatCell(t?.active ?? 0)} (${pct(t?.shares.active ?? null)})`],
    ['Pensioners', `${formatCell(t?.pensioners ?? 0)} (${pct(t?.shares.pensioners ?? null)})`],
    ['Former members', `${formatCell(t?.former ?? 0)} (${pct(t?.shares.former ?? null)})`],
    [
      'Pensions in payment',
      `${formatCell(r.pensionsByType.current.total)} (change ${formatCell(r.pensionsByType.change.total?.number ?? null)}, ${pct(r.pensionsByType.change.total?.percent ?? null)})`,
    ],
    ['Disability share', pct(r.disability.disabilityShare)],
    ['Average disability grade', pct(r.disability.averageGrade)],
    ['AFP drawers (full AFP)', `${formatCell(r.afpTakeUp.drawers)} (${pct(r.afpTakeUp.fullAfpShare)})`],
    [`Premium ${r.financeYear}`, `NOK ${formatCell(f.premium)}`],
    ['Premium reserve', `NOK ${formatCell(f.premiumReserve)}`],
    ['Pension cost', `NOK ${formatCell(f.pensionCost)}`],
  ];
}

export function scopeText(r: KeyFiguresReport): string {
  if (r.scope.employers === null) return 'All employers';
  return r.scope.employers.map((o) => `${r.employers[o] ?? ''} (${o})`).join(', ');
}
