/**
 * An API failure in plain words for the user: never the server's raw validation text or
 * "HTTP 500". A 400 names the fields (by the form's own labels) that need another look.
 */
import type { TFunction } from 'i18next';
import { ApiError } from './client';

export interface ErrorText {
  text: string;
  /** Labels of the fields the server refused, when the form told us their names. */
  fields: string[];
  /** Whether trying again can help (network, server trouble), so a retry button is offered. */
  retry: boolean;
}

export function errorText(t: TFunction, error: unknown, fieldLabels: Record<string, string> = {}): ErrorText {
  if (!(error instanceof ApiError)) return { text: t('errors.unexpected'), fields: [], retry: true };
  switch (error.status) {
    case 0:
      return { text: t('errors.network'), fields: [], retry: true };
    case 400: {
      const fields = [
        ...new Set(
          error.errors.map((e) => {
            const top = e.path.split(/[.[]/)[0] ?? '';
            return fieldLabels[e.path] ?? fieldLabels[top] ?? t('errors.someField');
          }),
        ),
      ];
      return { text: t('errors.invalid'), fields, retry: false };
    }
    case 401:
      return { text: t('errors.sessionEnded'), fields: [], retry: false };
    case 403:
      return { text: t('common.forbidden'), fields: [], retry: false };
    case 404:
      return { text: t('common.notFound'), fields: [], retry: false };
    case 409:
      return { text: t('errors.conflict'), fields: [], retry: false };
    default:
      return error.status >= 500
        ? { text: t('errors.server'), fields: [], retry: true }
        : { text: t('errors.unexpected'), fields: [], retry: true };
  }
}
