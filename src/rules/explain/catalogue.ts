/**
 * The shape of a message catalogue for member explanations (explain.ts). One module per
 * language (nb.ts, en.ts; nynorsk can follow as nn.ts): words, benefit names and one template
 * per trace rule. Templates are functions of the step's numbers, already formatted the
 * language's way by `Formatter`, so each language words its own sentences and plurals.
 */
import type { Benefit } from '../request';
import type { TraceValue } from '../trace';

export interface Words {
  /** BCP 47 locale for numbers (`nb-NO`, `en-GB`). */
  locale: string;
  /** Whole kroner with the number already formatted, e.g. "396 000 kroner". */
  money: (formatted: string) => string;
  year: [string, string];
  month: [string, string];
  day: [string, string];
  and: string;
  monthNames: readonly string[];
  /** A date from its parts, e.g. "1. juni 2025". */
  date: (day: number, monthName: string, year: number) => string;
}

/** Numbers as a member reads them, in the catalogue's language. */
export interface Formatter {
  /** Whole kroner ("396 000 kroner"). */
  kr(v: TraceValue | undefined): string;
  /** A number with up to `decimals` decimals ("1,03"). */
  num(v: TraceValue | undefined, decimals?: number): string;
  /** A percentage given as a number of percent (66 → "66 %"). */
  pct(v: TraceValue | undefined): string;
  /** A share 0..1 as a percentage (0.7546 → "75,46 %"). */
  share(v: TraceValue | undefined): string;
  /** Whole years ("30 år"). */
  years(v: TraceValue | undefined): string;
  /** Years, months and days ("29 år, 5 måneder og 12 dager"). */
  ymd(years: TraceValue | undefined, months: TraceValue | undefined, days: TraceValue | undefined): string;
  /** An ISO date in words ("1. juni 2025"). */
  date(v: TraceValue | undefined): string;
}

/** One trace step as a template sees it. */
export interface StepView {
  benefit: Benefit;
  /** The step is about a deceased member (spouse and child pensions). */
  deceased: boolean;
  /** The step's inputs, and its value as `value`. */
  v: Record<string, TraceValue>;
  f: Formatter;
}

/** A template: a sentence, or undefined when the step has nothing to tell the member. */
export type Template = (s: StepView) => string | undefined;

export interface Catalogue {
  language: 'nb' | 'en';
  words: Words;
  benefit: Record<Benefit, string>;
  title: (benefit: string, date: string) => string;
  eligible: (benefit: string, annual: string, monthly: string) => string;
  notEligible: (benefit: string, date: string) => string;
  provisional: string;
  /** Templates by trace rule: the general step, and `levealdersjustering`/`samordning` notes. */
  steps: Record<string, Template>;
  /** Conditions by `benefit:rule` or by rule (without the `eligibility:` prefix). */
  conditions: Record<string, (s: StepView, met: boolean) => string>;
}
