import { ApiError } from '../api/index.ts';
import { QueryState } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { CitizenGate } from './citizen-gate.tsx';
import { useScannedVenue } from './queries.ts';
import { VenueVisit } from './venue-visit.tsx';

/**
 * The venue of a scanned code, then the resident's check-in there. The server gives every bad code the
 * same answer (it tells a guesser nothing), so the page has one message for all of them.
 */
export function ScannedVenue({ token }: { token: string }) {
  const { t } = useI18n();
  const venue = useScannedVenue(token);
  if (venue.error instanceof ApiError && (venue.error.status === 400 || venue.error.status === 404)) {
    return <p className="message message-error" role="alert" data-testid="invalid-code">{t('scan.invalidCode')}</p>;
  }
  return (
    <QueryState query={venue}>
      {(data) => (
        <>
          <section className="scanned-venue" aria-labelledby="scanned-venue-name">
            <p className="figure-label">{t('scan.youAreAt')}</p>
            <h2 id="scanned-venue-name" data-testid="scanned-venue">{data.name}</h2>
            <p className="figure-note">{t(`venueType.${data.venueType}`)}</p>
          </section>
          <CitizenGate>{(account) => <VenueVisit key={account.id} accountId={account.id} token={token} />}</CitizenGate>
        </>
      )}
    </QueryState>
  );
}
