/**
 * Members the user opened lately, for the start page. Kept in the browser tab's sessionStorage
 * (like the session itself): a name never outlives the session on a shared computer, and
 * listing them asks the server nothing, so it writes no access-log rows for reads nobody made.
 */
const KEY = 'kassa.recentMembers';
const MAX = 8;

export interface RecentMember {
  id: number;
  name: string;
  at: string;
}

export function recentMembers(): RecentMember[] {
  try {
    const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as RecentMember[]).filter((m) => typeof m.id === 'number') : [];
  } catch {
    return [];
  }
}

export function rememberMember(id: number, name: string, now = new Date()) {
  const list = [{ id, name, at: now.toISOString() }, ...recentMembers().filter((m) => m.id !== id)].slice(
    0,
    MAX,
  );
  sessionStorage.setItem(KEY, JSON.stringify(list));
}
