/** Valid Norwegian identity, organisation and account numbers for tests. */
import { mod11ControlDigit } from '../../src/domain/identifiers';

/**
 * A valid fødselsnummer for a birth date DDMMYY: the first individual number from `from` (up to 400
 * further) whose two check digits exist. Individual numbers 100–499 are born 1900–1999, 500–999 2000–2039.
 */
export function fnr(ddmmyy: string, from = 100): string {
  for (let ind = from; ind < Math.min(from + 400, 1000); ind++) {
    const nine = `${ddmmyy}${String(ind).padStart(3, '0')}`;
    const d = Array.from(nine, Number);
    const k1 = mod11ControlDigit(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === undefined) continue;
    const k2 = mod11ControlDigit([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    return `${nine}${k1}${k2}`;
  }
  throw new Error(`no valid number for ${ddmmyy} from ${from}`);
}

/** A valid organisation number from its first eight digits (the next eight that have a check digit). */
export function orgnr(eight: string): string {
  const k = mod11ControlDigit(Array.from(eight, Number), [3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === undefined) return orgnr(String(Number(eight) + 1));
  return `${eight}${k}`;
}

/** A valid account number from its first ten digits (the next ten that have a check digit). */
export function account(ten: string): string {
  const k = mod11ControlDigit(Array.from(ten, Number), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === undefined) return account(String(Number(ten) + 1));
  return `${ten}${k}`;
}
