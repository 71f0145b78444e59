/**
 * The frame of every signed-in page: training banner, header with the user and sign-out,
 * the main menu, and the page itself.
 */
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/QueryState';
import { LanguagePicker } from './LanguagePicker';
import { NAV_ITEMS } from './navigation';
import { SessionWarning } from './SessionWarning';
import { TrainingBanner } from './TrainingBanner';

export function Layout() {
  const { t } = useTranslation();
  const { user, logout, can } = useAuth();
  const items = NAV_ITEMS.filter((i) => can(i.permission));
  return (
    <div className="kassa-app">
      <SkipLink href="#main">{t('nav.skip')}</SkipLink>
      <TrainingBanner />
      <header className="kassa-header">
        <div className="kassa-header-inner">
          <Link to="/" className="kassa-brand" title={t('nav.home')}>
            {t('app.name')}
            <span className="kassa-brand-sub">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="kassa-nav">
            <ul>
              {items.map((i) => (
                <li key={i.path}>
                  <NavLink to={i.path}>{t(i.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="kassa-user">
            <LanguagePicker compact />
            {user && (
              <span className="kassa-user-name" data-testid="signed-in-user">
                {user.displayName}
              </span>
            )}
            <Button variant="secondary" data-size="sm" onClick={logout}>
              {t('header.signOut')}
            </Button>
          </div>
        </div>
      </header>
      <SessionWarning />
      <main id="main" className="kassa-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
