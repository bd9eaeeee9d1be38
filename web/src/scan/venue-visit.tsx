import { CheckinConfirmation } from './checkin-confirmation.tsx';
import { CheckinForm } from './checkin-form.tsx';
import { useScanVisit } from './use-scan-visit.ts';

/** The resident's visit to the scanned venue: the check-in form, then its confirmation with Leave. */
export function VenueVisit({ accountId, token }: { accountId: string; token: string }) {
  const { visit, checkIn, leave, submitCheckIn, submitLeave, startAgain } = useScanVisit(accountId, token);
  if (!visit?.result) return <CheckinForm pending={checkIn.isPending} error={checkIn.error} onCheckIn={submitCheckIn} />;
  return (
    <CheckinConfirmation
      result={visit.result}
      left={visit.left}
      leaving={leave.isPending}
      leaveError={leave.error}
      onLeave={submitLeave}
      onStartAgain={startAgain}
    />
  );
}
