import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';

let firstPageShown = false;

/**
 * The page's h1, also its document title. After an in-app navigation focus moves to it, so that screen
 * reader and keyboard users start at the new page rather than on the link they left; the first page
 * loaded keeps the browser's own focus.
 */
export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} · ${t('app.name')}`;
  }, [text, t]);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children ?? text}
    </h1>
  );
}
