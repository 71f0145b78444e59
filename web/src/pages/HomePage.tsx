import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { NAV_ITEMS } from '../shell/navigation';
import { Forbidden } from './NotFound';

/** The start page is the first screen the user's roles allow. */
export function HomePage() {
  const { can } = useAuth();
  const first = NAV_ITEMS.find((i) => can(i.permission));
  return first ? <Navigate to={first.path} replace /> : <Forbidden />;
}
