import { LANGUAGES, useI18n, type Language } from '../i18n/index.ts';

const NATIVE_NAMES: Record<Language, string> = { zh: '中文', en: 'English' };

/** The language chooser shown in the header of every page; each language is named in itself. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        data-testid="language-switch"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option === 'zh' ? 'zh-CN' : 'en'}>
            {NATIVE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
