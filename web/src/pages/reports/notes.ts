/**
 * The key-figures report's notes as the server writes them (src/reports/key-figures/compute.ts),
 * in order; the page shows each in the user's language (reports.noteTexts.n0 …). A unit test
 * fails when the server's list changes without this one.
 */
export const KNOWN_NOTES: readonly string[] = [
  'Counts are memberships (person, employer, scheme), not persons; a person with two memberships counts twice.',
  'Status on a date: pensioner if a pension of the membership runs (wins over active), else active if an employment covers the date, else former if every employment ended before it. Persons dead on the date are not counted.',
  'Not enrolled: null — it needs the employers’ monthly income reports, which Kassa does not receive yet. Enrolled = active memberships.',
  'Disability share = disabled / (active + disabled) memberships; outgoing refunds are not known to Kassa and not deducted.',
  'AFP take-up at an age = members of that age drawing AFP / (active members of that age + AFP drawers of that age), since a member on full AFP is no longer active. Full AFP = grade 100 % or no grade.',
  'Average age at first drawing counts drawings that began in the reporting year (after the previous date, up to the date) by members who drew straight from service; former members are excluded.',
  'Finance figures are those recorded for the calendar year of the reporting date, in whole kroner.',
];
