/** CSV values for COPY and for files people open: pure, no database driver behind it. */

/** Quotes one value for a CSV line; `null` and `undefined` become an empty field (SQL NULL in COPY). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}
