import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { translatorOf, type Language, type Translator } from './catalog.ts';
import { en } from './en.ts';
import { applyLanguage, storedLanguage } from './language-store.ts';
import { zh } from './zh.ts';

const catalogs = { zh, en } as const;

export interface I18n extends Translator {
  language: Language;
  setLanguage: (language: Language) => void;
  formatNumber: (value: number) => string;
  formatDateTime: (iso: string) => string;
  formatTime: (date: Date) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage();
    applyLanguage(initial);
    return initial;
  });
  const setLanguage = useCallback((next: Language) => {
    applyLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = catalogs[language];
    const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
    const numberFormat = new Intl.NumberFormat(locale);
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    return {
      language,
      setLanguage,
      ...translatorOf(messages),
      formatNumber: (number) => numberFormat.format(number),
      formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      formatTime: (date) => timeFormat.format(date),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its formatting helpers. */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
