/** Story: a readable change history (issue #23, item 3): named employers, no ids, grouped, filterable. */
import { describe, expect, it } from 'vitest';
import type { Change, Person } from '../../api/types';
import { filterChanges, groupChanges, readable } from './history';

const rec = { recordedAt: '2026-01-01T00:00:00Z', recordedBy: 'x' };
const person: Person = {
  id: 1,
  nationalId: '01017012345',
  name: 'P',
  birthDate: '1970-01-01',
  deathDate: null,
  address: null,
  accountNumber: null,
  validFrom: '1970-01-01',
  ...rec,
  memberships: [
    {
      id: 10,
      personId: 1,
      kind: 'own',
      status: 'active',
      employer: { id: 5, orgnr: '974760673', name: 'Bergen kommune' },
      scheme: { code: 'F', name: 'F', providerCode: 'KLP' },
      employments: [
        {
          id: 100,
          startDate: '2000-01-01',
          endDate: null,
          positionPct: 100,
          annualSalary: 1,
          ageLimit: 70,
          ...rec,
        },
      ],
      pensions: [],
    },
    {
      id: 11,
      personId: 1,
      kind: 'own',
      status: 'former',
      employer: { id: 6, orgnr: '964338531', name: 'Oslo kommune' },
      scheme: { code: 'F', name: 'F', providerCode: 'KLP' },
      employments: [],
      pensions: [],
    },
  ],
};

const changes: Change[] = [
  {
    entity: 'employment',
    entityId: 100,
    at: '2026-03-01T10:00:00Z',
    by: 'sara',
    action: 'changed',
    fields: [{ field: 'annualSalary', from: 500000, to: 550000 }],
  },
  {
    entity: 'employment',
    entityId: 101,
    at: '2026-03-01T10:00:00Z',
    by: 'sara',
    action: 'created',
    fields: [
      { field: 'membershipId', from: null, to: 10 },
      { field: 'positionPct', from: null, to: 80 },
    ],
  },
  {
    entity: 'membership',
    entityId: 11,
    at: '2020-01-01T09:00:00Z',
    by: 'import',
    action: 'created',
    fields: [],
  },
  { entity: 'person', entityId: 1, at: '2019-01-01T09:00:00Z', by: 'import', action: 'created', fields: [] },
];

describe('readable change history', () => {
  const r = readable(changes, person);
  it('names the employer of each record, also of a period that no longer exists, and drops id fields', () => {
    expect(r.map((c) => c.employer)).toEqual(['Bergen kommune', 'Bergen kommune', 'Oslo kommune', null]);
    expect(r[1]?.fields.map((f) => f.field)).toEqual(['positionPct']);
  });
  it('groups the changes made together, newest first', () => {
    const g = groupChanges(r);
    expect(g.map((x) => [x.by, x.changes.length])).toEqual([
      ['sara', 2],
      ['import', 1],
      ['import', 1],
    ]);
  });
  it('filters by kind of record and by employer', () => {
    expect(filterChanges(r, { entity: 'employment', employer: '' })).toHaveLength(2);
    expect(filterChanges(r, { entity: '', employer: 'Oslo kommune' })).toHaveLength(1);
  });
});
