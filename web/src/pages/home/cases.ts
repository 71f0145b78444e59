/**
 * The start page's view of the cases capability (shared/contracts/cases.md). The routes may not
 * exist in this installation yet: a 404 hides the panels instead of showing an error.
 */
import type { CaseList } from '../../api/cases';
import { getOptional, query } from '../../api/client';

/** Statuses of a case still being worked on (the backlog). */
export const OPEN_STATUSES = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'on_hold',
  'reopened',
] as const;

export function myOpenCases(limit = 10): Promise<CaseList | null> {
  return getOptional<CaseList>(`/api/cases${query({ assignee: 'me', limit })}`);
}

/** Cases per status (the unit's backlog), or null when cases are not in use. */
export async function casesByStatus(statuses: readonly string[]): Promise<Record<string, number> | null> {
  const out: Record<string, number> = {};
  for (const status of statuses) {
    const list = await getOptional<CaseList>(`/api/cases${query({ status, limit: 1 })}`);
    if (list === null) return null;
    out[status] = list.total;
  }
  return out;
}
