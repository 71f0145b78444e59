/** Story: the start page's recently opened members are the user's own, across tabs and reloads (issue #23). */
import { describe, expect, it } from 'vitest';
import { recentMembers, rememberMember } from './recent';

function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    raw: m,
  };
}

describe('recently opened members', () => {
  it('keeps each user their own list, newest first, each member once, at most 8', () => {
    const store = memoryStore();
    for (let i = 1; i <= 10; i++)
      rememberMember('ada', { id: i, name: `Person ${i}` }, new Date(Date.UTC(2026, 0, i)), store);
    rememberMember('ada', { id: 5, name: 'Person 5' }, new Date(Date.UTC(2026, 1, 1)), store);
    rememberMember('bob', { id: 99, name: 'Other' }, new Date(Date.UTC(2026, 1, 2)), store);

    const ada = recentMembers('ada', store);
    expect(ada.map((m) => m.id)).toEqual([5, 10, 9, 8, 7, 6, 4, 3]);
    expect(ada[0]).toEqual({ id: 5, name: 'Person 5', at: '2026-02-01T00:00:00.000Z' });
    expect(recentMembers('bob', store).map((m) => m.id)).toEqual([99]);
    expect(recentMembers('nobody', store)).toEqual([]);
  });

  it('stores only id, name and time — never a national identity number', () => {
    const store = memoryStore();
    const person = { id: 7, name: 'Kari Nordmann', nationalId: '01017012345' };
    rememberMember('ada', person, new Date(Date.UTC(2026, 0, 1)), store);
    const saved = [...store.raw.values()].join('');
    expect(saved).not.toContain('01017012345');
    expect(JSON.parse(saved)).toEqual([{ id: 7, name: 'Kari Nordmann', at: '2026-01-01T00:00:00.000Z' }]);
  });

  it('reads a damaged entry as an empty list', () => {
    const store = memoryStore();
    store.setItem('kassa.recentMembers.ada', '{not json');
    expect(recentMembers('ada', store)).toEqual([]);
    store.setItem('kassa.recentMembers.ada', JSON.stringify([{ id: 'x' }, { id: 3, name: 'N', at: 'T' }]));
    expect(recentMembers('ada', store)).toEqual([{ id: 3, name: 'N', at: 'T' }]);
  });
});
