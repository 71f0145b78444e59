/**
 * The step-by-step explanation a calculation carries: rule name, the formula in words with the
 * numbers, the inputs and the value. With the trace off nothing is built (callers test `on`
 * before making strings), so recomputing a whole fund pays nothing for it.
 */
export type TraceValue = number | string | boolean | null;

export interface TraceStep {
  rule: string;
  text: string;
  inputs: Record<string, TraceValue>;
  value: TraceValue;
}

export class Trace {
  readonly steps: TraceStep[] = [];
  constructor(readonly on: boolean) {}

  /** The shared switched-off trace: nothing is ever added to it, so one instance serves all. */
  static readonly OFF = new Trace(false);

  add(rule: string, text: string, inputs: Record<string, TraceValue>, value: TraceValue): void {
    this.steps.push({ rule, text, inputs, value });
  }
}

/** A number for a trace text: whole numbers as they are, others with up to `decimals` places. */
export function fmt(n: number, decimals = 2): string {
  if (Number.isInteger(n)) return String(n);
  // Scale-round-unscale instead of toFixed + Number: the trace path formats many numbers.
  const scale = 10 ** decimals;
  return String(Math.round(n * scale) / scale);
}

/** A share (0..1) as a percentage for a trace text. */
export function pct(share: number, decimals = 4): string {
  return `${fmt(share * 100, decimals)} %`;
}
