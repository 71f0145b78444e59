/** What the user's roles let them do to this member, each action in its own fold. */
import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { CalculationForm } from './CalculationForm';
import { ChangeFromDateForm, CorrectPeriodForm, DeathForm } from './RegisterActions';

export function Actions({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const actions = [
    can('calc:run') && {
      id: 'calc',
      label: t('actions.calc.title'),
      body: <CalculationForm person={person} />,
    },
    can('register:write') && {
      id: 'change',
      label: t('actions.changeTitle'),
      body: <ChangeFromDateForm person={person} />,
    },
    can('register:write') && {
      id: 'correct',
      label: t('actions.correctTitle'),
      body: <CorrectPeriodForm person={person} />,
    },
    can('person:write') &&
      !person.deathDate && {
        id: 'death',
        label: t('actions.deathTitle'),
        body: <DeathForm person={person} />,
      },
  ].filter((a) => a !== false);
  if (actions.length === 0) return <Paragraph className="kassa-tab-body">{t('actions.none')}</Paragraph>;
  return (
    <div className="kassa-tab-body kassa-actions">
      {actions.map((a, i) => (
        <Details key={a.id} defaultOpen={i === 0} data-testid={`action-${a.id}`}>
          <Details.Summary>{a.label}</Details.Summary>
          <Details.Content>{a.body}</Details.Content>
        </Details>
      ))}
    </div>
  );
}
