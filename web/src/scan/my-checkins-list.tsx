import { formatTemperature, Pager, QueryState, useCursorPages } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { useMyCheckinsPage } from './queries.ts';

/** The resident's check-ins, newest first, a page at a time: venue, time in and out, temperature. */
export function MyCheckinsList() {
  const { t, formatDateTime } = useI18n();
  const pages = useCursorPages('my-checkins');
  const page = useMyCheckinsPage(pages.cursor);
  return (
    <QueryState query={page}>
      {(data) => (
        <>
          <ol className="checkin-list" data-testid="my-checkins">
            {data.items.length === 0 ? <li className="empty-state">{t('scan.historyEmpty')}</li> : null}
            {data.items.map((checkin) => (
              <li key={`${checkin.venueId}.${checkin.enteredAt}`} className="checkin-item">
                <p className="checkin-venue">{checkin.venueName}</p>
                <p>
                  {formatDateTime(checkin.enteredAt)} – {checkin.exitedAt ? formatDateTime(checkin.exitedAt) : t('scan.notLeft')}
                </p>
                {checkin.temperature !== null ? <p className="figure-note">{t('scan.temperatureShown')}: {formatTemperature(checkin.temperature)}</p> : null}
              </li>
            ))}
          </ol>
          <Pager pages={pages} nextCursor={data.nextCursor} />
        </>
      )}
    </QueryState>
  );
}
