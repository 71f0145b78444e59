/** English; a key not here falls back to bokmål. */
import type { MessageKey } from './nb';

export const en: Partial<Record<MessageKey, string>> = {
  'sender.name': 'Municipal Pension Fund',
  date: 'Date: {date}',
  'reference.case': 'Case number: {caseId}',
  'type.decision': 'Decision',
  'type.payment_notice': 'Notice of changed payment',
  'type.annual_statement': 'Annual statement',
  'type.recovery': 'Demand for repayment',
  'type.free': 'Letter',
  closing: 'Yours sincerely|{sender}',
  'closing.auto': 'This letter was produced automatically and is not signed.',
  'benefit.old_age': 'retirement pension',
  'benefit.retirement': 'retirement pension',
  'benefit.disability': 'disability pension',
  'benefit.survivor': 'survivor’s pension',
  'decision.title.granted': 'Decision: you are granted {benefit}',
  'decision.title.refused': 'Decision: you are not granted {benefit}',
  'decision.intro.granted':
    'We have processed your application for {benefit}; you receive {benefit} from {from}.',
  'decision.intro.refused':
    'We have processed your application for {benefit}. You are not entitled to {benefit}.',
  'decision.amounts': 'What you will be paid',
  'decision.monthly': 'Per month, before tax',
  'decision.yearly': 'Per year, before tax',
  'decision.reasons': 'Reasons',
  'decision.calculation': 'How we calculated your pension',
  'decision.calculation.intro': 'Here is the calculation step by step, with the figures we used.',
  'appeal.heading': 'You have the right to appeal',
  'appeal.text':
    'If you believe the decision is wrong, you may appeal within {weeks} weeks of receiving this letter. Write what you believe is wrong and send it to us. We review the case, and if we do not change the decision, we forward your appeal to the appeals body.',
  'appeal.access': 'You have the right to see the documents of your case (Public Administration Act § 18).',
  'annual.title': 'Annual statement for {year}',
  'annual.intro':
    'This is an overview of the pension we paid you in {year}. The figures have been reported to the Tax Administration and appear in your tax return.',
  'annual.gross': 'Pension paid in {year}, gross',
  'annual.tax': 'Tax withheld',
  'annual.net': 'Paid to you',
  'annual.check':
    'Check that the amounts are right. If something is wrong, contact us. Questions about tax go to the Tax Administration.',
  kroner: 'NOK {amount}',
};
