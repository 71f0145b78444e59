/** Grant a role: which role, optionally limited to an employer or organisation unit, and why. */
import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../src/platform/auth/roles';
import { api, type Body } from '../../api/client';
import { ErrorAlert } from '../../components/QueryState';

type Grant = Body<'/api/users/{id}/roles', 'post'>;

export function GrantForm({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [role, setRole] = useState<Grant['role']>('case_handler');
  const [orgnr, setOrgnr] = useState('');
  const [orgUnit, setOrgUnit] = useState('');
  const [reason, setReason] = useState('');
  const grant = useMutation({
    mutationFn: (g: Grant) => api.post('/api/users/{id}/roles', g, { path: { id: userId } }),
    onSuccess: async () => {
      setOrgnr('');
      setOrgUnit('');
      setReason('');
      await qc.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    grant.mutate({
      role,
      reason: reason.trim(),
      ...(orgnr.trim() ? { orgnr: orgnr.trim() } : {}),
      ...(orgUnit.trim() ? { orgUnit: orgUnit.trim() } : {}),
    });
  }
  return (
    <form onSubmit={submit} className="kassa-stack kassa-form" data-testid="grant-form">
      <div className="kassa-filters">
        <Field>
          <Label>{t('admin.role')}</Label>
          <Select value={role} onChange={(e) => setRole(e.target.value as Grant['role'])} name="role">
            {ROLES.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`roles.${r}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('admin.orgnr')}
          description={t('admin.orgnrHelp')}
          value={orgnr}
          inputMode="numeric"
          onChange={(e) => setOrgnr(e.target.value)}
          name="orgnr"
        />
        <Textfield
          label={t('admin.orgUnit')}
          description={t('admin.orgUnitHelp')}
          value={orgUnit}
          onChange={(e) => setOrgUnit(e.target.value)}
          name="orgUnit"
        />
      </div>
      <Textfield
        label={t('admin.reason')}
        description={t('admin.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        name="reason"
        required
      />
      {grant.error && (
        <ErrorAlert
          error={grant.error}
          fields={{
            role: t('admin.role'),
            orgnr: t('admin.orgnr'),
            orgUnit: t('admin.orgUnit'),
            reason: t('admin.reason'),
          }}
        />
      )}
      <div>
        <Button type="submit" loading={grant.isPending} disabled={!reason.trim() || grant.isPending}>
          {t('admin.grant')}
        </Button>
      </div>
    </form>
  );
}
