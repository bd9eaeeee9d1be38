import { PageTitle } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { PublicLayout } from '../public/public-layout.tsx';
import { Link } from '../router/index.ts';
import { ScannedVenue } from './scanned-venue.tsx';
import { useVenueToken } from './use-venue-token.ts';

/** The page a venue's printed code opens (/scan#<token>): the venue, sign-in, check-in and leave. */
export function ScanPage() {
  const { t } = useI18n();
  const token = useVenueToken();
  // The token travels on in the fragment, so that My check-ins can lead back to this venue.
  const fragment = token ? `#${encodeURIComponent(token)}` : '';
  return (
    <PublicLayout privacyNote={t('scan.privacy')}>
      <div className="page scan-page" data-testid="scan-page">
        <PageTitle text={t('scan.title')} />
        {token ? <ScannedVenue key={token} token={token} /> : <p className="empty-state" data-testid="no-code">{t('scan.noCode')}</p>}
        <p><Link to={`/scan/history${fragment}`}>{t('scan.history')}</Link></p>
      </div>
    </PublicLayout>
  );
}
