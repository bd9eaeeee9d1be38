import type { FieldIssue } from '../platform/errors.ts';
import type { CaseTimeline } from './intervals.ts';
import type { CaseClassification, CaseStatus } from './model.ts';

/** A case as it would be stored, the fields its rules read: its timeline, what it is and where it stands. */
export interface CaseState extends CaseTimeline {
  classification: CaseClassification;
  status: CaseStatus;
}

/**
 * The rules a case must keep beyond each field's own format, checked on creation and after every change so
 * that a record can never be made inconsistent piecemeal. `today` is the local date in the case's
 * jurisdiction and `now` the current instant; a device clock a few minutes ahead is tolerated.
 */
export function caseIssues(state: CaseState, today: string, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const future = (instant: string | null) => instant !== null && Date.parse(instant) > now.getTime() + 5 * 60_000;
  // 9th edition: an asymptomatic infection has no symptoms, hence no onset; it is traced from its sample.
  if (state.classification === 'asymptomatic' && state.onsetDate !== null) issues.push({ field: 'onsetDate', problem: 'must be empty for an asymptomatic infection; record the sampling date instead' });
  if (state.onsetDate === null && state.sampledDate === null) {
    issues.push(state.classification === 'asymptomatic' ? { field: 'sampledDate', problem: 'is required for an asymptomatic infection' } : { field: 'onsetDate', problem: 'is required when there is no sampling date' });
  }
  if (state.onsetDate !== null && state.onsetDate > today) issues.push({ field: 'onsetDate', problem: 'must not be in the future' });
  if (state.sampledDate !== null && state.sampledDate > today) issues.push({ field: 'sampledDate', problem: 'must not be in the future' });
  for (const field of ['detectedAt', 'reportedAt', 'isolatedAt', 'treatedAt'] as const) if (future(state[field])) issues.push({ field, problem: 'must not be in the future' });
  if (Date.parse(state.reportedAt) < Date.parse(state.detectedAt)) issues.push({ field: 'reportedAt', problem: 'must not be before detectedAt: a case is reported after it is detected' });
  if ((state.status === 'isolated' || state.status === 'in_hospital') && state.isolatedAt === null) issues.push({ field: 'isolatedAt', problem: `is required when the status is ${state.status}` });
  if (state.status === 'in_hospital' && state.treatedAt === null) issues.push({ field: 'treatedAt', problem: 'is required when the status is in_hospital' });
  return issues;
}
