import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../api/index.ts';
import type { CheckinScan } from '../api/models.ts';
import { ME_QUERY_KEY } from '../session/session.ts';
import { loadVisit, saveVisit, type SentRequest, type Visit } from './visit-store.ts';

/**
 * Sends a scan. A scan is idempotent by its natural key (person, venue, entry time), so a retry of the same
 * body stores nothing more and gets the first answer, fever notice included, without an Idempotency-Key:
 * that would cost the busiest route two more writes to disk per scan.
 */
function postScan({ body }: SentRequest) {
  return unwrap(api.POST('/api/v1/checkins', { body: JSON.parse(body) as CheckinScan }));
}

/** The request for a body: the one sent before when nothing changed (a changed temperature is a new request). */
function requestFor(body: CheckinScan, previous: SentRequest | null): SentRequest {
  const text = JSON.stringify(body);
  return previous?.body === text ? previous : { body: text };
}

/** A failed request is shown through the mutation's error; nothing else is to be done with it here. */
function ignoreShownError(): void {}

/**
 * A resident's visit to the venue of a scanned code: check in (the entry time fixed at the first press),
 * then leave (the same check-in with its exit). Every step is remembered before it is sent, so that a
 * repeated press or a reload repeats the same request instead of making a second check-in.
 */
export function useScanVisit(accountId: string, token: string) {
  const queryClient = useQueryClient();
  const [visit, setVisit] = useState<Visit | null>(() => loadVisit(accountId, token));
  // The latest visit, read synchronously, so that two quick taps cannot both start a new entry time.
  const latest = useRef(visit);
  const save = (next: Visit | null) => {
    latest.current = next;
    saveVisit(accountId, token, next);
    setVisit(next);
  };
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['my-checkins'] });
  // A session that ended meanwhile brings the sign-in form back; the visit waits, and resumes with the same entry time.
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
  const checkIn = useMutation({ mutationFn: postScan, onSettled, onError });
  const leave = useMutation({ mutationFn: postScan, onSettled, onError });

  function submitCheckIn(temperature: number | undefined): void {
    if (checkIn.isPending) return;
    const current = latest.current;
    const enteredAt = current?.enteredAt ?? new Date().toISOString();
    const body: CheckinScan = temperature === undefined ? { token, enteredAt } : { token, enteredAt, temperature };
    const pending: Visit = { enteredAt, result: null, exitedAt: null, leave: null, left: null, checkIn: requestFor(body, current?.checkIn ?? null) };
    save(pending);
    // Each call's own promise: a second tap's answer (409 while the first runs) cannot hide the first's success.
    void checkIn.mutateAsync(pending.checkIn!).then((result) => save({ ...pending, result }), ignoreShownError);
  }

  function submitLeave(): void {
    const current = latest.current;
    if (leave.isPending || !current?.result) return;
    const exitedAt = current.exitedAt ?? new Date().toISOString();
    const pending: Visit = { ...current, exitedAt, leave: requestFor({ token, enteredAt: current.enteredAt, exitedAt }, current.leave) };
    save(pending);
    void leave.mutateAsync(pending.leave!).then((result) => save({ ...pending, left: result.checkin }), ignoreShownError);
  }

  /** Forgets the visit, so that the next check-in at this venue is a new one. */
  function startAgain(): void {
    checkIn.reset();
    leave.reset();
    save(null);
  }

  return { visit, checkIn, leave, submitCheckIn, submitLeave, startAgain };
}
