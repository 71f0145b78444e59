/**
 * Rows the case page reads as JSON aggregates (one query instead of one per part) carry their
 * timestamps as text; rows read one by one carry them as Date. Views accept either.
 */
export type Instant = Date | string;

export const isoInstant = (at: Instant): string => (at instanceof Date ? at : new Date(at)).toISOString();
