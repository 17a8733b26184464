import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';
import { FEATURE_MESSAGES } from './features';

export const LANGUAGE_KEY = 'duban.lang';
export type Language = 'zh-CN' | 'en';

/** Chinese by default; the English toggle is remembered in this browser. */
export const initialLanguage = (): Language => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN');

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, ...Object.fromEntries(FEATURE_MESSAGES.map((m) => [m.namespace, m.zh])) } },
    en: { translation: { ...en, ...Object.fromEntries(FEATURE_MESSAGES.map((m) => [m.namespace, m.en])) } },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: Language): void {
  localStorage.setItem(LANGUAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export { i18n };
