import { LANGUAGES, type Language } from './catalog.ts';

const STORAGE_KEY = 'bulwark.language';

/** The language chosen before (remembered in localStorage); Chinese by default. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGUAGES as string[]).includes(stored)) return stored as Language;
  } catch {
    // Storage can be disabled (private windows, policies): fall back to the default.
  }
  return 'zh';
}

/** Remembers the language and tells the document, so that screen readers and fonts follow. */
export function applyLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still applied to this page.
  }
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}
