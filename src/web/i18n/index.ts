import dayjs from 'dayjs';
import 'dayjs/locale/pl';
import 'dayjs/locale/en';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale, locales } from '../../contract/roles';
import en from './en.json';
import pl from './pl.json';

dayjs.extend(localizedFormat);
// Lets date fields read what people type in their own format (e.g. 24.11.2025).
dayjs.extend(customParseFormat);

export const defaultLocale: Locale = 'pl';
export const resources = { pl: { translation: pl }, en: { translation: en } } as const;

const STORAGE_KEY = 'asysta.language';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The language the interface shows now. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

/** Shows the interface in `locale`, remembers it on this device and keeps <html lang> in step. */
export async function applyLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/*
 * A language picked on the sign-in page before signing in. It wins over the account's stored
 * preference (and is saved to it), because the person has just chosen it; a language merely
 * remembered on this device does not, so a shared computer keeps each person's own choice.
 */
let chosenBeforeSignIn: Locale | null = null;

export function rememberChoiceBeforeSignIn(locale: Locale): void {
  chosenBeforeSignIn = locale;
}

export function takeChoiceBeforeSignIn(): Locale | null {
  const choice = chosenBeforeSignIn;
  chosenBeforeSignIn = null;
  return choice;
}

function reflectLanguage(language: string): void {
  const locale = isLocale(language) ? language : defaultLocale;
  dayjs.locale(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

i18n.on('languageChanged', reflectLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLocale() ?? defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

reflectLanguage(i18n.language);

export default i18n;
