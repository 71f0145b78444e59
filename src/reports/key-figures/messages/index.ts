/**
 * The key-figures files' texts per language: bokmål by default, English on request (`lang=en` on
 * the download, `--lang en` on the command). Plain data with no dependencies, so the web page can
 * show the same notes as the files.
 */
import { en } from './en';
import { nb, type ReportTexts } from './nb';

export const REPORT_LANGUAGES = ['nb', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const TEXTS: Record<ReportLanguage, ReportTexts> = { nb, en };

export function reportTexts(language: ReportLanguage = 'nb'): ReportTexts {
  return TEXTS[language];
}

export type { ReportTexts };
