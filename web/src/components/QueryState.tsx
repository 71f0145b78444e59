import { Alert, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="kassa-loading">
      <Spinner aria-label={t('common.loading')} data-size="md" />
    </div>
  );
}

/** An API or network error as an alert, with the server's own messages. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let text: string;
  if (error instanceof ApiError && error.status === 404) text = t('common.notFound');
  else if (error instanceof ApiError && error.status === 403) text = t('common.forbidden');
  else text = t('common.error', { message: error instanceof Error ? error.message : String(error) });
  return (
    <Alert data-color="danger" role="alert">
      {text}
    </Alert>
  );
}
