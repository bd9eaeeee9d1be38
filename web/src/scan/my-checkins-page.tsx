import { PageTitle } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { PublicLayout } from '../public/public-layout.tsx';
import { Link } from '../router/index.ts';
import { CitizenGate } from './citizen-gate.tsx';
import { MyCheckinsList } from './my-checkins-list.tsx';
import { useVenueToken } from './use-venue-token.ts';

/** The resident's own check-ins (/scan/history), with the way back to the venue they came from. */
export function MyCheckinsPage() {
  const { t } = useI18n();
  const token = useVenueToken();
  return (
    <PublicLayout privacyNote={t('scan.privacy')}>
      <div className="page scan-page">
        <PageTitle text={t('scan.history')} />
        <CitizenGate>{() => <MyCheckinsList />}</CitizenGate>
        <p><Link to={token ? `/scan#${encodeURIComponent(token)}` : '/scan'}>{t('scan.backToScan')}</Link></p>
      </div>
    </PublicLayout>
  );
}
