/** Server-side message catalogues of the letters; bokmål is the default and the fallback. */
import type { Language } from '../compose/content';
import { en } from './en';
import { type MessageKey, nb } from './nb';
import { nn } from './nn';

const CATALOGUES: Record<Language, Partial<Record<MessageKey, string>>> = { nb, nn, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) => {
    const text = catalogue[key] ?? nb[key];
    return params
      ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
      : text;
  };
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

export type { MessageKey };
