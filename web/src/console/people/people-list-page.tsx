import { useMemo } from 'react';
import { Pager, PageTitle, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { PeopleFilters, usePeopleFilterParams } from './people-filters.tsx';
import { PeopleTable } from './people-table.tsx';
import { usePeopleCount, usePeoplePage, type PeopleFilters as Filters } from './queries.ts';

/** The people of the selected jurisdiction: search, filters, sort, count and pages. */
export function PeopleListPage() {
  const { t, formatNumber } = useI18n();
  const { code } = useSelectedJurisdiction();
  const { q, sex, priorityGroup, sort } = usePeopleFilterParams();
  const filters = useMemo<Filters>(() => ({ jurisdiction: code, q, sex, priorityGroup, sort }), [code, q, sex, priorityGroup, sort]);
  const pages = useCursorPages(JSON.stringify(filters));
  const page = usePeoplePage(filters, pages.cursor);
  const count = usePeopleCount(filters);
  const canWrite = useCan('people.write');

  return (
    <div className="page">
      <div className="page-heading">
        <PageTitle text={t('people.title')} />
        {canWrite ? <ConsoleLink className="button primary" to="/console/people/new">{t('people.new')}</ConsoleLink> : null}
      </div>
      <PeopleFilters />
      <p className="match-count" role="status" data-testid="people-count">
        {count.data ? t('people.count', { count: formatNumber(count.data.count) }) : '\u00a0'}
      </p>
      <QueryState query={page}>
        {(data) => (
          <>
            <PeopleTable people={data.items} />
            <Pager pages={pages} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </div>
  );
}
