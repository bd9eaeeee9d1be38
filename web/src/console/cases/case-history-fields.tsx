import type { FieldErrors } from '../../api/index.ts';
import { FormField } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { EMPTY_JOURNEY, EMPTY_VISIT, type JourneyValues, type VisitValues } from './case-form-values.ts';
import { RowsFieldset } from './rows-fieldset.tsx';

interface RowsProps<Row> {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: FieldErrors;
}

/** Where the case travelled: a place and the dates there, one row per journey. */
export function TravelHistoryFields({ rows, onChange, errors }: RowsProps<JourneyValues>) {
  const { t } = useI18n();
  return (
    <RowsFieldset
      name="travelHistory"
      legend={t('cases.travelHistory')}
      rows={rows}
      emptyRow={EMPTY_JOURNEY}
      onChange={onChange}
      error={errors.travelHistory}
      rowLegend={(index) => t('cases.journey', { index: index + 1 })}
      addLabel={t('cases.addJourney')}
      removeLabel={(index) => t('cases.removeJourney', { index: index + 1 })}
    >
      {(row, index, set) => {
        const name = (part: keyof JourneyValues) => `travelHistory.${index}.${part}`;
        return (
          <>
            <FormField name={name('place')} label={t('cases.journeyPlace')} error={errors[name('place')]} required>
              {(control) => <input {...control} required value={row.place} onChange={(event) => set({ ...row, place: event.target.value })} />}
            </FormField>
            <FormField name={name('from')} label={t('cases.journeyFrom')} error={errors[name('from')]} required>
              {(control) => <input {...control} type="date" required value={row.from} onChange={(event) => set({ ...row, from: event.target.value })} />}
            </FormField>
            <FormField name={name('to')} label={t('cases.journeyTo')} error={errors[name('to')]} required>
              {(control) => <input {...control} type="date" required value={row.to} onChange={(event) => set({ ...row, to: event.target.value })} />}
            </FormField>
          </>
        );
      }}
    </RowsFieldset>
  );
}

/** Where the case went while it may have been infectious: what they told the investigator, and when. */
export function PlacesVisitedFields({ rows, onChange, errors }: RowsProps<VisitValues>) {
  const { t } = useI18n();
  return (
    <RowsFieldset
      name="placesVisited"
      legend={t('cases.placesVisited')}
      rows={rows}
      emptyRow={EMPTY_VISIT}
      onChange={onChange}
      error={errors.placesVisited}
      rowLegend={(index) => t('cases.visit', { index: index + 1 })}
      addLabel={t('cases.addVisit')}
      removeLabel={(index) => t('cases.removeVisit', { index: index + 1 })}
    >
      {(row, index, set) => {
        const name = (part: 'description' | 'from' | 'to') => `placesVisited.${index}.${part}`;
        return (
          <>
            <FormField name={name('description')} label={t('cases.visitDescription')} error={errors[name('description')]} required>
              {(control) => <input {...control} required value={row.description} onChange={(event) => set({ ...row, description: event.target.value })} />}
            </FormField>
            <FormField name={name('from')} label={t('cases.visitFrom')} error={errors[name('from')]} required>
              {(control) => <input {...control} type="datetime-local" required value={row.from} onChange={(event) => set({ ...row, from: event.target.value })} />}
            </FormField>
            <FormField name={name('to')} label={t('cases.visitTo')} error={errors[name('to')]}>
              {(control) => <input {...control} type="datetime-local" value={row.to} onChange={(event) => set({ ...row, to: event.target.value })} />}
            </FormField>
          </>
        );
      }}
    </RowsFieldset>
  );
}
