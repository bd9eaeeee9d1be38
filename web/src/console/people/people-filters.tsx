import { useEffect, useState } from 'react';
import { PRIORITY_GROUPS, SEXES } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useLocation } from '../../router/index.ts';

export const PEOPLE_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** The list's filters as they stand in the URL (so that a filtered list can be shared and reloaded). */
export function usePeopleFilterParams() {
  const { search } = useLocation();
  // Only values the API knows are taken from the URL; anything else is ignored rather than sent.
  return {
    q: search.get('q')?.trim() || undefined,
    sex: SEXES.find((value) => value === search.get('sex')),
    priorityGroup: PRIORITY_GROUPS.find((value) => value === search.get('group')),
    sort: PEOPLE_SORTS.find((value) => value === search.get('sort')),
  };
}

/** Search by name, sex, priority group and sort order; each change updates the URL. */
export function PeopleFilters() {
  const { t } = useI18n();
  const { q, sex, priorityGroup, sort } = usePeopleFilterParams();
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);

  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        updateSearchParams({ q: text.trim() || null });
      }}
    >
      <div className="filter">
        <label htmlFor="people-q">{t('people.searchLabel')}</label>
        <div className="search-row">
          <input id="people-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit">{t('app.search')}</button>
        </div>
      </div>
      <div className="filter">
        <label htmlFor="people-sex">{t('people.sexFilter')}</label>
        <select id="people-sex" value={sex ?? ''} onChange={(event) => updateSearchParams({ sex: event.target.value })}>
          <option value="">{t('app.all')}</option>
          {SEXES.map((value) => <option key={value} value={value}>{t(`sex.${value}`)}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="people-group">{t('people.groupFilter')}</label>
        <select id="people-group" value={priorityGroup ?? ''} onChange={(event) => updateSearchParams({ group: event.target.value })}>
          <option value="">{t('app.all')}</option>
          {PRIORITY_GROUPS.map((value) => <option key={value} value={value}>{t(`priorityGroup.${value}`)}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="people-sort">{t('people.sortLabel')}</label>
        <select id="people-sort" value={sort ?? ''} onChange={(event) => updateSearchParams({ sort: event.target.value })}>
          <option value="">{t('people.sort.default')}</option>
          {PEOPLE_SORTS.map((value) => <option key={value} value={value}>{t(`people.sort.${value}`)}</option>)}
        </select>
      </div>
    </form>
  );
}
