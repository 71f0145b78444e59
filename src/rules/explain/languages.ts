/** The languages `explain` has catalogues for (a module of its own so request.ts stays light). */
export const EXPLAIN_LANGUAGES = ['nb', 'en'] as const;
export type ExplainLanguage = (typeof EXPLAIN_LANGUAGES)[number];
