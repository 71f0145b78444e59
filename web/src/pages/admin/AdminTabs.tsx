/** Switches between the users and the role gallery (two pages, one place). */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.sections')} className="kassa-subnav">
      <ul>
        <li>
          <NavLink to="/admin/brukere" end>
            {t('admin.usersTitle')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/roller">{t('admin.rolesTitle')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
