/**
 * The member search lives in the address, so it survives a reload and the back button — except
 * a fødselsnummer, which must never reach the address bar or the server's logs: an 11-digit
 * search is kept in the browser history's own state (history.state), which also survives a
 * reload and back, but is never sent anywhere.
 */
import { useLocation, useNavigate, useSearchParams } from 'react-router';

export const SEARCH_PURPOSES = ['case_handling', 'customer_inquiry', 'quality_control'] as const;
export const PAGE_SIZE = 50;

export interface SearchState {
  query: string;
  purpose: string;
  page: number;
}

/** Where the member page's "back to the search" goes, carried in the link's history state. */
export interface FromSearch {
  from?: { pathname: string; search: string; state: unknown };
  purpose?: string;
}

export const isNationalId = (q: string) => /^\d{11}$/.test(q.replace(/\s/g, ''));

export function useSearchState(): [SearchState | null, (s: SearchState) => void] {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const hidden = (location.state as { nid?: string } | null)?.nid;
  const query = hidden ?? params.get('sok') ?? '';
  const state: SearchState | null = query
    ? {
        query,
        purpose: params.get('formal') ?? SEARCH_PURPOSES[0],
        page: Math.max(1, Number(params.get('side') ?? 1) || 1),
      }
    : null;
  const set = (s: SearchState) => {
    const p = new URLSearchParams();
    const nid = isNationalId(s.query);
    if (!nid) p.set('sok', s.query);
    p.set('formal', s.purpose);
    if (s.page > 1) p.set('side', String(s.page));
    void navigate({ search: `?${p}` }, { state: nid ? { nid: s.query } : null });
  };
  return [state, set];
}
