import { Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Forbidden } from '../pages/NotFound';
import { useAuth } from './AuthContext';
import type { Permission } from './permissions';

/** Sends a visitor without a session to the login page, and tells a user without the role so. */
export function RequireAuth({ children, permission }: { children: ReactNode; permission?: Permission }) {
  const { t } = useTranslation();
  const { user, can, ended } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Spinner aria-label={t('common.loading')} />;
  // Back to where the user was (search, tab and all) after signing in again.
  if (user === null)
    return (
      <Navigate
        to="/logg-inn"
        replace
        state={{ from: location.pathname + location.search + location.hash, ended }}
      />
    );
  if (permission && !can(permission)) return <Forbidden />;
  return <>{children}</>;
}
