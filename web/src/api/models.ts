import type { components } from './schema';

/**
 * What the typed client hands back for a schema: openapi-fetch widens tuples ([lon, lat]) to arrays on
 * the way out, so the shapes are widened the same way here to match what the pages receive.
 */
type AsReturned<T> = T extends (infer Item)[] ? AsReturned<Item>[] : T extends object ? { [K in keyof T]: AsReturned<T[K]> } : T;

/** Short names for the API's shapes, all taken from the generated document. */
type Schemas = { [Name in keyof components['schemas']]: AsReturned<components['schemas'][Name]> };

export type Account = Schemas['Account'];
export type Role = Account['role'];
export type Jurisdiction = Schemas['Jurisdiction'];
export type Person = Schemas['Person'];
export type PersonCreate = Schemas['PersonCreateInput'];
export type PersonUpdate = Schemas['PersonUpdateInput'];
export type Sex = Person['sex'];
export type PriorityGroup = Person['priorityGroups'][number];
export type DocumentType = Person['documentType'];
export type MaskableField = Person['masked'][number];
export type Place = Schemas['Place'];
export type PlaceKind = Place['kind'];
export type VenueType = NonNullable<Place['venueType']>;
export type ImportReport = Schemas['ImportReport'];
export type Checkin = Schemas['Checkin'];
export type CheckinSource = Checkin['source'];
export type CheckinScan = Schemas['CheckinScanInput'];
export type CheckinScanResult = Schemas['CheckinScanResult'];
export type FeverFlag = Schemas['FeverFlag'];
export type FeverFlagStatus = FeverFlag['status'];
export type VenueCode = Schemas['VenueCode'];
export type PublicVenue = Schemas['PublicVenue'];

/*
 * The enumerations as values, for selects and filters. `satisfies` ties each list to the document's
 * union, and the Exhaustive check below fails to compile if the server adds a member we do not list.
 */
export const SEXES = ['male', 'female', 'unknown'] as const satisfies readonly Sex[];
export const PRIORITY_GROUPS = ['aged_60_plus', 'infant', 'pregnant', 'chronic_illness', 'critical_illness', 'regular_treatment', 'disabled'] as const satisfies readonly PriorityGroup[];
export const DOCUMENT_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_residence', 'other'] as const satisfies readonly DocumentType[];
export const MASKABLE_FIELDS = ['documentNumber', 'phone', 'address'] as const satisfies readonly MaskableField[];
export const PLACE_KINDS = ['compound', 'building', 'unit', 'household', 'venue'] as const satisfies readonly PlaceKind[];
export const VENUE_TYPES = [
  'mall', 'supermarket', 'market', 'hotel', 'restaurant', 'scenic_spot', 'sports_venue', 'culture_venue', 'school',
  'kindergarten', 'university', 'elderly_home', 'prison', 'hospital', 'fever_clinic', 'pharmacy', 'sampling_site',
  'quarantine_site', 'port', 'cold_chain_warehouse', 'workplace', 'transport_hub', 'other',
] as const satisfies readonly VenueType[];
export const FEVER_FLAG_STATUSES = ['open', 'handled'] as const satisfies readonly FeverFlagStatus[];

type Exhaustive<Listed, All> = [All] extends [Listed] ? true : never;
export const enumerationsAreComplete: [
  Exhaustive<(typeof SEXES)[number], Sex>,
  Exhaustive<(typeof PRIORITY_GROUPS)[number], PriorityGroup>,
  Exhaustive<(typeof DOCUMENT_TYPES)[number], DocumentType>,
  Exhaustive<(typeof PLACE_KINDS)[number], PlaceKind>,
  Exhaustive<(typeof VENUE_TYPES)[number], VenueType>,
  Exhaustive<(typeof FEVER_FLAG_STATUSES)[number], FeverFlagStatus>,
] = [true, true, true, true, true, true];

export type Dashboard = Schemas['Dashboard'];
export type DashboardSeries = Schemas['DashboardSeries'];
export type PlacesMap = Schemas['PlacesMap'];
export type MapFeature = PlacesMap['features'][number];
export type Job = Schemas['Job'];
export type BulletinFigures = Schemas['BulletinFigures'];
export type PublicBulletin = Schemas['PublicBulletin'];
export type PublicJurisdiction = Schemas['PublicJurisdiction'];
export type PublicService = Schemas['PublicService'];
export type PublicServiceType = PublicService['venueType'];

/** The published figures in the order a bulletin lists them. */
export const BULLETIN_FIGURES = ['newConfirmed', 'newAsymptomatic', 'newRecovered', 'underObservation', 'testsReported'] as const satisfies readonly (keyof BulletinFigures)[];

export type Case = Schemas['Case'];
export type CaseStatus = Case['status'];
export type CaseClassification = Case['classification'];
export type CaseBasis = Case['basis'];
export type CaseCreate = Schemas['CaseCreateInput'];
export type CaseUpdate = Schemas['CaseUpdateInput'];
export type TransmissionLinkCreate = Schemas['TransmissionLinkCreateInput'];
export type TransmissionSetting = TransmissionLinkCreate['setting'];
export type LinkConfidence = TransmissionLinkCreate['confidence'];
export type CaseIntervals = Schemas['CaseIntervals'];
export type CaseIntervalReport = Schemas['CaseIntervalReport'];
export type IntervalSummary = Schemas['IntervalSummary'];
export type ContactCandidate = Schemas['ContactCandidate'];
export type ContactStatus = ContactCandidate['status'];
export type ContactCategory = ContactCandidate['category'];
export type ExposureEvidence = Schemas['ExposureEvidence'];
export type ContactConfirmation = Schemas['ContactConfirmation'];
export type ManagedPerson = Schemas['ManagedPerson'];
export type TraceResult = Schemas['TraceResult'];
export type Cluster = Schemas['Cluster'];

export const CASE_STATUSES = ['under_investigation', 'isolated', 'in_hospital', 'recovered', 'deceased'] as const satisfies readonly CaseStatus[];
export const CASE_CLASSIFICATIONS = ['confirmed', 'asymptomatic'] as const satisfies readonly CaseClassification[];
export const CASE_BASES = ['positive_test', 'clinical'] as const satisfies readonly CaseBasis[];
export const TRANSMISSION_SETTINGS = ['household', 'venue', 'workplace', 'school', 'community', 'travel', 'unknown'] as const satisfies readonly TransmissionSetting[];
export const LINK_CONFIDENCES = ['confirmed', 'probable', 'possible'] as const satisfies readonly LinkConfidence[];
export const CONTACT_STATUSES = ['candidate', 'confirmed', 'dismissed'] as const satisfies readonly ContactStatus[];
export const CONTACT_CATEGORIES = ['household', 'close_copresence', 'class', 'team', 'workplace', 'venue_contact', 'same_day_visitor'] as const satisfies readonly ContactCategory[];
export const tracingEnumerationsAreComplete: [
  Exhaustive<(typeof CASE_STATUSES)[number], CaseStatus>,
  Exhaustive<(typeof CONTACT_STATUSES)[number], ContactStatus>,
  Exhaustive<(typeof CONTACT_CATEGORIES)[number], ContactCategory>,
  Exhaustive<(typeof CASE_CLASSIFICATIONS)[number], CaseClassification>,
  Exhaustive<(typeof CASE_BASES)[number], CaseBasis>,
  Exhaustive<(typeof TRANSMISSION_SETTINGS)[number], TransmissionSetting>,
  Exhaustive<(typeof LINK_CONFIDENCES)[number], LinkConfidence>,
] = [true, true, true, true, true, true, true];
