import { useI18n } from '../i18n/index.ts';

/** Links to every published bulletin as files, for anyone to reuse. */
export function OpenData() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="open-data-title" className="card">
      <h2 id="open-data-title">{t('public.openData')}</h2>
      <ul className="link-list">
        <li><a href="/api/v1/public/open-data/bulletins?format=csv" download>{t('public.openDataCsv')}</a></li>
        <li><a href="/api/v1/public/open-data/bulletins?format=json" download>{t('public.openDataJson')}</a></li>
      </ul>
    </section>
  );
}
