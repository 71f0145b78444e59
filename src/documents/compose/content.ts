/** A letter as plain content: what the PDF writer lays out. No I/O. */
export type Language = 'nb' | 'nn' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: { label: string; value: string; strong?: boolean }[] };

export interface LetterContent {
  language: Language;
  /** The letter's heading, also the PDF title. */
  title: string;
  /** The PDF subject: the letter type in words. */
  subject: string;
  sender: { name: string; lines: string[] };
  recipient: { name: string; lines: string[] };
  dateLine: string;
  reference?: string;
  blocks: Block[];
  closing: string[];
}
