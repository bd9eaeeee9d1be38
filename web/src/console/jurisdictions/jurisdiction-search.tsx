import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { useJurisdictionSearch } from './queries.ts';

/** Waits for the typing to pause before asking the server. */
function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Finds a jurisdiction by name or code anywhere in the account's part of the tree. */
export function JurisdictionSearch() {
  const { t, label } = useI18n();
  const { select } = useSelectedJurisdiction();
  const [text, setText] = useState('');
  const query = useDebounced(text, 300);
  const results = useJurisdictionSearch(query);
  const resultsId = useId();
  const items = query.trim() && text.trim() ? results.data?.items : undefined;

  return (
    <div className="tree-search" role="search">
      <label htmlFor="jurisdiction-search">{t('tree.searchLabel')}</label>
      <input
        id="jurisdiction-search"
        // A text box rather than type=search: the page's own search (people, places) is the first
        // searchbox a user or a test reaches for; this one belongs to the navigator.
        type="text"
        autoComplete="off"
        value={text}
        placeholder={t('tree.searchPlaceholder')}
        aria-controls={resultsId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
        }}
      />
      <div id={resultsId} aria-live="polite">
        {items ? (
          items.length === 0 ? (
            <p className="tree-note">{t('tree.noMatches')}</p>
          ) : (
            <ul className="search-results" aria-label={t('tree.searchResults')}>
              {items.map((item) => (
                <li key={item.code}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      select(item.code);
                      setText('');
                    }}
                  >
                    {item.name} <small>{label('level', item.level)} · {item.code}</small>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
