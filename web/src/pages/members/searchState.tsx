/**
 * The member search lives in memory only: a fødselsnummer typed into the search must never
 * reach the address bar, history or storage, yet the results should survive a visit to a
 * member page and back.
 */
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

export interface MemberSearch {
  query: string;
  purpose: string;
  /** The search last sent; null before the first. */
  submitted: { query: string; purpose: string } | null;
}

interface SearchState extends MemberSearch {
  update(change: Partial<MemberSearch>): void;
}

const empty: MemberSearch = { query: '', purpose: 'case_handling', submitted: null };
const Ctx = createContext<SearchState | null>(null);

export function MemberSearchProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<MemberSearch>(empty);
  const value = useMemo<SearchState>(
    () => ({ ...state, update: (change) => setState((s) => ({ ...s, ...change })) }),
    [state],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useMemberSearch(): SearchState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useMemberSearch outside MemberSearchProvider');
  return ctx;
}
