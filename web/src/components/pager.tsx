import { useI18n } from '../i18n/index.ts';
import type { CursorPages } from './use-cursor-pages.ts';

export interface PagerProps {
  /** The pages seen so far, from useCursorPages. */
  pages: CursorPages;
  /** The cursor of the page after the one shown; null on the last page. */
  nextCursor: string | null;
}

/** Previous and next for cursor-paged lists (a cursor list cannot jump to page n). */
export function Pager({ pages, nextCursor }: PagerProps) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={pages.previous} disabled={!pages.hasPrevious}>{t('pager.previous')}</button>
      <span aria-live="polite">{t('pager.page', { page: pages.page })}</span>
      <button type="button" onClick={() => nextCursor && pages.next(nextCursor)} disabled={nextCursor === null}>{t('pager.next')}</button>
    </nav>
  );
}
