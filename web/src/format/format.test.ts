/** The display formats the UI promises (issue #2 design notes): dd.mm.yyyy, "kr 650 000", "33,33 %". */
import { describe, expect, it } from 'vitest';
import { formatters } from './format';

const nb = formatters('nb');
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Norwegian display formats', () => {
  it('shows a calendar date as dd.mm.yyyy without moving it across a time zone', () => {
    expect(nb.date('2017-12-31')).toBe('31.12.2017');
    expect(nb.date('1954-01-01')).toBe('01.01.1954');
    expect(nb.date(null)).toBe('–');
  });

  it('shows kroner as "kr 650 000", with øre only when there are any', () => {
    expect(spaces(nb.money(650000))).toBe('kr 650 000');
    expect(spaces(nb.money(586778.76))).toBe('kr 586 778,76');
    expect(nb.money(null)).toBe('–');
  });

  it('shows percent points as "33,33 %"', () => {
    expect(spaces(nb.percent(33.33))).toBe('33,33 %');
    expect(spaces(nb.percent(100))).toBe('100 %');
    expect(nb.percent(null)).toBe('–');
  });

  it('formats for English readers too, money still in kroner', () => {
    const en = formatters('en');
    expect(en.date('2017-12-31')).toBe('31/12/2017');
    expect(en.money(650000)).toBe('kr 650,000');
  });
});
