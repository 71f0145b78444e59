/**
 * Synthetic member histories for the rules benchmarks: deterministic (seeded), born 1945–1962,
 * one to four employment periods with varying percentage and salary, computed at 67.
 */
import type { CalcRequestInput } from '../src/rules';

/** Small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticRequest(next: () => number, trace: boolean): CalcRequestInput {
  const birthYear = 1945 + Math.floor(next() * 18);
  const birthMonth = 1 + Math.floor(next() * 12);
  const birthDay = 1 + Math.floor(next() * 28);
  const birthDate = `${birthYear}-${pad(birthMonth)}-${pad(birthDay)}`;
  const drawYear = Math.max(birthYear + 67, 2009);
  // The 28th of the birth month: every member is 67 on the date (birth days are 1–28).
  const date = `${drawYear}-${pad(birthMonth)}-28`;
  const periods = 1 + Math.floor(next() * 4);
  let startYear = birthYear + 22 + Math.floor(next() * 15);
  const employments = [];
  for (let i = 0; i < periods && startYear < drawYear - 1; i++) {
    const last = i === periods - 1;
    const endYear = last ? drawYear - 1 : Math.min(drawYear - 1, startYear + 1 + Math.floor(next() * 12));
    employments.push({
      from: `${startYear}-01-01`,
      to: last ? `${drawYear}-${pad(birthMonth)}-27` : `${endYear}-12-31`,
      positionPct: [100, 100, 80, 60, 50, 20, 75.5][Math.floor(next() * 7)] as number,
      annualSalary: 300000 + Math.floor(next() * 1400000),
    });
    startYear = endYear + 1;
  }
  return {
    benefit: 'old_age',
    date,
    person: { birthDate, ageLimit: 70 },
    employments,
    otherServiceYears: Math.floor(next() * 4),
    trace,
  };
}
