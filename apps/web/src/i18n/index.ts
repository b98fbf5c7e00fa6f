import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, resources, type Language } from './resources';

const KEY = 'motcua.language';

export function savedLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'vi';
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(KEY, lang);
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

void i18next.use(initReactI18next).init({
  resources: resources() as Resource,
  lng: savedLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
});
document.documentElement.lang = i18next.language;

export default i18next;
