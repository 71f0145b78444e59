/**
 * Where the validator sends each clean row: to temporary staging tables for a merge into a filled
 * register (stage.ts), or straight into the register's tables in an initial load (direct.ts).
 * Positional arguments: a million rows should not cost a million objects. Values come as the
 * numbers the validator already read, so no sink parses them again: dates as day numbers (days
 * since 1970-01-01, see domain/day-numbers.ts), percentages in hundredths, amounts in øre.
 */
import type { MembershipKind } from '../tables';

export interface RowSink {
  employer(orgnr: string, name: string): void;
  scheme(code: string, provider: string, name: string): void;
  /** `person` is the validator's index for the number (0, 1, …), also given with its memberships. */
  /** `account` is a checked kontonummer (11 digits); `account` and `address` are null when empty. */
  person(
    person: number,
    nid: string,
    birth: number,
    name: string,
    death: number | null,
    account: string | null,
    address: string | null,
  ): void;
  /**
   * A membership first met in employments.csv or pensions.csv; `mkey` numbers it within the import.
   * `nid` is the person's 11 digits as an integer (exact: below 2^53), to be padded back to 11.
   */
  membership(
    mkey: number,
    person: number,
    nid: number,
    orgnr: string,
    scheme: string,
    kind: MembershipKind,
  ): void;
  /** `pct` in hundredths (3333 is 33.33 %); `salary` in øre, null when none. */
  employment(mkey: number, start: number, end: number | null, pct: number, salary: number | null): void;
  /** `grade` in hundredths, null when none; `amount` in øre, null when none. */
  pension(
    mkey: number,
    benefit: string,
    start: number,
    end: number | null,
    grade: number | null,
    amount: number | null,
  ): void;
  /** Amounts in øre; empty figures are 0. */
  finance(orgnr: string, scheme: string, year: number, premium: number, reserve: number, cost: number): void;
}
