/**
 * Who is signed in. The token is kept in sessionStorage; on start-up it is checked against
 * /api/auth/me, and any 401 from the API sends the user back to the login page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setUnauthorizedHandler, tokenStore } from '../api/client';
import type { User } from '../api/types';
import { can, type Permission, scopeOf } from './permissions';
import { tokenExpiresAt } from './session';

interface AuthState {
  /** undefined while the stored token is being checked. */
  user: User | null | undefined;
  /** True when the session ended by itself (expired), not by signing out. */
  ended: boolean;
  /** When the session ends (ms since the epoch), if known. */
  expiresAt: number | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
  can(permission: Permission): boolean;
  scope(permission: Permission): 'all' | string[];
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<User | null | undefined>(tokenStore.get() ? undefined : null);
  const [ended, setEnded] = useState(false);
  const [expiresAt, setExpiresAt] = useState<number | null>(tokenExpiresAt(tokenStore.get()));

  const logout = useCallback(() => {
    tokenStore.clear();
    queryClient.clear();
    setEnded(false);
    setUser(null);
  }, [queryClient]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      queryClient.clear();
      setEnded(true);
      setUser(null);
    });
    if (!tokenStore.get()) return;
    api.get('/api/auth/me').then(setUser, (e: unknown) => {
      if (!(e instanceof ApiError && e.status === 401)) tokenStore.clear();
      setUser(null);
    });
  }, [queryClient]);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await api.post('/api/auth/login', { username, password });
    tokenStore.set(answer.token);
    setExpiresAt(tokenExpiresAt(answer.token));
    setEnded(false);
    setUser(answer.user);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      ended,
      expiresAt,
      login,
      logout,
      can: (p) => can(user?.roles ?? [], p),
      scope: (p) => scopeOf(user?.roles ?? [], p),
    }),
    [user, ended, expiresAt, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
