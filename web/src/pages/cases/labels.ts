/** Display names and colours of the case vocabulary. */
import type { TFunction } from 'i18next';

export const typeLabel = (t: TFunction, type: string) => t(`cases.type.${type}`, { defaultValue: type });
export const statusLabel = (t: TFunction, status: string | null) =>
  status ? t(`cases.status.${status}`, { defaultValue: status }) : '–';
export const actionLabel = (t: TFunction, action: string) =>
  t(`cases.action.${action}`, { defaultValue: action });

type Color = 'neutral' | 'info' | 'success' | 'warning' | 'danger';
const STATUS_COLOR: Record<string, Color> = {
  received: 'neutral',
  preparing: 'info',
  assessing: 'info',
  calculating: 'info',
  awaiting_approval: 'warning',
  decided: 'success',
  on_hold: 'neutral',
  withdrawn: 'neutral',
  reopened: 'danger',
};
export const statusColor = (status: string): Color => STATUS_COLOR[status] ?? 'neutral';

/** Today in Oslo as YYYY-MM-DD (the API's calendar). */
export const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
