import { useState } from 'react';
import { VENUE_TYPES, type VenueType } from '../../api/models.ts';
import { FormErrorSummary, FormField, PageTitle, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink, useConsoleNavigate } from '../console-link.tsx';
import { useJurisdiction } from '../jurisdictions/queries.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { useCreatePlace } from './queries.ts';
import { EMPTY_VENUE, venueBody, type VenueFormValues } from './venue-form-values.ts';

const VENUE_FIELDS = ['name', 'venueType', 'address', 'latitude', 'longitude', 'jurisdictionCode'] as const;

/** Adds a key venue to the selected jurisdiction; the server's problems appear beside their fields. */
export function PlaceNewPage() {
  const { t } = useI18n();
  const { code } = useSelectedJurisdiction();
  const jurisdiction = useJurisdiction(code);
  const [values, setValues] = useState<VenueFormValues>(EMPTY_VENUE);
  const create = useCreatePlace();
  const errors = useFormErrors(create.error, VENUE_FIELDS);
  const goTo = useConsoleNavigate();
  const set = <K extends keyof VenueFormValues>(key: K, value: VenueFormValues[K]) => setValues({ ...values, [key]: value });

  return (
    <div className="page narrow">
      <PageTitle text={t('places.newTitle')} />
      <p>{t('places.jurisdiction')}: <strong>{jurisdiction.data?.name ?? code}</strong></p>
      {errors.fields.jurisdictionCode ? <p id="jurisdictionCode-error" className="field-error">{errors.fields.jurisdictionCode}</p> : null}
      <form
        id="place-new-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(venueBody(values, code), { onSuccess: (place) => goTo(`/console/places/${encodeURIComponent(place.id)}`) });
        }}
      >
        <FormErrorSummary formId="place-new-form" summary={errors.summary} fields={errors.fields} />
        <FormField name="name" label={t('places.name')} error={errors.fields.name} required>
          {(control) => <input {...control} required value={values.name} onChange={(event) => set('name', event.target.value)} />}
        </FormField>
        <FormField name="venueType" label={t('places.venueType')} error={errors.fields.venueType} required>
          {(control) => (
            <select {...control} required value={values.venueType} onChange={(event) => set('venueType', event.target.value as VenueType | '')}>
              <option value="">{t('places.chooseVenueType')}</option>
              {VENUE_TYPES.map((type) => <option key={type} value={type}>{t(`venueType.${type}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField name="address" label={t('places.address')} error={errors.fields.address}>
          {(control) => <input {...control} value={values.address} onChange={(event) => set('address', event.target.value)} />}
        </FormField>
        <FormField name="latitude" label={t('places.latitude')} error={errors.fields.latitude} hint="-90 … 90">
          {(control) => <input {...control} inputMode="decimal" value={values.latitude} onChange={(event) => set('latitude', event.target.value)} />}
        </FormField>
        <FormField name="longitude" label={t('places.longitude')} error={errors.fields.longitude} hint="-180 … 180">
          {(control) => <input {...control} inputMode="decimal" value={values.longitude} onChange={(event) => set('longitude', event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>{create.isPending ? t('app.saving') : t('app.save')}</button>
          <ConsoleLink to="/console/places" className="button">{t('app.cancel')}</ConsoleLink>
        </div>
      </form>
    </div>
  );
}
