/**
 * The language the server writes its texts in for this user (key-figures files, the calculation's
 * explanation): English when the UI is in English, bokmål otherwise (the server's default).
 */
export type ServerLanguage = 'nb' | 'en';

export function serverLanguage(uiLanguage: string | undefined): ServerLanguage {
  return uiLanguage?.startsWith('en') ? 'en' : 'nb';
}
