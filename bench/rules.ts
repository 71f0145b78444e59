/**
 * Speed of the rules engine (issue #3): old-age pensions for 1 000 000 synthetic histories with
 * the trace off, next to a floor — a hand-written loop over typed arrays computing the same
 * final formula (calendar service, average part-time with the excess dropped, 12 G cap, 66 % ×
 * years/30) with no engine — and the engine with the trace on. The floor's amounts are checked
 * against the engine's gross pension (before the levealdersjustering), so both compute the same
 * thing. The periods' calendar lengths are counted when packing, as the day numbers were. Prints JSON: rates per CPU second, and
 * per wall-clock second under `wallClock`.
 * `RULES_N` sets the number of histories (default 1 000 000).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { calculate, parseCalcRequest } from '../src/rules';
import { periodUnits } from '../src/rules/calendar';
import { dayNumber } from '../src/rules/days';
import { exactStats } from '../src/rules/exact';
import { gOn } from '../src/rules/parameters/g';
import type { CalcRequest } from '../src/rules/request';
import { rng, syntheticRequest } from './_histories';

const N = Number(process.env.RULES_N ?? 1_000_000);

// A full collection before each timed loop: building a chunk of requests (zod parsing) leaves
// garbage, and whichever loop ran next would pay for collecting it — the engine, as it is the
// one that allocates. Its own garbage (the answers) is still collected, and counted, in its loop.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const CHUNK = 100_000;
const TRACE_N = Math.min(N, 200_000);
const MAX_P = 5;

function makeChunk(seed: number, size: number, trace: boolean): CalcRequest[] {
  const next = rng(seed);
  const out: CalcRequest[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const p = parseCalcRequest(syntheticRequest(next, trace));
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    out[i] = p.request;
  }
  return out;
}

/** The same histories as typed arrays, for the floor. */
interface Packed {
  n: number;
  periods: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** Calendar length of each period up to the date (calendar.ts units). */
  units: Int32Array;
  pct: Int32Array;
  salaryOre: Float64Array;
  endDay: Int32Array;
  otherUnits: Int32Array;
  capOre: Float64Array;
  eligible: Uint8Array;
}

function pack(reqs: CalcRequest[]): Packed {
  const n = reqs.length;
  const p: Packed = {
    n,
    periods: new Int32Array(n),
    from: new Int32Array(n * MAX_P),
    to: new Int32Array(n * MAX_P),
    units: new Int32Array(n * MAX_P),
    pct: new Int32Array(n * MAX_P),
    salaryOre: new Float64Array(n * MAX_P),
    endDay: new Int32Array(n),
    otherUnits: new Int32Array(n),
    capOre: new Float64Array(n),
    eligible: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = reqs[i] as CalcRequest;
    p.periods[i] = r.employments.length;
    r.employments.forEach((e, k) => {
      p.from[i * MAX_P + k] = dayNumber(e.from);
      p.to[i * MAX_P + k] = dayNumber(e.to);
      p.units[i * MAX_P + k] = periodUnits(e.from, e.to, r.date);
      p.pct[i * MAX_P + k] = Math.round(e.positionPct * 100);
      p.salaryOre[i * MAX_P + k] = Math.round(e.annualSalary * 100);
    });
    p.endDay[i] = dayNumber(r.date);
    p.otherUnits[i] = r.otherServiceYears * 100 * 36;
    p.capOre[i] = 12 * gOn(r.date) * 100;
    // Everyone is 67 and born ≤ 1962; the floor only needs the 3-year minimum.
    p.eligible[i] = 1;
  }
  return p;
}

const FULL = 30 * 3600;
const u = new Float64Array(MAX_P + 1);
const q = new Float64Array(MAX_P + 1);

/** The floor: the final formula straight over typed arrays. Returns the sum of annual amounts. */
function floor(p: Packed, out: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < p.n; i++) {
    const np = p.periods[i] as number;
    let units = 0;
    let weighted = 0;
    let last = -1;
    let lastTo = -1;
    for (let k = 0; k < np; k++) {
      const j = i * MAX_P + k;
      const pc = p.pct[j] as number;
      u[k] = 0;
      q[k] = pc;
      if (pc < 2000) continue;
      const len = p.units[j] as number;
      if (len <= 0) continue;
      u[k] = len;
      units += len;
      weighted += len * pc;
      if ((p.to[j] as number) > lastTo) {
        lastTo = p.to[j] as number;
        last = j;
      }
    }
    const other = p.otherUnits[i] as number;
    u[np] = other;
    q[np] = 10000;
    units += other;
    weighted += other * 10000;
    let avgUnits = units;
    if (units > FULL) {
      let excess = units - FULL;
      while (excess > 0) {
        let lo = -1;
        for (let k = 0; k <= np; k++)
          if ((u[k] as number) > 0 && (lo < 0 || (q[k] as number) < (q[lo] as number))) lo = k;
        if (lo < 0) break;
        const take = Math.min(excess, u[lo] as number);
        weighted -= take * (q[lo] as number);
        excess -= take;
        u[lo] = 0;
      }
      avgUnits = FULL;
    }
    out[i] = 0;
    if (units < 3 * 3600 || last < 0) continue;
    const years = Math.min(Math.floor((Math.floor(units / 300) + 6) / 12), 30);
    const pg = Math.min(p.salaryOre[last] as number, p.capOre[i] as number);
    const v = (pg * weighted * 6600 * years) / (avgUnits * 10000 * 10000 * 30 * 100);
    const a = Math.floor(v + 0.5);
    out[i] = a;
    sum += a;
  }
  return sum;
}

/**
 * Wall-clock seconds and CPU seconds of this process (all its threads, so the garbage
 * collector's helpers count against the engine). On a busy machine the wall clock also counts
 * time spent waiting for a core; CPU time is the time on a core, the "on one core".
 */
function timeIt(fn: () => number): { seconds: number; cpuSeconds: number; value: number } {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = fn();
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const u = process.cpuUsage(c);
  return { seconds, cpuSeconds: (u.user + u.system) / 1e6, value };
}

let engineSeconds = 0;
let floorSeconds = 0;
let engineCpuSeconds = 0;
let floorCpuSeconds = 0;
let engineSum = 0;
let floorSum = 0;
let mismatches = 0;
// The plain float loop can round an exact half krone the wrong way; the engine cannot.
let halfKroneDifferences = 0;
const fallbacksBefore = exactStats.fallbacks;
// Warm up both paths once so the JIT compiles them before timing.
{
  const warm = makeChunk(999, 20_000, false);
  for (const r of warm) calculate(r);
  floor(pack(warm), new Float64Array(warm.length));
}
for (let done = 0, seed = 1; done < N; done += CHUNK, seed++) {
  const reqs = makeChunk(seed, Math.min(CHUNK, N - done), false);
  const packed = pack(reqs);
  collectGarbage();
  const amounts = new Float64Array(reqs.length);
  const e = timeIt(() => {
    let s = 0;
    for (let i = 0; i < reqs.length; i++) {
      const a = calculate(reqs[i] as CalcRequest).components.gross ?? 0;
      amounts[i] = a;
      s += a;
    }
    return s;
  });
  const floorAmounts = new Float64Array(reqs.length);
  collectGarbage();
  const f = timeIt(() => floor(packed, floorAmounts));
  engineSeconds += e.seconds;
  floorSeconds += f.seconds;
  engineCpuSeconds += e.cpuSeconds;
  floorCpuSeconds += f.cpuSeconds;
  engineSum += e.value;
  floorSum += f.value;
  for (let i = 0; i < reqs.length; i++) {
    const d = Math.abs((amounts[i] as number) - (floorAmounts[i] as number));
    if (d > 1) mismatches++;
    else if (d === 1) halfKroneDifferences++;
  }
}
const traced = makeChunk(7777, TRACE_N, true);
collectGarbage();
const t = timeIt(() => {
  let s = 0;
  for (const r of traced) s += calculate(r).trace?.length ?? 0;
  return s;
});

// The headline figures are per CPU second (steady on a shared machine); wall-clock ones follow.
const calculationsPerSecond = Math.round(N / engineCpuSeconds);
const floorPerSecond = Math.round(N / floorCpuSeconds);
const withTracePerSecond = Math.round(TRACE_N / t.cpuSeconds);
const ratioToFloor = Number((floorPerSecond / calculationsPerSecond).toFixed(2));
const wallClock = {
  calculationsPerSecond: Math.round(N / engineSeconds),
  floorPerSecond: Math.round(N / floorSeconds),
  ratioToFloor: Number((engineSeconds / floorSeconds).toFixed(2)),
  withTracePerSecond: Math.round(TRACE_N / t.seconds),
};
process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'rules',
      histories: N,
      calculationsPerSecond,
      floorPerSecond,
      ratioToFloor,
      withTracePerSecond,
      wallClock,
      amountsDifferingFromFloorByMoreThanOneKrone: mismatches,
      floorOffByOneKroneAtExactHalves: halfKroneDifferences,
      engineExactFallbacks: exactStats.fallbacks - fallbacksBefore,
      sumOfAnnualAmounts: { engine: engineSum, floor: floorSum },
      targets: {
        calculationsPerSecond: 1_000_000,
        ratioToFloorAtMost: 5,
        withTracePerSecond: 100_000,
      },
      meetsTargets: {
        calculationsPerSecond: calculationsPerSecond >= 1_000_000,
        ratioToFloor: ratioToFloor <= 5,
        withTracePerSecond: withTracePerSecond >= 100_000,
      },
    },
    null,
    2,
  )}\n`,
);
