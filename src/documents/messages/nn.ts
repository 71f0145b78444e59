/** Nynorsk: the letters' own words; a key not here falls back to bokmål. */
import type { MessageKey } from './nb';

export const nn: Partial<Record<MessageKey, string>> = {
  date: 'Dato: {date}',
  'type.decision': 'Vedtak',
  'type.annual_statement': 'Årsoppgåve',
  closing: 'Med venleg helsing|{sender}',
  'closing.auto': 'Brevet er laga automatisk og har inga underskrift.',
  'decision.title.granted': 'Vedtak: Du får {benefit}',
  'decision.title.refused': 'Vedtak: Du får ikkje {benefit}',
  'appeal.heading': 'Du har rett til å klage',
  'annual.title': 'Årsoppgåve for {year}',
  'annual.intro':
    'Her er ei oversikt over pensjonen vi betalte ut til deg i {year}. Opplysningane er sende til Skatteetaten og står i skattemeldinga di.',
  'annual.gross': 'Pensjon utbetalt i {year}, brutto',
  'annual.tax': 'Forskotstrekk',
  'annual.net': 'Utbetalt til deg',
};
