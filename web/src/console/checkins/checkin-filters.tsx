import { useEffect, useMemo, useState } from 'react';
import { fieldErrorsOf } from '../../api/index.ts';
import { FormField } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useLocation } from '../../router/index.ts';
import type { CheckinFilters as Filters } from './queries.ts';

/** An instant from a datetime-local value (the browser's own time zone), or nothing if it is not one. */
function instantOf(local: string | null): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The lookup as it stands in the URL: venue and person by id, the window as the inputs hold it. */
export function useCheckinFilterParams(): Filters {
  const { search } = useLocation();
  return useMemo(
    () => ({
      venue: search.get('venue')?.trim() || undefined,
      person: search.get('person')?.trim() || undefined,
      from: instantOf(search.get('from')),
      to: instantOf(search.get('to')),
    }),
    [search],
  );
}

/** The person's id and the time window; Show puts them in the URL. Problems the server finds are beside their fields. */
export function CheckinFilters({ error }: { error: unknown }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { search } = useLocation();
  const fromUrl = { person: search.get('person') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '' };
  const [values, setValues] = useState(fromUrl);
  const urlKey = JSON.stringify(fromUrl);
  useEffect(() => setValues(JSON.parse(urlKey) as typeof fromUrl), [urlKey]);
  // Query parameters are named querystring.<name> when the request is refused before the service.
  const errors = fieldErrorsOf(error, i18n);
  const errorOf = (name: string) => errors[name] ?? errors[`querystring.${name}`];
  const set = (name: keyof typeof values, value: string) => setValues({ ...values, [name]: value });

  return (
    <form
      className="filters"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        updateSearchParams({ person: values.person.trim() || null, from: values.from || null, to: values.to || null });
      }}
    >
      <FormField name="person" label={t('checkins.personId')} error={errorOf('person')}>
        {(control) => <input {...control} className="mono" autoComplete="off" value={values.person} onChange={(event) => set('person', event.target.value)} />}
      </FormField>
      <FormField name="from" label={t('checkins.from')} error={errorOf('from')}>
        {(control) => <input {...control} type="datetime-local" value={values.from} onChange={(event) => set('from', event.target.value)} />}
      </FormField>
      <FormField name="to" label={t('checkins.to')} error={errorOf('to')}>
        {(control) => <input {...control} type="datetime-local" value={values.to} onChange={(event) => set('to', event.target.value)} />}
      </FormField>
      <button type="submit" className="primary">{t('checkins.show')}</button>
    </form>
  );
}
