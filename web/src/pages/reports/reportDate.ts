/** The default reporting date: the last 31 December before today (the last closed year). */
export function lastYearEnd(today: Date = new Date()): string {
  return `${today.getFullYear() - 1}-12-31`;
}

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
