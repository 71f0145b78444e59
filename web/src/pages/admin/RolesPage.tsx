/** The role gallery: every role, what it may do, who holds it, and which roles nobody holds. */
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { PageHeading } from '../../shell/PageHeading';
import { AdminTabs } from './AdminTabs';

export function RolesPage() {
  const { t } = useTranslation();
  const gallery = useQuery({ queryKey: ['admin', 'roles'], queryFn: () => api.get('/api/roles') });
  const roles = gallery.data?.roles ?? [];
  const empty = roles.filter((r) => r.empty);
  return (
    <section className="kassa-stack">
      <PageHeading>{t('admin.rolesTitle')}</PageHeading>
      <AdminTabs />
      {gallery.isPending && <Loading />}
      {gallery.error && <ErrorAlert error={gallery.error} onRetry={gallery.refetch} />}
      {gallery.data && (
        <Paragraph data-testid="empty-roles">
          {empty.length === 0
            ? t('admin.noEmptyRoles')
            : t('admin.emptyRoles', { roles: empty.map((r) => t(`roles.${r.role}`)).join(', ') })}
        </Paragraph>
      )}
      <div className="kassa-cards">
        {roles.map((r) => (
          <Card key={r.role} data-color="neutral" data-testid={`role-${r.role}`}>
            <div className="kassa-title-row">
              <Heading level={2} data-size="xs">
                {t(`roles.${r.role}`)}
              </Heading>
              <Tag data-size="sm" data-color={r.empty ? 'warning' : 'info'}>
                {r.empty ? t('admin.empty') : t('admin.holders', { count: r.holders.length })}
              </Tag>
            </div>
            <Paragraph data-size="sm" className="kassa-subtle">
              {r.permissions
                .map((p) => t(`admin.permissions.${p.replace(':', '_')}`, { defaultValue: p }))
                .join(' · ')}
            </Paragraph>
            {r.holders.length > 0 && (
              <ul className="kassa-holders">
                {r.holders.map((h) => (
                  <li key={`${h.userId}-${h.orgnr}-${h.orgUnit}`}>
                    <Link asChild>
                      <RouterLink to={`/admin/brukere/${h.userId}`}>{h.displayName}</RouterLink>
                    </Link>
                    {(h.orgnr || h.orgUnit) && (
                      <span className="kassa-subtle">
                        {' '}
                        (
                        {[h.orgnr && t('admin.atEmployer', { orgnr: h.orgnr }), h.orgUnit]
                          .filter(Boolean)
                          .join(', ')}
                        )
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </section>
  );
}
