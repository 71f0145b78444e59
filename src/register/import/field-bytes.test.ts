/**
 * The byte readers are a shortcut only: whatever they accept, the text checks of the validator
 * accept with the same value (and anything they refuse goes to those checks). Checked on random
 * fields built from the characters that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../domain/dates';
import { dayNumberOfIso, isoOfDayNumber } from '../../domain/day-numbers';
import { parseKroner } from '../../domain/money';
import { digitsValue, isoDateDays, kronerOre, percentHundredths } from './field-bytes';
import { NationalIdTable } from './national-id-table';

const field = (chars: string[], maxLength = 14) => fc.string({ unit: fc.constantFrom(...chars), maxLength });
const bytes = (s: string) => Buffer.from(s, 'utf8');

/** The validator's text rule for a percentage: its value in hundredths, or undefined when refused. */
function percentByText(text: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const [whole = '', frac = ''] = text.replace('-', '').split('.');
  if (frac.length > 2) return undefined;
  const hundredths = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return text.startsWith('-') || hundredths > 10_000 ? undefined : hundredths;
}

describe('reading import fields from bytes', () => {
  it('a percentage read from bytes is the one the text rule gives', () => {
    const digits = ['0', '1', '5', '9', '.', '-', ' ', 'x'];
    fc.assert(
      fc.property(field(digits, 8), (s) => {
        const fast = percentHundredths(bytes(s), 0, s.length);
        if (fast >= 0) expect(fast).toBe(percentByText(s));
      }),
      { numRuns: 5000 },
    );
    expect(percentHundredths(bytes('33.33'), 0, 5)).toBe(3333);
    expect(percentHundredths(bytes('7.5'), 0, 3)).toBe(750);
    expect(percentHundredths(bytes('100.01'), 0, 6)).toBe(-1);
  });

  it('kroner read from bytes are the øre parseKroner gives', () => {
    const digits = ['0', '1', '9', '.', '-', ' ', ','];
    fc.assert(
      fc.property(field(digits, 17), (s) => {
        const fast = kronerOre(bytes(s), 0, s.length);
        if (fast >= 0) expect(fast).toBe(parseKroner(s));
      }),
      { numRuns: 5000 },
    );
    expect(kronerOre(bytes('136760.58'), 0, 9)).toBe(13_676_058);
    expect(kronerOre(bytes('1234.5'), 0, 6)).toBe(123_450);
  });

  it('a date read from bytes is the day of the ISO text, and only a real one is read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const iso = parseIsoDate(text);
          const fast = isoDateDays(bytes(text), 0);
          expect(fast).toBe(iso === undefined ? undefined : dayNumberOfIso(iso));
          if (fast !== undefined) expect(isoOfDayNumber(fast)).toBe(text);
        },
      ),
      { numRuns: 5000 },
    );
    expect(isoDateDays(bytes('2024-02-29'), 0)).toBe(19_782);
    expect(isoDateDays(bytes('2023-02-29'), 0)).toBeUndefined();
    expect(isoDateDays(bytes('2024/02/01'), 0)).toBeUndefined();
  });

  it('reads digits only', () => {
    expect(digitsValue(bytes('841459660'), 0, 9)).toBe(841_459_660);
    expect(digitsValue(bytes('84145 660'), 0, 9)).toBe(-1);
    expect(digitsValue(bytes(''), 0, 0)).toBe(-1);
  });
});

describe('NationalIdTable', () => {
  it('numbers 11-digit ids in the order met, as a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999_999 }), { maxLength: 3000 }), (ids) => {
        const table = new NationalIdTable();
        const map = new Map<number, number>();
        let hint = -1;
        for (const id of ids) {
          const text = String(id).padStart(11, '0');
          const found = table.findText(text);
          expect(found).toBe(map.get(id) ?? -1);
          // The hint only saves a lookup: any hint gives the same answer.
          expect(table.find(Math.floor(id / 1_000_000), id % 1_000_000, hint)).toBe(found);
          hint = found < 0 ? table.addText(text) : found;
          map.set(id, hint);
        }
        for (const [id, i] of map) expect(table.value(i)).toBe(id);
      }),
      { numRuns: 50 },
    );
    const table = new NationalIdTable();
    expect(table.addText('08819537659')).toBe(0);
    expect(table.findText('08819537659')).toBe(0);
    expect(table.findText('0881953765')).toBe(-1);
    expect(table.findText('0881953765x')).toBe(-1);
    expect(table.value(0)).toBe(8_819_537_659);
  });
});
