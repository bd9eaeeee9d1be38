import { useMemo, useState } from 'react';
import { FEVER_FLAG_STATUSES, type FeverFlag } from '../../api/models.ts';
import { AlertMessage, Pager, PageTitle, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useSearchParam } from '../../router/index.ts';
import { useCan } from '../console-context.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { FeverFlagsTable } from './fever-flags-table.tsx';
import { HandleFlagForm } from './handle-flag-form.tsx';
import { useFeverFlagsPage, type FeverFlagFilters } from './queries.ts';

/** What the status filter offers; open flags are the work to do, so they are shown unless asked otherwise. */
const STATUS_CHOICES = [...FEVER_FLAG_STATUSES, 'all'] as const;

/** Fever flags raised at venues of the selected jurisdiction, by status, with the Handle action. */
export function FeverFlagsPage() {
  const { t } = useI18n();
  const { code } = useSelectedJurisdiction();
  const statusParam = useSearchParam('status');
  const status = STATUS_CHOICES.find((value) => value === statusParam) ?? 'open';
  const filters = useMemo<FeverFlagFilters>(() => ({ jurisdiction: code, status: status === 'all' ? undefined : status }), [code, status]);
  const pages = useCursorPages(JSON.stringify(filters));
  const page = useFeverFlagsPage(filters, pages.cursor);
  const canHandle = useCan('fever-flags.handle');
  const [handling, setHandling] = useState<FeverFlag | null>(null);
  const [handled, setHandled] = useState(false);

  return (
    <div className="page">
      <PageTitle text={t('feverFlags.title')} />
      <div className="filters">
        <div className="filter">
          <label htmlFor="fever-flag-status">{t('feverFlags.statusFilter')}</label>
          <select id="fever-flag-status" value={status} onChange={(event) => updateSearchParams({ status: event.target.value === 'open' ? null : event.target.value })}>
            {STATUS_CHOICES.map((value) => <option key={value} value={value}>{value === 'all' ? t('app.all') : t(`feverFlags.status.${value}`)}</option>)}
          </select>
        </div>
      </div>
      <AlertMessage tone="success">{handled ? t('feverFlags.done') : null}</AlertMessage>
      {handling ? <HandleFlagForm key={handling.id} flag={handling} onDone={(done) => { setHandling(null); setHandled(done); }} /> : null}
      <QueryState query={page}>
        {(data) => (
          <>
            <FeverFlagsTable flags={data.items} canHandle={canHandle} onHandle={(flag) => { setHandled(false); setHandling(flag); }} />
            <Pager pages={pages} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </div>
  );
}
