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
  const scale = 10 ** decimals;
  const r = Math.round(n * scale);
  // Digits from integers: printing a fraction (shortest round-trip) costs far more, and the
  // trace formats several numbers in every step. Same text as String(r / scale).
  const a = r < 0 ? -r : r;
  // Up to 15 significant digits a decimal survives the round trip through a double, so its
  // digits are what String prints; beyond that, and below 1e-6 (exponent form), keep the formula.
  if (!(a < 1e15) || a < scale * 1e-6) return String(r / scale);
  const whole = Math.floor(a / scale);
  let frac = a - whole * scale;
  const sign = r < 0 ? '-' : '';
  if (frac === 0) return `${sign}${whole}`;
  let digits = decimals;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  return `${sign}${whole}.${String(frac).padStart(digits, '0')}`;
}

/** A share (0..1) as a percentage for a trace text. */
export function pct(share: number, decimals = 4): string {
  return `${fmt(share * 100, decimals)} %`;
}
