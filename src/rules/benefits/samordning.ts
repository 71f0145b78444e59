/**
 * Samordning with folketrygden (oftp-rules §2.4), SIMPLIFIED: a pluggable step that takes the
 * folketrygd amounts as input and does not recompute NAV's folketrygd.
 *   deduction = (tilleggspensjon + pensjonstillegg + grunnpensjon above ¾ G)
 *               × min(service, 30)/30 × drawing share
 *   net = max(0, drawn gross − deduction)
 * Not modelled: the "smaller of actual and recomputed tilleggspensjon" rule [S26], the married /
 * single grunnpensjon variants (UNVERIFIED), and the separate 1954+ regime [S28].
 */
import { Dec, type Dec as DecT, roundDecimal } from '../exact';
import { SAMORDNING } from '../parameters/rates';
import type { CalcRequest } from '../request';
import { fmt, type Trace } from '../trace';

export interface Coordinated {
  net: DecT;
  deduction: DecT;
}

export function coordinate(
  drawn: DecT,
  national: NonNullable<CalcRequest['nationalPension']>,
  serviceYears: number,
  fullYears: number,
  drawH: number,
  g: number,
  trace: Trace,
): Coordinated {
  const gpPart = Dec.max(
    0,
    new Dec(national.grunnpensjon).minus(new Dec(g).mul(SAMORDNING.basicPensionFreeG)),
  );
  const sum = new Dec(national.tilleggspensjon).plus(national.pensjonstillegg).plus(gpPart);
  const deduction = sum
    .mul(Math.min(serviceYears, fullYears))
    .mul(drawH)
    .div(fullYears * 10000);
  const net = Dec.max(0, drawn.minus(deduction));
  if (trace.on)
    trace.add(
      'samordning',
      `SIMPLIFIED samordning: deduction = (tilleggspensjon ${fmt(national.tilleggspensjon)} + pensjonstillegg ${fmt(national.pensjonstillegg)} + grunnpensjon above ¾ G ${fmt(gpPart.toNumber())}) × ${Math.min(serviceYears, fullYears)}/${fullYears} × drawing ${fmt(drawH / 100)} % = ${roundDecimal(deduction)}; net = max(0, ${roundDecimal(drawn)} − deduction) = ${roundDecimal(net)}`,
      {
        ...national,
        G: g,
        status: 'applied',
        grunnpensjonAbove: Number(gpPart.toFixed(2)),
        deduction: roundDecimal(deduction),
        years: Math.min(serviceYears, fullYears),
        fullYears,
        drawingPct: drawH / 100,
        before: roundDecimal(drawn),
      },
      roundDecimal(net),
    );
  return { net, deduction };
}

export function traceNoSamordning(trace: Trace): void {
  if (trace.on)
    trace.add(
      'samordning',
      'Samordning NOT applied: no folketrygd amounts were given (request field nationalPension); the amount is the gross pension before coordination',
      { status: 'not-given' },
      null,
    );
}

/**
 * For a benefit that is not coordinated: say so with the reason, and say that folketrygd amounts
 * given in the request were seen and deliberately not applied (not that none were given).
 */
export function traceSamordningNotApplicable(trace: Trace, given: boolean, why: string): void {
  if (trace.on)
    trace.add(
      'samordning',
      given
        ? `Samordning not applied: folketrygd amounts were given (nationalPension) but are not applied for this benefit (${why})`
        : `Samordning not applied: ${why}`,
      { status: 'not-applicable', given },
      null,
    );
}
