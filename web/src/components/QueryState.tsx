import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="kassa-loading">
      <Spinner aria-label={t('common.loading')} data-size="md" />
    </div>
  );
}

/**
 * An API or network error in plain words, with the fields to look at again (a form passes its
 * labels by field name) and a retry when trying again can help.
 */
export function ErrorAlert({
  error,
  onRetry,
  fields,
}: {
  error: unknown;
  onRetry?: () => unknown;
  fields?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const e = errorText(t, error, fields);
  return (
    <Alert data-color="danger" role="alert" data-testid="error">
      <Paragraph data-size="sm">{e.text}</Paragraph>
      {e.fields.length > 0 && (
        <ul className="kassa-error-fields">
          {e.fields.map((f) => (
            <li key={f}>{t('errors.checkField', { field: f })}</li>
          ))}
        </ul>
      )}
      {e.retry && onRetry && (
        <Button variant="secondary" data-size="sm" onClick={() => void onRetry()}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
