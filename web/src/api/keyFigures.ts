/**
 * The key-figures report (contracts/key-figures.md and the extra keys the report adds). The
 * schema is the report's own model, so the page and the server cannot drift apart.
 */

// The files' own texts: the page shows the same notes as the downloads.
export { reportTexts } from '../../../src/reports/key-figures/messages';
export {
  AFP_AGES,
  BENEFIT_KEYS,
  type Comparison,
  GRADE_BANDS,
  KeyFiguresReport,
  type MembershipRow,
  type Money,
  STATUSES,
} from '../../../src/reports/key-figures/model';
export { notesIn } from '../../../src/reports/key-figures/summary';

export const DOWNLOAD_FORMATS = ['pdf', 'xlsx', 'csv', 'html'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
