import { Pager, PageTitle, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CheckinFilters, useCheckinFilterParams } from './checkin-filters.tsx';
import { CheckinsTable } from './checkins-table.tsx';
import { useCheckinsPage } from './queries.ts';
import { VenuePicker } from './venue-picker.tsx';

/** Who was at a venue, or where a person was: check-ins within a time window, newest first, a page at a time. */
export function CheckinsPage() {
  const { t } = useI18n();
  const filters = useCheckinFilterParams();
  const pages = useCursorPages(JSON.stringify(filters));
  const page = useCheckinsPage(filters, pages.cursor);
  const chosen = filters.venue !== undefined || filters.person !== undefined;

  return (
    <div className="page">
      <PageTitle text={t('checkins.title')} />
      <section className="card checkin-lookup" aria-label={t('checkins.lookup')}>
        <VenuePicker />
        <CheckinFilters error={page.error} />
      </section>
      {chosen ? (
        <QueryState query={page}>
          {(data) => (
            <>
              <CheckinsTable checkins={data.items} />
              <Pager pages={pages} nextCursor={data.nextCursor} />
            </>
          )}
        </QueryState>
      ) : (
        <p className="empty-state">{t('checkins.chooseFirst')}</p>
      )}
    </div>
  );
}
