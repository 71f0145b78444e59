/** An order's data to letter content, per type, in the recipient's language. Pure. */
import { dateParts, type IsoDate } from '../../domain/dates';
import type { Ore } from '../../domain/money';
import type { CalcResponse } from '../../rules';
import { hasMessage, type MessageKey, type Translate, translator } from '../messages';
import type { LetterType } from '../tables';
import { explainCalculation, explainResult } from './calculation';
import type { Block, Language, LetterContent } from './content';
import { LETTER_DATA } from './letter-data';

export interface Recipient {
  name: string;
  /** The postal address as the register keeps it (lines separated by newline or comma). */
  address: string | null;
}

export interface ComposeInput {
  type: LetterType;
  data: unknown;
  recipient: Recipient;
  caseId: number | null;
  /** The letter's date. */
  date: IsoDate;
  language?: Language;
}

/** 1234567 øre → "12 345,67 kr" (bokmål: space as thousands separator, comma for decimals). */
export function kroner(amount: Ore | number, t: Translate): string {
  const sign = amount < 0 ? '−' : '';
  const abs = Math.abs(amount);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const ore = abs % 100;
  return t('kroner', { amount: `${sign}${whole}${ore ? `,${String(ore).padStart(2, '0')}` : ''}` });
}

/** 2026-03-01 → "1. mars 2026" / "1 March 2026". */
export function longDate(date: string, language: Language): string {
  const { year, month, day } = dateParts(date as IsoDate);
  const months =
    language === 'en'
      ? [
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ]
      : [
          'januar',
          'februar',
          'mars',
          'april',
          'mai',
          'juni',
          'juli',
          'august',
          'september',
          'oktober',
          'november',
          'desember',
        ];
  return language === 'en' ? `${day} ${months[month - 1]} ${year}` : `${day}. ${months[month - 1]} ${year}`;
}

function benefitName(benefit: string, t: Translate): string {
  const key = `benefit.${benefit}`;
  return hasMessage(key) ? t(key) : benefit.replaceAll('_', ' ');
}

function addressLines(address: string | null): string[] {
  return (address ?? '')
    .split(/\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function composeLetter(input: ComposeInput): LetterContent {
  const language = input.language ?? 'nb';
  const t = translator(language);
  const d = (s: string) => longDate(s, language);
  const k = (a: number) => kroner(a, t);
  let title: string;
  let blocks: Block[];
  let recipientName = input.recipient.name;
  switch (input.type) {
    case 'decision': {
      const x = LETTER_DATA.decision.parse(input.data);
      const benefit = benefitName(x.benefit, t);
      const granted = x.outcome === 'granted';
      title = t(granted ? 'decision.title.granted' : 'decision.title.refused', { benefit });
      blocks = [
        {
          kind: 'paragraph',
          text: t(granted ? 'decision.intro.granted' : 'decision.intro.refused', {
            benefit,
            from: d(x.effectiveFrom ?? x.decisionDate),
          }),
        },
      ];
      if (granted && (x.monthlyAmount !== undefined || x.annualAmount !== undefined)) {
        blocks.push({ kind: 'heading', text: t('decision.amounts') });
        const rows = [];
        if (x.monthlyAmount !== undefined)
          rows.push({ label: t('decision.monthly'), value: k(x.monthlyAmount), strong: true });
        if (x.annualAmount !== undefined)
          rows.push({ label: t('decision.yearly'), value: k(x.annualAmount) });
        blocks.push({ kind: 'table', rows });
      }
      if (x.reasons.length) {
        blocks.push({ kind: 'heading', text: t('decision.reasons') });
        for (const r of x.reasons) blocks.push({ kind: 'paragraph', text: r });
      }
      if (x.result) blocks.push(...explainResult(x.result as unknown as CalcResponse, language, t));
      else if (x.calculation) blocks.push(...explainCalculation(x.calculation, t));
      blocks.push(
        { kind: 'heading', text: t('appeal.heading') },
        { kind: 'paragraph', text: t('appeal.text', { weeks: x.appealWeeks }) },
        { kind: 'paragraph', text: t('appeal.access') },
      );
      break;
    }
    case 'payment_notice': {
      const x = LETTER_DATA.payment_notice.parse(input.data);
      const benefit = benefitName(x.benefit, t);
      title = t('notice.title', { from: d(x.effectiveFrom) });
      blocks = [
        { kind: 'paragraph', text: t('notice.intro', { benefit, from: d(x.effectiveFrom) }) },
        {
          kind: 'paragraph',
          text: t('notice.reason', { reason: t(`notice.reason.${x.reason}` as MessageKey) }),
        },
        {
          kind: 'table',
          rows: [
            { label: t('notice.previous'), value: k(x.previousMonthly) },
            { label: t('notice.new'), value: k(x.newMonthly), strong: true },
            { label: t('notice.difference'), value: k(x.newMonthly - x.previousMonthly) },
          ],
        },
        { kind: 'heading', text: t('appeal.heading') },
        { kind: 'paragraph', text: t('appeal.text', { weeks: 6 }) },
      ];
      break;
    }
    case 'annual_statement': {
      const x = LETTER_DATA.annual_statement.parse(input.data);
      title = t('annual.title', { year: x.year });
      blocks = [
        { kind: 'paragraph', text: t('annual.intro', { year: x.year }) },
        {
          kind: 'table',
          rows: [
            { label: t('annual.gross', { year: x.year }), value: k(x.gross) },
            { label: t('annual.tax'), value: k(x.taxWithheld) },
            { label: t('annual.net'), value: k(x.gross - x.taxWithheld), strong: true },
          ],
        },
        { kind: 'paragraph', text: t('annual.check') },
      ];
      break;
    }
    case 'recovery': {
      const x = LETTER_DATA.recovery.parse(input.data);
      recipientName = t('recovery.recipient', { name: x.deceasedName });
      title = t('recovery.title', { name: x.deceasedName });
      blocks = [
        {
          kind: 'paragraph',
          text: t('recovery.intro', {
            name: x.deceasedName,
            death: d(x.dateOfDeath),
            from: d(x.paidFrom),
            to: d(x.paidTo),
          }),
        },
        { kind: 'table', rows: [{ label: t('recovery.amount'), value: k(x.amount), strong: true }] },
        {
          kind: 'paragraph',
          text: t('recovery.due', {
            due: d(x.dueDate),
            account: `${x.account.slice(0, 4)} ${x.account.slice(4, 6)} ${x.account.slice(6)}`,
          }),
        },
        { kind: 'paragraph', text: t('recovery.contact') },
        { kind: 'heading', text: t('appeal.heading') },
        { kind: 'paragraph', text: t('appeal.text', { weeks: 6 }) },
      ];
      break;
    }
    case 'free': {
      const x = LETTER_DATA.free.parse(input.data);
      title = x.title;
      blocks = x.body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => ({ kind: 'paragraph', text: p }));
      break;
    }
  }
  const sender = t('sender.name');
  return {
    language,
    title,
    subject: t(`type.${input.type}` as MessageKey),
    sender: { name: sender, lines: t('sender.lines').split('|') },
    recipient: { name: recipientName, lines: addressLines(input.recipient.address) },
    dateLine: t('date', { date: d(input.date) }),
    ...(input.caseId !== null ? { reference: t('reference.case', { caseId: input.caseId }) } : {}),
    blocks,
    closing: [...t('closing', { sender }).split('|'), '', t('closing.auto')],
  };
}
