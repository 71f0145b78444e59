/** The administrator's list of staff users with their grants, a filter, and a form for a new user. */
import {
  Button,
  Checkbox,
  Details,
  Link,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { RoleAssignment, StaffUser } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { PageHeading } from '../../shell/PageHeading';
import { AdminTabs } from './AdminTabs';

export function grantLabel(
  t: (k: string, o?: Record<string, unknown>) => string,
  g: Omit<RoleAssignment, 'id'>,
) {
  const where = [g.orgnr && t('admin.atEmployer', { orgnr: g.orgnr }), g.orgUnit].filter(Boolean).join(', ');
  return where ? `${t(`roles.${g.role}`)} (${where})` : t(`roles.${g.role}`);
}

export function UsersPage() {
  const { t } = useTranslation();
  // Names of staff are not member data: the filter may live in the address.
  const [params, setParams] = useSearchParams();
  const filter = params.get('sok') ?? '';
  const showInactive = params.get('alle') === '1';
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => api.get('/api/users') });
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = (users.data?.users ?? [])
    .filter((u) => showInactive || u.active)
    .filter((u) => words.every((w) => `${u.displayName} ${u.username}`.toLowerCase().includes(w)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));

  const set = (sok: string, alle: boolean) =>
    setParams({ ...(sok ? { sok } : {}), ...(alle ? { alle: '1' } : {}) }, { replace: true });

  return (
    <section className="kassa-stack">
      <PageHeading>{t('admin.usersTitle')}</PageHeading>
      <AdminTabs />
      <div className="kassa-filters">
        <Textfield
          className="kassa-grow"
          label={t('admin.filter')}
          value={filter}
          onChange={(e) => set(e.target.value, showInactive)}
        />
        <Checkbox
          label={t('admin.showInactive')}
          checked={showInactive}
          onChange={(e) => set(filter, e.target.checked)}
        />
      </div>
      <Details data-testid="new-user">
        <Details.Summary>{t('admin.newUser')}</Details.Summary>
        <Details.Content>
          <NewUserForm />
        </Details.Content>
      </Details>
      {users.isPending && <Loading />}
      {users.error && <ErrorAlert error={users.error} onRetry={users.refetch} />}
      {users.data && (
        <>
          <Paragraph role="status">{t('admin.userCount', { count: rows.length })}</Paragraph>
          <ScrollBox label={t('admin.usersTitle')}>
            <Table zebra data-testid="users">
              <caption className="kassa-sr-only">{t('admin.usersTitle')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('admin.displayName')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('admin.username')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('admin.roles')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('admin.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((u) => (
                  <UserRow key={u.id} user={u} />
                ))}
              </Table.Body>
            </Table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}

function UserRow({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/admin/brukere/${user.id}`}>{user.displayName}</RouterLink>
        </Link>
      </Table.Cell>
      <Table.Cell>{user.username}</Table.Cell>
      <Table.Cell>
        {user.roles.length === 0 ? (
          <span className="kassa-subtle">{t('admin.noRoles')}</span>
        ) : (
          <ul className="kassa-tags">
            {user.roles.map((g) => (
              <li key={g.id}>
                <Tag data-size="sm" data-color="info">
                  {grantLabel(t, g)}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </Table.Cell>
      <Table.Cell>
        <Tag data-size="sm" data-color={user.active ? 'success' : 'neutral'}>
          {user.active ? t('admin.active') : t('admin.inactive')}
        </Tag>
        {user.external && <span className="kassa-subtle"> · {t('admin.external')}</span>}
      </Table.Cell>
    </Table.Row>
  );
}

function NewUserForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/users', {
        username: username.trim(),
        displayName: displayName.trim(),
        password,
        roles: [],
        reason: reason.trim() || undefined,
      }),
    onSuccess: async (user) => {
      await qc.invalidateQueries({ queryKey: ['admin'] });
      await navigate(`/admin/brukere/${user.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} className="kassa-stack kassa-form">
      <div className="kassa-two">
        <Textfield
          label={t('admin.username')}
          description={t('admin.usernameHelp')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="off"
          required
        />
        <Textfield
          label={t('admin.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          autoComplete="off"
          required
        />
        <Textfield
          label={t('admin.password')}
          description={t('admin.passwordHelp')}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          required
        />
        <Textfield label={t('admin.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {create.error && (
        <ErrorAlert
          error={create.error}
          fields={{
            username: t('admin.username'),
            displayName: t('admin.displayName'),
            password: t('admin.password'),
            reason: t('admin.reason'),
          }}
        />
      )}
      <div>
        <Button type="submit" loading={create.isPending} disabled={!username || !displayName || !password}>
          {t('admin.create')}
        </Button>
      </div>
    </form>
  );
}
