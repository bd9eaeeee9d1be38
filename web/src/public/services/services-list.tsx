import type { PublicService } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDistance } from './format-distance.ts';

/** The services found, nearest first: name, address, area and distance. */
export function ServicesList({ services }: { services: readonly PublicService[] }) {
  const { t, language } = useI18n();
  return (
    <ol className="services-list" data-testid="services-results">
      {services.length === 0 ? <li className="empty-state">{t('public.noServices')}</li> : null}
      {services.map((service) => (
        <li key={service.id} className="service" data-distance-meters={service.distanceMeters ?? undefined}>
          <p className="service-name">{service.name} <small>{t(`venueType.${service.venueType}`)}</small></p>
          <p className="service-address">{[service.jurisdictionName, service.address].filter(Boolean).join(' · ')}</p>
          {service.distanceMeters !== null ? <p className="service-distance">{t('public.distance', { distance: formatDistance(service.distanceMeters, language) })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
