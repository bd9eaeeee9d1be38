import { useEffect, useRef } from 'react';
import type { Checkin, CheckinScanResult } from '../api/models.ts';
import { AlertMessage, DetailList, formatTemperature, useFormErrors } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';

interface CheckinConfirmationProps {
  result: CheckinScanResult;
  /** The check-in with its exit, once the resident has left. */
  left: Checkin | null;
  leaving: boolean;
  leaveError: unknown;
  onLeave: () => void;
  onStartAgain: () => void;
}

/** Where and since when the resident is checked in, a polite notice if a fever was flagged, and Leave. */
export function CheckinConfirmation({ result, left, leaving, leaveError, onLeave, onStartAgain }: CheckinConfirmationProps) {
  const { t, formatDateTime } = useI18n();
  const failure = useFormErrors(leaveError, []).summary;
  const { checkin } = result;
  // The form the resident used is gone: focus moves to what replaced it, so that it is read out.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [left]);
  const rows: [string, string][] = [
    [t('scan.venueName'), checkin.venueName],
    [t('scan.enteredAt'), formatDateTime(checkin.enteredAt)],
    [t('scan.temperatureShown'), formatTemperature(checkin.temperature)],
  ];
  if (left?.exitedAt) rows.push([t('scan.exitedAt'), formatDateTime(left.exitedAt)]);

  return (
    <section className="card scan-confirmation" aria-labelledby="confirmation-title" data-testid="checkin-confirmation">
      <h2 id="confirmation-title" ref={heading} tabIndex={-1}>{left ? t('scan.left') : t('scan.checkedIn')}</h2>
      <DetailList rows={rows} />
      {result.feverFlagRaised ? <p className="message message-info" data-testid="fever-notice">{t('scan.fever')}</p> : null}
      {left ? (
        <button type="button" onClick={onStartAgain}>{t('scan.again')}</button>
      ) : (
        <button type="button" className="primary scan-button" onClick={onLeave} disabled={leaving}>{leaving ? t('scan.leaving') : t('scan.leave')}</button>
      )}
      <AlertMessage tone="error">{left ? null : failure}</AlertMessage>
    </section>
  );
}
