import type { Case, CaseBasis, CaseClassification, CaseCreate, CaseStatus, CaseUpdate } from '../../api/models.ts';
import { dateTimeInputValue, instantOfInput } from './date-time-input.ts';

/** A journey of the travel history: dates as the date inputs hold them. */
export interface JourneyValues {
  place: string;
  from: string;
  to: string;
}

/** A place the case visited: times as datetime-local inputs hold them; a place on record keeps its id. */
export interface VisitValues {
  placeId: string | null;
  description: string;
  from: string;
  to: string;
}

/** What the case forms edit, as the inputs hold it. */
export interface CaseFormValues {
  classification: CaseClassification;
  basis: CaseBasis;
  status: CaseStatus;
  onsetDate: string;
  sampledDate: string;
  /** One line, the symptoms separated by commas (or 、 as a Chinese list is written). */
  symptoms: string;
  travelHistory: JourneyValues[];
  placesVisited: VisitValues[];
  detectedAt: string;
  reportedAt: string;
  isolatedAt: string;
  treatedAt: string;
}

export const EMPTY_CASE: CaseFormValues = {
  classification: 'confirmed',
  basis: 'positive_test',
  status: 'under_investigation',
  onsetDate: '',
  sampledDate: '',
  symptoms: '',
  travelHistory: [],
  placesVisited: [],
  detectedAt: '',
  reportedAt: '',
  isolatedAt: '',
  treatedAt: '',
};

export const EMPTY_JOURNEY: JourneyValues = { place: '', from: '', to: '' };
export const EMPTY_VISIT: VisitValues = { placeId: null, description: '', from: '', to: '' };

/** The fields of the form as the API names them, rows included (travelHistory.0.place), so that each error finds its place. */
export function caseFormFields(values: CaseFormValues): string[] {
  return [
    'classification', 'basis', 'status', 'onsetDate', 'sampledDate', 'symptoms', 'detectedAt', 'reportedAt', 'isolatedAt', 'treatedAt',
    'travelHistory', ...values.travelHistory.flatMap((_, index) => ['place', 'from', 'to'].map((part) => `travelHistory.${index}.${part}`)),
    'placesVisited', ...values.placesVisited.flatMap((_, index) => ['description', 'from', 'to'].map((part) => `placesVisited.${index}.${part}`)),
  ];
}

export function symptomsOf(typed: string): string[] {
  return typed.split(/[,，、;；\n]/).map((symptom) => symptom.trim()).filter(Boolean);
}

/** The form's starting values for a case on record. */
export function valuesOf(record: Case): CaseFormValues {
  return {
    classification: record.classification,
    basis: record.basis,
    status: record.status,
    onsetDate: record.onsetDate ?? '',
    sampledDate: record.sampledDate ?? '',
    symptoms: record.symptoms.join(', '),
    travelHistory: record.travelHistory.map((journey) => ({ place: journey.place, from: journey.from, to: journey.to })),
    placesVisited: record.placesVisited.map((visit) => ({ placeId: visit.placeId, description: visit.description, from: dateTimeInputValue(visit.from), to: dateTimeInputValue(visit.to) })),
    detectedAt: dateTimeInputValue(record.detectedAt),
    reportedAt: dateTimeInputValue(record.reportedAt),
    isolatedAt: dateTimeInputValue(record.isolatedAt),
    treatedAt: dateTimeInputValue(record.treatedAt),
  };
}

/** An asymptomatic infection has no onset: whatever was typed before switching stays in the form but is not sent. */
const onsetOf = (values: CaseFormValues) => (values.classification === 'asymptomatic' ? null : values.onsetDate || null);

const journeysOf = (values: CaseFormValues) => values.travelHistory.map((journey) => ({ place: journey.place.trim(), from: journey.from, to: journey.to }));

// An empty start is sent empty rather than left out, so that the server names the row's field.
const visitsOf = (values: CaseFormValues) =>
  values.placesVisited.map((visit) => ({
    ...(visit.placeId ? { placeId: visit.placeId } : {}),
    description: visit.description.trim(),
    from: instantOfInput(visit.from) ?? '',
    to: instantOfInput(visit.to),
  }));

/** The body of POST /cases: empty optional fields are left out; an empty detection time is sent empty for the server to name. */
export function createBody(personId: string, values: CaseFormValues): CaseCreate {
  const onsetDate = onsetOf(values);
  const symptoms = symptomsOf(values.symptoms);
  return {
    personId,
    classification: values.classification,
    basis: values.basis,
    status: values.status,
    detectedAt: instantOfInput(values.detectedAt) ?? '',
    ...(onsetDate ? { onsetDate } : {}),
    ...(values.sampledDate ? { sampledDate: values.sampledDate } : {}),
    ...(symptoms.length > 0 ? { symptoms } : {}),
    ...(values.travelHistory.length > 0 ? { travelHistory: journeysOf(values) } : {}),
    ...(values.placesVisited.length > 0 ? { placesVisited: visitsOf(values) } : {}),
    ...(values.reportedAt ? { reportedAt: instantOfInput(values.reportedAt)! } : {}),
    ...(values.isolatedAt ? { isolatedAt: instantOfInput(values.isolatedAt) } : {}),
    ...(values.treatedAt ? { treatedAt: instantOfInput(values.treatedAt) } : {}),
  };
}

/**
 * The body of PATCH /cases/{id}: only what changed since the record was read, with its version, so that a
 * change made meanwhile by someone else is refused rather than overwritten. The report time cannot change.
 */
export function updateBody(before: Case, values: CaseFormValues): CaseUpdate {
  const was = valuesOf(before);
  const changed = (field: keyof CaseFormValues) => JSON.stringify(values[field]) !== JSON.stringify(was[field]);
  const body: CaseUpdate = { version: before.version };
  if (changed('classification')) body.classification = values.classification;
  if (changed('basis')) body.basis = values.basis;
  if (changed('status')) body.status = values.status;
  if (onsetOf(values) !== before.onsetDate) body.onsetDate = onsetOf(values);
  if (changed('sampledDate')) body.sampledDate = values.sampledDate || null;
  if (symptomsOf(values.symptoms).join('\n') !== before.symptoms.join('\n')) body.symptoms = symptomsOf(values.symptoms);
  if (changed('travelHistory')) body.travelHistory = journeysOf(values);
  if (changed('placesVisited')) body.placesVisited = visitsOf(values);
  if (changed('detectedAt')) body.detectedAt = instantOfInput(values.detectedAt) ?? '';
  if (changed('isolatedAt')) body.isolatedAt = instantOfInput(values.isolatedAt);
  if (changed('treatedAt')) body.treatedAt = instantOfInput(values.treatedAt);
  return body;
}
