/** One staff user: (de)activate, the grants with revoke, a new grant, and the role history. */
import { Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api } from '../../api/client';
import type { RoleAssignment, StaffUser } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { GrantForm } from './GrantForm';
import { grantLabel } from './UsersPage';

export function UserPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useQuery({
    queryKey: ['admin', 'user', id],
    queryFn: () => api.get('/api/users/{id}', { path: { id } }),
  });
  return (
    <section className="kassa-stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/admin/brukere">← {t('admin.backToUsers')}</RouterLink>
        </Link>
      </Paragraph>
      {user.isPending && <Loading />}
      {user.error && <ErrorAlert error={user.error} onRetry={user.refetch} />}
      {user.data && <UserDetails user={user.data} />}
    </section>
  );
}

function UserDetails({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="kassa-title-row">
        <PageHeading data-testid="user-name">{user.displayName}</PageHeading>
        <Tag data-color={user.active ? 'success' : 'neutral'} data-testid="user-status">
          {user.active ? t('admin.active') : t('admin.inactive')}
        </Tag>
      </div>
      <Paragraph>
        {t('admin.username')}: <strong>{user.username}</strong>
        {user.external && ` · ${t('admin.external')}`}
      </Paragraph>
      <ActiveForm user={user} />
      <Heading level={2} data-size="sm">
        {t('admin.currentRoles')}
      </Heading>
      {user.roles.length === 0 ? (
        <Paragraph>{t('admin.noRoles')}</Paragraph>
      ) : (
        <ul className="kassa-grants" data-testid="grants">
          {user.roles.map((g) => (
            <Grant key={g.id} userId={user.id} grant={g} />
          ))}
        </ul>
      )}
      <Heading level={2} data-size="sm">
        {t('admin.grantTitle')}
      </Heading>
      <GrantForm userId={user.id} />
      <RoleHistory userId={user.id} />
    </>
  );
}

function ReasonForm({
  label,
  submitLabel,
  danger,
  onSubmit,
  pending,
  error,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (reason: string) => void;
  pending: boolean;
  error: unknown;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(reason.trim());
  }
  return (
    <form onSubmit={submit} className="kassa-inline-form">
      <Textfield
        className="kassa-grow"
        label={label}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        autoFocus
      />
      <Button
        type="submit"
        data-color={danger ? 'danger' : undefined}
        loading={pending}
        disabled={!reason.trim()}
      >
        {submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      {error ? <ErrorAlert error={error} fields={{ reason: label }} /> : null}
    </form>
  );
}

function ActiveForm({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const change = useMutation({
    mutationFn: (reason: string) =>
      api.patch('/api/users/{id}', { active: !user.active, reason }, { path: { id: user.id } }),
    onSuccess: async () => {
      setOpen(false);
      await qc.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  if (!open)
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)} data-testid="toggle-active">
          {user.active ? t('admin.deactivate') : t('admin.reactivate')}
        </Button>
      </div>
    );
  return (
    <ReasonForm
      label={user.active ? t('admin.deactivateReason') : t('admin.reactivateReason')}
      submitLabel={user.active ? t('admin.deactivate') : t('admin.reactivate')}
      danger={user.active}
      onSubmit={(r) => change.mutate(r)}
      pending={change.isPending}
      error={change.error}
      onCancel={() => setOpen(false)}
    />
  );
}

function Grant({ userId, grant }: { userId: number; grant: RoleAssignment }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: (reason: string) =>
      api.delete('/api/users/{id}/roles/{roleId}', { reason }, { path: { id: userId, roleId: grant.id } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const label = grantLabel(t, grant);
  return (
    <li className="kassa-grant">
      <span className="kassa-grant-name">{label}</span>
      {open ? (
        <ReasonForm
          label={t('admin.revokeReason', { role: label })}
          submitLabel={t('admin.revoke')}
          danger
          onSubmit={(r) => revoke.mutate(r)}
          pending={revoke.isPending}
          error={revoke.error}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => setOpen(true)}
          aria-label={t('admin.revokeRole', { role: label })}
        >
          {t('admin.revoke')}
        </Button>
      )}
    </li>
  );
}

function RoleHistory({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useQuery({
    queryKey: ['admin', 'role-history', userId],
    queryFn: () => api.get('/api/users/{id}/role-history', { path: { id: userId } }),
  });
  return (
    <>
      <Heading level={2} data-size="sm">
        {t('admin.history')}
      </Heading>
      {history.isPending && <Loading />}
      {history.error && <ErrorAlert error={history.error} onRetry={history.refetch} />}
      {history.data && history.data.history.length === 0 && <Paragraph>{t('admin.noHistory')}</Paragraph>}
      {history.data && history.data.history.length > 0 && (
        <ScrollBox label={t('admin.history')}>
          <Table zebra data-testid="role-history">
            <caption className="kassa-sr-only">{t('admin.history')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.granted')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.revoked')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.revokeReasonShort')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {[...history.data.history]
                .sort((a, b) => b.grantedAt.localeCompare(a.grantedAt))
                .map((h) => (
                  <Table.Row key={h.id}>
                    <Table.Cell>{grantLabel(t, h)}</Table.Cell>
                    <Table.Cell>
                      {t('common.recordedBy', { at: f.dateTime(h.grantedAt), by: h.grantedBy })}
                    </Table.Cell>
                    <Table.Cell>
                      {h.revokedAt ? (
                        t('common.recordedBy', { at: f.dateTime(h.revokedAt), by: h.revokedBy ?? '' })
                      ) : (
                        <Tag data-size="sm" data-color="success">
                          {t('admin.stillHeld')}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell>{h.revokeReason ?? ''}</Table.Cell>
                  </Table.Row>
                ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}
    </>
  );
}
