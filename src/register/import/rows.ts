/**
 * Where the validator sends each clean row: to temporary staging tables for a merge into a filled
 * register (stage.ts), or straight into the register's tables in an initial load (direct.ts).
 * Positional arguments: a million rows should not cost a million objects.
 */
import type { IsoDate } from '../../domain/dates';
import type { MembershipKind } from '../tables';

export interface RowSink {
  employer(orgnr: string, name: string): void;
  scheme(code: string, provider: string, name: string): void;
  /** `person` is the validator's index for the number (0, 1, …), also given with its memberships. */
  person(person: number, nid: string, birth: IsoDate, name: string, death: IsoDate | null): void;
  /** A membership first met in employments.csv or pensions.csv; `mkey` numbers it within the import. */
  membership(
    mkey: number,
    person: number,
    nid: string,
    orgnr: string,
    scheme: string,
    kind: MembershipKind,
  ): void;
  /** `pct` as validated text ("33.33"); `salary` in øre, null when none. */
  employment(mkey: number, start: IsoDate, end: IsoDate | null, pct: string, salary: number | null): void;
  pension(
    mkey: number,
    benefit: string,
    start: IsoDate,
    end: IsoDate | null,
    grade: string | null,
    amount: number | null,
  ): void;
  /** Amounts in øre; empty figures are 0. */
  finance(orgnr: string, scheme: string, year: number, premium: number, reserve: number, cost: number): void;
}
