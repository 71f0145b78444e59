/** The key-figures report's output formats (a module of its own: `kassa --help` must not load the renderers). */
export const FORMATS = ['json', 'html', 'pdf', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
