/**
 * The message catalogues: the shell's (`nb.json`, `en.json`) and one folder per capability
 * (`cases/nb.json`, `payments/en.json`, …), merged into one per language, so capabilities add
 * their strings without touching each other's files. A key defined twice is an error.
 */
import enShell from './en.json';
import nbShell from './nb.json';

type Catalogue = Record<string, unknown>;

const capability = import.meta.glob<Catalogue>('./*/{nb,en}.json', { eager: true, import: 'default' });

function merged(language: 'nb' | 'en', shell: Catalogue): Catalogue {
  const out: Catalogue = { ...shell };
  for (const [file, catalogue] of Object.entries(capability)) {
    if (!file.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(catalogue)) {
      if (key in out) throw new Error(`message key ${key} of ${file} is already defined`);
      out[key] = value;
    }
  }
  return out;
}

export const nb = merged('nb', nbShell);
export const en = merged('en', enShell);
