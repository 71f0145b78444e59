import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import { buildRequest } from './build-request';

const d = (s: string) => s as IsoDate;

describe("a case's calculation request from its service history", () => {
  it('ends open periods the day before the start, leaves out later ones, adds transfer years, kroner from øre', () => {
    const r = buildRequest({
      benefit: 'old_age',
      date: d('2025-04-01'),
      birthDate: d('1958-03-02'),
      ageLimit: 70,
      periods: [
        {
          kind: 'employment',
          from: d('2000-01-01'),
          to: null,
          positionPct: 80,
          annualSalary: 65000050 as Ore,
          serviceYears: null,
        },
        {
          kind: 'employment',
          from: d('1990-01-01'),
          to: d('1999-12-31'),
          positionPct: 100,
          annualSalary: 40000000 as Ore,
          serviceYears: null,
        },
        {
          kind: 'employment',
          from: d('2025-04-01'),
          to: null,
          positionPct: 50,
          annualSalary: 1 as Ore,
          serviceYears: null,
        },
        {
          kind: 'transfer',
          from: d('1985-01-01'),
          to: d('1986-12-31'),
          positionPct: null,
          annualSalary: null,
          serviceYears: 1.5,
        },
        {
          kind: 'transfer',
          from: d('1987-01-01'),
          to: d('1987-12-31'),
          positionPct: null,
          annualSalary: null,
          serviceYears: 0.75,
        },
      ],
    });
    expect(r).toEqual({
      benefit: 'old_age',
      date: '2025-04-01',
      person: { birthDate: '1958-03-02', ageLimit: 70 },
      employments: [
        { from: '1990-01-01', to: '1999-12-31', positionPct: 100, annualSalary: 400000 },
        { from: '2000-01-01', to: '2025-03-31', positionPct: 80, annualSalary: 650000.5 },
      ],
      otherServiceYears: 2.25,
      trace: true,
    });
  });
  it('gives a disability request its grade and a child request the deceased member and the child', () => {
    const r = buildRequest({
      benefit: 'child',
      date: d('2025-01-01'),
      birthDate: d('2012-05-05'),
      ageLimit: 70,
      periods: [],
      deceased: {
        birthDate: d('1970-01-01'),
        deathDate: d('2024-11-03'),
        ageLimit: 70,
        periods: [
          {
            kind: 'employment',
            from: d('2000-01-01'),
            to: null,
            positionPct: 100,
            annualSalary: 50000000 as Ore,
            serviceYears: null,
          },
        ],
      },
    });
    expect(r.child).toEqual({ birthDate: '2012-05-05' });
    expect(r.deceased?.employments).toEqual([
      { from: '2000-01-01', to: '2024-11-03', positionPct: 100, annualSalary: 500000 },
    ]);
  });
});
