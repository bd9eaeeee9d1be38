import { useState } from 'react';
import type { PublicServiceType } from '../../api/models.ts';
import { QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePublicServices, type ServicesQuery } from '../queries.ts';
import { CommunityPicker } from './community-picker.tsx';
import { LocationPicker } from './location-picker.tsx';
import { ServicesList } from './services-list.tsx';

const SERVICE_TYPES: PublicServiceType[] = ['fever_clinic', 'sampling_site'];
type Mode = 'location' | 'community';

/** Finds the nearest fever clinics or sampling sites, from the user's position or a community. */
export function ServicesFinder() {
  const { t } = useI18n();
  const [type, setType] = useState<PublicServiceType>('fever_clinic');
  const [mode, setMode] = useState<Mode>('location');
  const [where, setWhere] = useState<{ near: string } | { community: string } | null>(null);
  const query: ServicesQuery | null = where ? { type, limit: 10, ...where } : null;
  const services = usePublicServices(query);

  return (
    <section aria-labelledby="services-title" className="card services">
      <h2 id="services-title">{t('public.services')}</h2>
      <div className="filter inline">
        <label htmlFor="service-type">{t('public.serviceType')}</label>
        <select id="service-type" value={type} onChange={(event) => setType(event.target.value as PublicServiceType)}>
          {SERVICE_TYPES.map((value) => <option key={value} value={value}>{t(`venueType.${value}`)}</option>)}
        </select>
      </div>
      <fieldset className="mode-switch">
        <legend className="visually-hidden">{t('public.services')}</legend>
        {(['location', 'community'] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="services-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === 'location' ? t('public.byLocation') : t('public.byCommunity')}
          </label>
        ))}
      </fieldset>
      {mode === 'location' ? (
        <LocationPicker onPick={(near) => setWhere({ near })} />
      ) : (
        <CommunityPicker onPick={(community) => setWhere({ community })} />
      )}
      <div aria-live="polite">
        {query ? <QueryState query={services}>{(data) => <ServicesList services={data.items} />}</QueryState> : null}
      </div>
    </section>
  );
}
