import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { AlertMessage } from './alert-message.tsx';

interface QueryLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => unknown;
}

/** Shows a query's loading and error states, and its content once the data is there. */
export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <div className="query-error">
        <AlertMessage tone="error">{t('app.error', { detail: query.error.message })}</AlertMessage>
        <button type="button" onClick={() => void query.refetch()}>{t('app.retry')}</button>
      </div>
    );
  }
  return <p className="loading" role="status">{t('app.loading')}</p>;
}
