import type { Checkin } from '../../api/models.ts';
import { DataTable, formatTemperature } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink } from '../console-link.tsx';
import { PersonLink } from '../people/person-link.tsx';

/** Check-ins as rows: time in and out, venue, person, temperature and how the check-in arrived. */
export function CheckinsTable({ checkins }: { checkins: readonly Checkin[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <DataTable<Checkin>
      caption={t('checkins.title')}
      hideCaption
      testId="checkins-table"
      rows={checkins}
      rowKey={(checkin) => `${checkin.personId}.${checkin.venueId}.${checkin.enteredAt}`}
      rowAttributes={(checkin) => ({ 'data-person-id': checkin.personId, 'data-venue-id': checkin.venueId })}
      emptyMessage={t('checkins.empty')}
      columns={[
        { key: 'enteredAt', header: t('checkins.enteredAt'), render: (checkin) => formatDateTime(checkin.enteredAt) },
        { key: 'exitedAt', header: t('checkins.exitedAt'), render: (checkin) => (checkin.exitedAt ? formatDateTime(checkin.exitedAt) : '—') },
        { key: 'venue', header: t('checkins.venue'), render: (checkin) => <ConsoleLink to={`/console/places/${encodeURIComponent(checkin.venueId)}`}>{checkin.venueName}</ConsoleLink> },
        { key: 'person', header: t('checkins.person'), render: (checkin) => <PersonLink id={checkin.personId} /> },
        { key: 'temperature', header: t('checkins.temperature'), numeric: true, render: (checkin) => formatTemperature(checkin.temperature) },
        { key: 'source', header: t('checkins.source'), render: (checkin) => t(`checkinSource.${checkin.source}`) },
      ]}
    />
  );
}
