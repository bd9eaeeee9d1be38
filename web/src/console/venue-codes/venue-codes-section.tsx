import { useState } from 'react';
import { ApiError } from '../../api/index.ts';
import type { VenueCode } from '../../api/models.ts';
import { AlertMessage, Pager, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { IssueCodeForm } from './issue-code-form.tsx';
import { useVenueCodesPage } from './queries.ts';
import { RevokeCodeForm } from './revoke-code-form.tsx';
import { VenueCodesTable } from './venue-codes-table.tsx';

/** A venue's check-in codes on its page: the list with printable images, issuing, and revoking with a reason. */
export function VenueCodesSection({ venueId }: { venueId: string }) {
  const { t } = useI18n();
  const canManage = useCan('venue-codes.manage');
  const pages = useCursorPages(venueId);
  const page = useVenueCodesPage(venueId, pages.cursor);
  const [revoking, setRevoking] = useState<VenueCode | null>(null);
  const [revoked, setRevoked] = useState(false);
  // The venue lies outside what this account may manage: say so instead of showing an error.
  const refused = page.error instanceof ApiError && (page.error.status === 403 || page.error.status === 404);

  return (
    <section className="card venue-codes" aria-labelledby="venue-codes-title" data-testid="venue-codes">
      <h2 id="venue-codes-title">{t('venueCodes.title')}</h2>
      {refused ? (
        <p className="empty-state">{t('venueCodes.forbidden')}</p>
      ) : (
        <QueryState query={page}>
          {(data) => (
            <>
              <VenueCodesTable codes={data.items} canManage={canManage} onRevoke={(code) => { setRevoked(false); setRevoking(code); }} />
              {pages.hasPrevious || data.nextCursor !== null ? (
                <Pager pages={pages} nextCursor={data.nextCursor} />
              ) : null}
            </>
          )}
        </QueryState>
      )}
      <AlertMessage tone="success">{revoked ? t('venueCodes.revokedDone') : null}</AlertMessage>
      {revoking ? <RevokeCodeForm key={revoking.id} code={revoking} onDone={(done) => { setRevoking(null); setRevoked(done); }} /> : null}
      {canManage && !refused ? <IssueCodeForm venueId={venueId} /> : null}
    </section>
  );
}
