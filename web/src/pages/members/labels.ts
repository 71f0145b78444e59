import type { TFunction } from 'i18next';

/** Domain codes to words; an unknown code (a benefit added later) shows as itself. */
export const benefitLabel = (t: TFunction, code: string) => t(`benefit.${code}`, { defaultValue: code });
export const statusLabel = (t: TFunction, status: string | null) =>
  t(`status.${status ?? 'unknown'}`, { defaultValue: status ?? '' });
export const kindLabel = (t: TFunction, kind: string) => t(`membership.kind.${kind}`, { defaultValue: kind });
export const statusColor = (status: string | null) =>
  status === 'active' ? 'success' : status === 'pensioner' ? 'info' : 'neutral';
