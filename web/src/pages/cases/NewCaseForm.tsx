/** Registering an application or a message (mottak): the case goes to its type's queue. */
import { Alert, Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CASE_TYPES, type CaseType, casesApi, type NewCase } from '../../api/cases';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/QueryState';
import { typeLabel } from './labels';

export function NewCaseForm() {
  const { t } = useTranslation();
  const { scope } = useAuth();
  const employerOnly = scope('case:create') !== 'all';
  const qc = useQueryClient();
  const [personId, setPersonId] = useState('');
  const [type, setType] = useState<CaseType>('old_age');
  const [claimedFrom, setClaimedFrom] = useState('');
  const [source, setSource] = useState<NewCase['source']>(employerOnly ? 'employer' : 'member');
  const [grade, setGrade] = useState('');
  const [note, setNote] = useState('');
  const create = useMutation({
    mutationFn: () =>
      casesApi.create({
        type,
        personId: Number(personId),
        claimedFrom,
        source,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(type === 'disability' && grade ? { gradePct: Number(grade) } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases'] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} className="kassa-stack" data-testid="new-case">
      <Fieldset>
        <Fieldset.Legend>{t('cases.create.title')}</Fieldset.Legend>
        <div className="kassa-filters">
          <Textfield
            label={t('cases.create.personId')}
            description={t('cases.create.personHelp')}
            inputMode="numeric"
            required
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
            name="personId"
          />
          <Field>
            <Label>{t('cases.filters.type')}</Label>
            <Select value={type} onChange={(e) => setType(e.target.value as CaseType)} name="type">
              {CASE_TYPES.filter((x) => x !== 'change' && x !== 'stop').map((x) => (
                <Select.Option key={x} value={x}>
                  {typeLabel(t, x)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('cases.create.claimedFrom')}
            type="date"
            required
            value={claimedFrom}
            onChange={(e) => setClaimedFrom(e.target.value)}
            name="claimedFrom"
          />
          <Field>
            <Label>{t('cases.create.source')}</Label>
            <Select
              value={source}
              onChange={(e) => setSource(e.target.value as NewCase['source'])}
              disabled={employerOnly}
              name="source"
            >
              {['member', 'employer', 'staff'].map((x) => (
                <Select.Option key={x} value={x}>
                  {t(`cases.source.${x}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {type === 'disability' && (
            <Textfield
              label={t('cases.create.grade')}
              inputMode="decimal"
              value={grade}
              onChange={(e) => setGrade(e.target.value)}
            />
          )}
        </div>
        <Textfield
          label={t('cases.create.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          name="note"
        />
      </Fieldset>
      <div>
        <Button type="submit" disabled={create.isPending}>
          {t('cases.create.submit')}
        </Button>
      </div>
      {create.error && <ErrorAlert error={create.error} />}
      {create.data && (
        <Alert data-color="success" role="status">
          <RouterLink to={`/saker/${create.data.id}`}>
            {t('cases.create.created', { id: create.data.id })}
          </RouterLink>
        </Alert>
      )}
    </form>
  );
}
