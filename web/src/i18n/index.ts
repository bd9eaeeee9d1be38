export { LANGUAGES, type Language, type MessageKey, type Messages, type Translator } from './catalog.ts';
export { I18nProvider, useI18n, type I18n } from './i18n-context.tsx';
