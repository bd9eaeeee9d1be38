import { useI18n } from '../i18n/index.ts';

export interface PagerProps {
  /** 1-based number of the page shown. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous and next for cursor-paged lists (a cursor list cannot jump to page n). */
export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>{t('pager.previous')}</button>
      <span aria-live="polite">{t('pager.page', { page })}</span>
      <button type="button" onClick={onNext} disabled={!hasNext}>{t('pager.next')}</button>
    </nav>
  );
}
