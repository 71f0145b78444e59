/**
 * Message catalogues. Norwegian bokmål is the default and the fallback; every string the UI
 * shows comes from here, so Swedish and Danish are one more JSON file each.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, nb } from './catalogues';

export const LANGUAGES = [
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'en', name: 'English' },
] as const;

const STORAGE_KEY = 'kassa.language';

function initialLanguage(): string {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some((l) => l.code === saved) ? (saved as string) : 'nb';
}

export function changeLanguage(code: string) {
  localStorage.setItem(STORAGE_KEY, code);
  void i18n.changeLanguage(code);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nb',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18n;
