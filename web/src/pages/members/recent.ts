/**
 * Members the user opened lately, for the start page: per user, in the browser's localStorage, so
 * the list is the same in every tab and survives a reload and the next sign-in on this browser.
 * It holds the member's id, name and when it was opened — never a national identity number — and
 * listing it asks the server nothing, so it writes no access-log rows for reads nobody made.
 */
import { useEffect, useState } from 'react';

const PREFIX = 'kassa.recentMembers.';
const MAX = 8;

export interface RecentMember {
  id: number;
  name: string;
  at: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (username: string) => `${PREFIX}${username}`;

export function recentMembers(username: string, store: Store = localStorage): RecentMember[] {
  try {
    const list = JSON.parse(store.getItem(keyOf(username)) ?? '[]') as unknown;
    return Array.isArray(list)
      ? (list as RecentMember[])
          .filter((m) => Number.isInteger(m?.id) && typeof m.name === 'string' && typeof m.at === 'string')
          .map(({ id, name, at }) => ({ id, name, at }))
      : [];
  } catch {
    return [];
  }
}

export function rememberMember(
  username: string,
  member: { id: number; name: string },
  now = new Date(),
  store: Store = localStorage,
) {
  const list = [
    { id: member.id, name: member.name, at: now.toISOString() },
    ...recentMembers(username, store).filter((m) => m.id !== member.id),
  ].slice(0, MAX);
  try {
    store.setItem(keyOf(username), JSON.stringify(list));
  } catch {
    // storage full or switched off: the start page simply shows fewer members
  }
}

/** The user's recent members, updated when another tab opens a member. */
export function useRecentMembers(username: string | undefined): RecentMember[] {
  const [list, setList] = useState(() => (username ? recentMembers(username) : []));
  useEffect(() => {
    if (!username) return;
    setList(recentMembers(username));
    const onStorage = (e: StorageEvent) => {
      if (e.key === keyOf(username)) setList(recentMembers(username));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [username]);
  return list;
}
