import { useTranslation } from 'react-i18next';
import { useMeta } from './useMeta';

/** A loud band on every page of the training environment, so nobody mistakes it for production. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (meta.data?.environment !== 'training') return null;
  return (
    <div className="kassa-training-banner" role="status" data-testid="training-banner">
      <strong>{t('training.label')}</strong> {t('training.text')}
    </div>
  );
}
