import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Instants are ISO 8601 UTC strings on both databases (timestamptz on
 * PostgreSQL is read back as ISO text), booleans are 0/1 integers, and lists are JSON text.
 */
export interface JurisdictionTable {
  code: string;
  name: string;
  parent_code: string | null;
  /** Codes from the root down to this one, each followed by '/': subtree queries are a range on it. */
  path: string;
  depth: number;
  level: string;
  county_code: string | null;
  time_zone: string;
  created_at: string;
}

export interface PlaceTable {
  id: string;
  kind: string;
  parent_id: string | null;
  jurisdiction_code: string;
  county_code: string | null;
  name: string;
  venue_type: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  outline: string | null;
  external_ref: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  jurisdiction_code: string;
  county_code: string | null;
  name: string;
  document_type: string;
  document_number_cipher: string;
  document_number_hash: string;
  document_number_masked: string;
  phone_cipher: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  birth_date: string | null;
  sex: string;
  household_id: string | null;
  affiliation_id: string | null;
  /** The class or team within the affiliation, as the school or workplace names it. */
  affiliation_group: string | null;
  priority_groups: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  jurisdiction_code: string | null;
  person_id: string | null;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface CredentialTable {
  id: string;
  account_id: string;
  kind: string;
  token_hash: string;
  label: string | null;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_account_id: string | null;
  actor_role: string | null;
  actor_jurisdiction: string | null;
  purpose: string;
  operation: string;
  outcome: string;
  source_address: string | null;
  subject_count: number;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AuditSubjectTable {
  audit_seq: number;
  person_id: string;
}

export interface AuditAnchorTable {
  id: number;
  seq: number;
  hash: string;
}

export interface IdempotencyTable {
  account_id: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: Generated<string>;
}

/** One publication of a day's figures; a correction is the next version of the same jurisdiction and date. */
export interface BulletinTable {
  id: string;
  jurisdiction_code: string;
  county_code: string | null;
  date: string;
  version: number;
  new_confirmed: number;
  new_asymptomatic: number;
  new_recovered: number;
  under_observation: number;
  tests_reported: number;
  note: string | null;
  published_at: string;
  published_by: string;
}

/** A printable code of a venue; its token is signed, never stored. Revoking is final. */
export interface VenueCodeTable {
  id: string;
  venue_id: string;
  jurisdiction_code: string;
  county_code: string | null;
  label: string | null;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_reason: string | null;
}

/** The compact key of a person in check-ins, allocated on first check-in (see docs/decisions/0009-checkin-storage.md). */
export interface CheckinPersonTable {
  key: Generated<number>;
  person_id: string;
}

/** The compact key of a venue in check-ins, with the jurisdiction the venue lay in when last seen. */
export interface CheckinVenueTable {
  key: Generated<number>;
  venue_id: string;
  jurisdiction_code: string;
  county_code: string;
}

/**
 * One stay at a venue. Times are whole seconds since the epoch (UTC) and temperatures tenths of a degree
 * Celsius, so that a row stays small at 100,000,000 rows. (person_key, entered_at, venue_key) is unique.
 */
export interface CheckinTable {
  person_key: number;
  venue_key: number;
  entered_at: number;
  exited_at: number | null;
  /** When the same person next checked in, anywhere (null: not yet); kept by ingestion. */
  next_entered_at: number | null;
  temperature: number | null;
  source: string;
  county_code: string;
  jurisdiction_code: string;
  recorded_at: number;
}

/** A check-in at or above the fever threshold, for the staff of the venue's jurisdiction to follow up. */
export interface FeverFlagTable {
  id: string;
  person_id: string;
  venue_id: string;
  jurisdiction_code: string;
  county_code: string;
  /** Tenths of a degree Celsius, as in check-ins. */
  temperature: number;
  /** The check-in's entry, in epoch seconds: with person and venue, it names the check-in. */
  entered_at: number;
  status: string;
  handled_by: string | null;
  handled_at: string | null;
  note: string | null;
}

/** Which protocol a jurisdiction follows from a local date on; rows are only ever added. */
export interface ProtocolAssignmentTable {
  id: string;
  jurisdiction_code: string;
  county_code: string | null;
  protocol_id: string;
  /** Local date (YYYY-MM-DD) in the jurisdiction's time zone. */
  effective_from: string;
  reason: string;
  assigned_by: string;
  created_at: string;
}

/** A compliance check of a venue (masks, ventilation, disinfection, the one-metre line); names no person. */
export interface VenueComplianceRecordTable {
  id: string;
  venue_id: string;
  jurisdiction_code: string;
  county_code: string | null;
  /** Local date (YYYY-MM-DD) in the venue jurisdiction's time zone. */
  local_date: string;
  checked_at: string;
  /** compliant, not_compliant or not_applicable. */
  masks_outcome: string;
  masks_note: string | null;
  ventilation_outcome: string;
  ventilation_note: string | null;
  disinfection_outcome: string;
  disinfection_note: string | null;
  distancing_outcome: string;
  distancing_note: string | null;
  note: string | null;
  /** The recording account's id. */
  recorded_by: string;
  recorded_at: string;
}

export interface CaseTable {
  id: string;
  person_id: string;
  jurisdiction_code: string;
  county_code: string | null;
  classification: string;
  basis: string;
  status: string;
  onset_date: string | null;
  sampled_date: string | null;
  /** JSON lists. */
  symptoms: string;
  travel_history: string;
  places_visited: string;
  detected_at: string;
  reported_at: string;
  isolated_at: string | null;
  treated_at: string | null;
  reported_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ContactCandidateTable {
  id: string;
  case_id: string;
  case_jurisdiction_code: string;
  person_id: string;
  jurisdiction_code: string;
  degree: number;
  via_person_id: string | null;
  category: string;
  /** JSON list of exposures. */
  evidence: string;
  first_exposure_at: string;
  last_exposure_at: string;
  exposure_minutes: number | null;
  score: number;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  computed_at: string;
}

export interface ManagedPersonTable {
  id: string;
  person_id: string;
  jurisdiction_code: string;
  county_code: string | null;
  category: string;
  case_id: string;
  candidate_id: string;
  protocol_id: string;
  /** JSON list of the measure's stages with their dates. */
  stages: string;
  starts_on: string;
  ends_on: string;
  created_by: string;
  created_at: string;
}

export interface TransmissionLinkTable {
  id: string;
  infector_case_id: string;
  infectee_case_id: string;
  jurisdiction_code: string;
  setting: string;
  confidence: string;
  evidence: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface Schema {
  jurisdictions: JurisdictionTable;
  places: PlaceTable;
  people: PersonTable;
  accounts: AccountTable;
  credentials: CredentialTable;
  audit_log: AuditLogTable;
  audit_subjects: AuditSubjectTable;
  audit_anchor: AuditAnchorTable;
  idempotency_keys: IdempotencyTable;
  bulletins: BulletinTable;
  protocol_assignments: ProtocolAssignmentTable;
  venue_codes: VenueCodeTable;
  checkin_people: CheckinPersonTable;
  checkin_venues: CheckinVenueTable;
  checkins: CheckinTable;
  fever_flags: FeverFlagTable;
  cases: CaseTable;
  contact_candidates: ContactCandidateTable;
  managed_persons: ManagedPersonTable;
  transmission_links: TransmissionLinkTable;
  venue_compliance_records: VenueComplianceRecordTable;
}
