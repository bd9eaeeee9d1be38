import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { roles as rolesInCode, type Role } from '../src/platform/auth/roles.ts';
import { deriveKey } from '../src/platform/crypto.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE } from '../src/venue-codes/token.ts';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, TEST_PASSWORD, type Fixture } from './fixture.ts';

/*
 * SECURITY.md goal 1, the BOLA matrix: every API operation x every role x a target object lying in the
 * actor's own jurisdiction, a sibling jurisdiction and an ancestor jurisdiction, with 0 unexpected allows.
 *
 * The expectation is the policy table below, declared here on its own (it does not read the code's role
 * policy) and checked against what the server does. The operations come from the served API document:
 * an operation missing from the table, or a table entry the API does not serve, fails.
 */

const ROLES = [
  'administrator',
  'command_staff',
  'epidemiologist',
  'community_worker',
  'testing_operator',
  'lab_technician',
  'sentinel_reporter',
  'venue_operator',
  'citizen',
  'auditor',
] as const satisfies readonly Role[];

/** Every account, whatever its role. */
const EVERY_ACCOUNT: readonly Role[] = ['administrator', 'command_staff', 'epidemiologist', 'community_worker', 'testing_operator', 'lab_technician', 'sentinel_reporter', 'venue_operator', 'citizen', 'auditor'];
/** Every staff account (bound to a jurisdiction): all but citizens. */
const STAFF: readonly Role[] = ['administrator', 'command_staff', 'epidemiologist', 'community_worker', 'testing_operator', 'lab_technician', 'sentinel_reporter', 'venue_operator', 'auditor'];
/** Staff who work with places: all staff but auditors. */
const FIELD_STAFF: readonly Role[] = ['administrator', 'command_staff', 'epidemiologist', 'community_worker', 'testing_operator', 'lab_technician', 'sentinel_reporter', 'venue_operator'];
/** Who follows up the fever flags of venues. */
const FEVER_FLAG_HANDLERS: readonly Role[] = ['community_worker', 'epidemiologist'];
/** When the seeded check-ins entered, within the offline backdating limit of the fixture's clock. */
const CHECKIN_DAY = '2026-11-24T';
/** The onset and detection of the cases the matrix reports: before the seeded check-ins, so that tracing finds them. */
const CASE_ONSET = '2026-11-24';
const CASE_DETECTED = `${CHECKIN_DAY}07:30:00.000Z`;
/** Who reads cases, their contacts and chains; who reports cases and decides on their contacts. */
const CASE_READERS: readonly Role[] = ['command_staff', 'epidemiologist'];
const CASE_WRITERS: readonly Role[] = ['epidemiologist'];
/** Who issues, prints and revokes the check-in codes of venues. */
const VENUE_CODE_MANAGERS: readonly Role[] = ['administrator', 'community_worker', 'venue_operator'];
/** Who reads a venue's daily ledger: those who keep it, and command staff and epidemiologists. */
const LEDGER_READERS: readonly Role[] = [...VENUE_CODE_MANAGERS, 'command_staff', 'epidemiologist'];
/** The day compliance checks are recorded for: the fixture's today, its tree keeping UTC. */
const LEDGER_DAY = '2026-11-24';
/** A compliance check of that day, as recorded at a venue. */
const complianceCheck = { date: LEDGER_DAY, measures: { masks: { outcome: 'compliant' }, ventilation: { outcome: 'compliant' }, disinfection: { outcome: 'not_compliant', note: '矩阵检查' }, distancing: { outcome: 'not_applicable' } } };

/**
 * How the actor's jurisdiction applies to an operation.
 * - public: answers without a session, the same for everyone.
 * - self: concerns the caller's own session or account; there is no target object.
 * - object: the object (by id in the path) must lie in the actor's subtree (a citizen: be the actor's own
 *   person); otherwise 404, exactly like an id that does not exist.
 * - owner: the object belongs to the calling account (a job it started); anyone else's, even in the same
 *   jurisdiction, is 404 exactly like an id that does not exist.
 * - object-or-ancestor: like object, but the jurisdictions above the actor's own are visible too (breadcrumbs);
 *   a sibling is 404.
 * - filter: a list, count, search, lookup or export that silently returns only records inside the subtree.
 * - create-in: creating into a jurisdiction outside the subtree (or above it) is a 400 naming `field`.
 * - import-in: a CSV import answers 200 and rejects a row aimed outside the subtree, naming `field`.
 * - publish-in: publishing figures for a jurisdiction, which must lie in the subtree and be a province, city
 *   or county (so that small counts never point at a village). The accounts under test are bound to a
 *   village, so every target is refused with a 400 naming `field`; publishing itself is covered by
 *   test/bulletins.api.test.ts.
 * - shared: the object belongs to no jurisdiction (a protocol document Bulwark ships): the same answer for
 *   every target, to the roles named only.
 */
type Scoping = 'public' | 'self' | 'shared' | 'object' | 'owner' | 'object-or-ancestor' | 'filter' | 'create-in' | 'import-in' | 'publish-in';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface Declared {
  method: Method;
  /** The path as the API document spells it. */
  path: string;
  roles: 'anyone' | readonly Role[];
  scoping: Scoping;
  /** create-in and import-in: the field a refusal names. */
  field?: string;
  /** The object is moved somewhere: the destination must lie in the subtree too, else a 400 naming this field. */
  destination?: string;
  /** Changes stored records when allowed. */
  writes?: true;
}

const policy: Record<string, Declared> = {
  getHealth: { method: 'GET', path: '/api/v1/health', roles: 'anyone', scoping: 'public' },
  login: { method: 'POST', path: '/api/v1/sessions', roles: 'anyone', scoping: 'public' },
  logout: { method: 'DELETE', path: '/api/v1/sessions/current', roles: EVERY_ACCOUNT, scoping: 'self' },
  getMe: { method: 'GET', path: '/api/v1/me', roles: EVERY_ACCOUNT, scoping: 'self' },
  createToken: { method: 'POST', path: '/api/v1/tokens', roles: EVERY_ACCOUNT, scoping: 'self' },
  listAccounts: { method: 'GET', path: '/api/v1/accounts', roles: ['administrator', 'command_staff'], scoping: 'filter' },
  createAccount: { method: 'POST', path: '/api/v1/accounts', roles: ['administrator'], scoping: 'create-in', field: 'jurisdictionCode', writes: true },
  searchAudit: { method: 'GET', path: '/api/v1/audit', roles: ['auditor'], scoping: 'filter' },
  listJurisdictions: { method: 'GET', path: '/api/v1/jurisdictions', roles: STAFF, scoping: 'filter' },
  getJurisdiction: { method: 'GET', path: '/api/v1/jurisdictions/{code}', roles: STAFF, scoping: 'object-or-ancestor' },
  getJurisdictionAncestry: { method: 'GET', path: '/api/v1/jurisdictions/{code}/ancestors', roles: STAFF, scoping: 'object-or-ancestor' },
  importJurisdictions: { method: 'POST', path: '/api/v1/jurisdictions/imports', roles: ['administrator'], scoping: 'import-in', field: 'parent_code', writes: true },
  listPlaces: { method: 'GET', path: '/api/v1/places', roles: FIELD_STAFF, scoping: 'filter' },
  getPlace: { method: 'GET', path: '/api/v1/places/{id}', roles: FIELD_STAFF, scoping: 'object' },
  createPlace: { method: 'POST', path: '/api/v1/places', roles: ['administrator', 'epidemiologist', 'community_worker'], scoping: 'create-in', field: 'jurisdictionCode', writes: true },
  updatePlace: { method: 'PATCH', path: '/api/v1/places/{id}', roles: ['administrator', 'epidemiologist', 'community_worker'], scoping: 'object', writes: true },
  importPlaces: { method: 'POST', path: '/api/v1/places/imports', roles: ['administrator', 'community_worker'], scoping: 'import-in', field: 'jurisdiction_code', writes: true },
  listPeople: { method: 'GET', path: '/api/v1/people', roles: ['administrator', 'command_staff', 'epidemiologist', 'community_worker'], scoping: 'filter' },
  countPeople: { method: 'GET', path: '/api/v1/people/count', roles: ['administrator', 'command_staff', 'epidemiologist', 'community_worker'], scoping: 'filter' },
  exportPeople: { method: 'GET', path: '/api/v1/people/export', roles: ['command_staff', 'epidemiologist'], scoping: 'filter' },
  lookupPerson: { method: 'POST', path: '/api/v1/people/lookup', roles: ['epidemiologist', 'community_worker', 'testing_operator', 'sentinel_reporter'], scoping: 'filter' },
  getPerson: { method: 'GET', path: '/api/v1/people/{id}', roles: ['administrator', 'command_staff', 'epidemiologist', 'community_worker', 'citizen'], scoping: 'object' },
  createPerson: { method: 'POST', path: '/api/v1/people', roles: ['epidemiologist', 'community_worker'], scoping: 'create-in', field: 'jurisdictionCode', writes: true },
  updatePerson: { method: 'PATCH', path: '/api/v1/people/{id}', roles: ['epidemiologist', 'community_worker'], scoping: 'object', writes: true },
  revealPerson: { method: 'POST', path: '/api/v1/people/{id}/reveal', roles: ['command_staff', 'epidemiologist', 'community_worker'], scoping: 'object' },
  movePerson: { method: 'POST', path: '/api/v1/people/{id}/move', roles: ['administrator', 'community_worker'], scoping: 'object', destination: 'jurisdictionCode', writes: true },
  importPeople: { method: 'POST', path: '/api/v1/people/imports', roles: ['administrator', 'community_worker'], scoping: 'import-in', field: 'jurisdiction_code', writes: true },
  getPlacesMap: { method: 'GET', path: '/api/v1/places/map', roles: FIELD_STAFF, scoping: 'filter' },
  getDashboard: { method: 'GET', path: '/api/v1/dashboard', roles: ['administrator', 'command_staff', 'epidemiologist', 'community_worker'], scoping: 'object' },
  publishBulletin: { method: 'POST', path: '/api/v1/bulletins', roles: ['administrator', 'command_staff'], scoping: 'publish-in', field: 'jurisdictionCode', writes: true },
  listBulletins: { method: 'GET', path: '/api/v1/bulletins', roles: STAFF, scoping: 'filter' },
  getPublicBulletin: { method: 'GET', path: '/api/v1/public/bulletin', roles: 'anyone', scoping: 'public' },
  getOpenDataBulletins: { method: 'GET', path: '/api/v1/public/open-data/bulletins', roles: 'anyone', scoping: 'public' },
  findPublicServices: { method: 'GET', path: '/api/v1/public/services', roles: 'anyone', scoping: 'public' },
  listPublicJurisdictions: { method: 'GET', path: '/api/v1/public/jurisdictions', roles: 'anyone', scoping: 'public' },
  getJob: { method: 'GET', path: '/api/v1/jobs/{id}', roles: ['administrator', 'community_worker'], scoping: 'owner' },
  listProtocols: { method: 'GET', path: '/api/v1/protocols', roles: STAFF, scoping: 'shared' },
  getProtocol: { method: 'GET', path: '/api/v1/protocols/{id}', roles: STAFF, scoping: 'shared' },
  getJurisdictionProtocol: { method: 'GET', path: '/api/v1/jurisdictions/{code}/protocol', roles: STAFF, scoping: 'object-or-ancestor' },
  assignProtocol: { method: 'POST', path: '/api/v1/protocol-assignments', roles: ['administrator', 'command_staff'], scoping: 'create-in', field: 'jurisdictionCode', writes: true },
  listProtocolAssignments: { method: 'GET', path: '/api/v1/protocol-assignments', roles: STAFF, scoping: 'filter' },
  getPublicProtocols: { method: 'GET', path: '/api/v1/public/protocols', roles: 'anyone', scoping: 'public' },
  issueVenueCode: { method: 'POST', path: '/api/v1/places/{id}/codes', roles: VENUE_CODE_MANAGERS, scoping: 'object', writes: true },
  listVenueCodes: { method: 'GET', path: '/api/v1/places/{id}/codes', roles: [...VENUE_CODE_MANAGERS, 'command_staff', 'epidemiologist'], scoping: 'object' },
  revokeVenueCode: { method: 'POST', path: '/api/v1/venue-codes/{id}/revoke', roles: VENUE_CODE_MANAGERS, scoping: 'object', writes: true },
  getVenueCodeImage: { method: 'GET', path: '/api/v1/venue-codes/{id}/qr', roles: VENUE_CODE_MANAGERS, scoping: 'object' },
  resolveVenueCode: { method: 'POST', path: '/api/v1/public/venue-codes/resolve', roles: 'anyone', scoping: 'public' },
  scanCheckin: { method: 'POST', path: '/api/v1/checkins', roles: ['citizen'], scoping: 'self', writes: true },
  ingestCheckinBatch: { method: 'POST', path: '/api/v1/checkins/batches', roles: ['administrator', 'community_worker', 'venue_operator'], scoping: 'object', writes: true },
  listMyCheckins: { method: 'GET', path: '/api/v1/me/checkins', roles: ['citizen'], scoping: 'self' },
  listCheckins: { method: 'GET', path: '/api/v1/checkins', roles: ['command_staff', 'epidemiologist', 'community_worker'], scoping: 'filter' },
  listFeverFlags: { method: 'GET', path: '/api/v1/fever-flags', roles: FEVER_FLAG_HANDLERS, scoping: 'filter' },
  handleFeverFlag: { method: 'POST', path: '/api/v1/fever-flags/{id}/handle', roles: FEVER_FLAG_HANDLERS, scoping: 'object', writes: true },
  recordVenueCompliance: { method: 'POST', path: '/api/v1/places/{id}/compliance-records', roles: VENUE_CODE_MANAGERS, scoping: 'object', writes: true },
  listVenueComplianceRecords: { method: 'GET', path: '/api/v1/places/{id}/compliance-records', roles: LEDGER_READERS, scoping: 'object' },
  createCase: { method: 'POST', path: '/api/v1/cases', roles: CASE_WRITERS, scoping: 'create-in', field: 'personId', writes: true },
  listCases: { method: 'GET', path: '/api/v1/cases', roles: CASE_READERS, scoping: 'filter' },
  getCaseIntervals: { method: 'GET', path: '/api/v1/cases/intervals', roles: CASE_READERS, scoping: 'filter' },
  getCase: { method: 'GET', path: '/api/v1/cases/{id}', roles: CASE_READERS, scoping: 'object' },
  updateCase: { method: 'PATCH', path: '/api/v1/cases/{id}', roles: CASE_WRITERS, scoping: 'object', writes: true },
  traceCase: { method: 'POST', path: '/api/v1/cases/{id}/trace', roles: CASE_WRITERS, scoping: 'object', writes: true },
  traceCases: { method: 'POST', path: '/api/v1/cases/trace', roles: CASE_WRITERS, scoping: 'object', writes: true },
  listCaseContacts: { method: 'GET', path: '/api/v1/cases/{id}/contacts', roles: CASE_READERS, scoping: 'object' },
  confirmContact: { method: 'POST', path: '/api/v1/contacts/{id}/confirm', roles: CASE_WRITERS, scoping: 'object', writes: true },
  dismissContact: { method: 'POST', path: '/api/v1/contacts/{id}/dismiss', roles: CASE_WRITERS, scoping: 'object', writes: true },
  listManagedPersons: { method: 'GET', path: '/api/v1/managed-persons', roles: ['command_staff', 'epidemiologist', 'community_worker'], scoping: 'filter' },
  linkCases: { method: 'POST', path: '/api/v1/transmission-links', roles: CASE_WRITERS, scoping: 'create-in', field: 'infectorCaseId', writes: true },
  listClusters: { method: 'GET', path: '/api/v1/clusters', roles: CASE_READERS, scoping: 'filter' },
  getCaseCluster: { method: 'GET', path: '/api/v1/cases/{id}/cluster', roles: CASE_READERS, scoping: 'object' },
  listPossibleSources: { method: 'GET', path: '/api/v1/cases/{id}/possible-sources', roles: CASE_READERS, scoping: 'object' },
  getVenueLedger: { method: 'GET', path: '/api/v1/places/{id}/ledger', roles: LEDGER_READERS, scoping: 'object' },
};

/** Served under the API prefix but not API operations: the API document and its viewer, both public. */
const DOCUMENTATION_ROUTES = ['/api/v1/openapi.json', '/api/v1/docs'];

/** The actor's village, a sibling village under the same township, and that township. */
const OWN = '140703001001';
const TARGETS = { own: OWN, sibling: '140703001002', ancestor: '140703001' } as const;
type Target = keyof typeof TARGETS;
const TARGET_NAMES = Object.keys(TARGETS) as Target[];
/** The codes from the root down to the own village, as the tree in test/fixture.ts has them. */
const OWN_LINEAGE = ['CN', '140000', '140700', '140703', '140703001', OWN];
const ANCESTOR_LINEAGE = ['CN', '140000', '140700', '140703', '140703001'];
const MISSING_ID = '01a20c00-0000-7000-8000-00000000dead';
const MISSING_CODE = 'Z404404404';

type Outcome = 'forbidden' | 'hidden' | 'refused' | 'allowed' | 'filtered';

/** What the declared policy expects of an operation done by a role on a target. */
function expectedOutcome(operation: string, role: Role, target: Target): Outcome {
  const declared = policy[operation]!;
  if (declared.roles !== 'anyone' && !declared.roles.includes(role)) return 'forbidden';
  switch (declared.scoping) {
    case 'public':
    case 'self':
    case 'shared':
      return 'allowed';
    case 'filter':
      return 'filtered';
    case 'object':
    case 'owner':
      return target === 'own' ? 'allowed' : 'hidden';
    case 'object-or-ancestor':
      return target === 'sibling' ? 'hidden' : 'allowed';
    case 'create-in':
    case 'import-in':
      return target === 'own' ? 'allowed' : 'refused';
    case 'publish-in':
      return 'refused';
  }
}

interface Call {
  method: Method;
  url: string;
  body?: unknown;
  /** Sent instead of the role's token (null: none). */
  token?: string | null;
}

interface Seeded {
  personId: string;
  personName: string;
  document: string;
  phone: string;
  placeId: string;
  placeName: string;
  /** A community worker bound to the target jurisdiction, and what it left in the audit log. */
  actorAccountId: string;
  actorUsername: string;
  /** A background import that community worker started. */
  jobId: string;
  /** An active check-in code of the place (a venue). */
  venueCodeId: string;
}

interface StoredState {
  people: Record<string, unknown>[];
  places: Record<string, unknown>[];
  jurisdictions: Record<string, unknown>[];
  accounts: Record<string, unknown>[];
  bulletins: Record<string, unknown>[];
  checkins: Record<string, unknown>[];
  feverFlags: Record<string, unknown>[];
  venueCodes: Record<string, unknown>[];
  protocolAssignments: Record<string, unknown>[];
  venueComplianceRecords: Record<string, unknown>[];
  cases: Record<string, unknown>[];
  contactCandidates: Record<string, unknown>[];
  managedPersons: Record<string, unknown>[];
  transmissionLinks: Record<string, unknown>[];
}

/** The fixture's county and its sibling county: bulletins are published for counties, never for villages. */
const COUNTY = '140703';
const SIBLING_COUNTY = '1407031';
/**
 * Protocol assignments seeded for each target, all effective on ASSIGNED_FROM. Assignments are public, so the
 * sibling's sits on the sibling county rather than on the sibling village, whose code no answer may carry.
 */
const ASSIGNED: Record<Target, { code: string; protocolId: string }> = {
  own: { code: OWN, protocolId: 'cn-national-9th-2022-06' },
  sibling: { code: SIBLING_COUNTY, protocolId: 'generic-respiratory-template' },
  ancestor: { code: TARGETS.ancestor, protocolId: 'generic-respiratory-template' },
};
const ASSIGNED_FROM = '2026-12-01';
/** A place's position in each target village: public services and the map need coordinates. */
const POSITIONS: Record<Target, { longitude: number; latitude: number }> = { own: { longitude: 112.55, latitude: 37.42 }, sibling: { longitude: 112.56, latitude: 37.43 }, ancestor: { longitude: 112.57, latitude: 37.44 } };

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

describeEachDialect('authorization matrix: every operation x every role x own, sibling and ancestor jurisdiction', (dialect) => {
  let fixture: Fixture;
  const tokens = new Map<Role, string>();
  const seeded = {} as Record<Target, Seeded>;
  /** A person in the own village that the citizen under test is not. */
  let neighbourId = '';
  /** A person in the own village that movePerson tries to move into each target. */
  let moverId = '';
  let loginUsername = '';
  let apiDocument: { paths: Record<string, Record<string, { operationId?: string }>>; components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> } };
  let servedRoutes = '';
  let outsideAtStart: StoredState;
  /** Values of sibling and ancestor objects that no response may ever contain. */
  let secrets: string[] = [];
  let unique = 0;
  /** The credential the last logout case ended. */
  let loggedOut = '';
  /** Background imports started by the accounts under test that may import, by role. */
  const ownJobs = new Map<Role, string>();
  /** The protocol assignment seeded for each target (see ASSIGNED). */
  const assignmentIds = {} as Record<Target, string>;
  /** An own venue code for each role that may revoke one: revoking is final, so each needs its own. */
  const ownRevocableCodes = new Map<Role, string>();
  /** The fever flag raised by the check-in seeded at each target's venue. */
  const feverFlagIds = {} as Record<Target, string>;
  /** An own fever flag for each role that may handle one: handling is final, so each needs its own. */
  const ownFeverFlags = new Map<Role, string>();
  /** The case of each target's person, the candidate its tracing found (a neighbour at the venue), and that candidate's person. */
  const caseIds = {} as Record<Target, string>;
  const candidateIds = {} as Record<Target, string>;
  const contactIds = {} as Record<Target, string>;
  /** Own candidates kept for the one role that may confirm and dismiss them: deciding is final. */
  let ownConfirmable = '';
  let ownDismissable = '';
  /** A fresh own person for each case the matrix reports (a person has one open case at a time). */
  let systemMaker = '';
  let systemEpidemiologist = '';
  const freshOwnPerson = async () => {
    const maker = systemMaker;
    return created(await fixture.request(maker, 'POST', '/api/v1/people', { name: '矩阵新病例', documentType: 'passport', documentNumber: `C${String(++unique).padStart(8, '0')}`, jurisdictionCode: OWN })).id;
  };
  const freshOwnCase = async () => {
    const epidemiologist = systemEpidemiologist;
    const body = { personId: await freshOwnPerson(), classification: 'confirmed', basis: 'clinical', onsetDate: CASE_ONSET, detectedAt: CASE_DETECTED };
    return created(await fixture.request(epidemiologist, 'POST', '/api/v1/cases', body)).id;
  };
  /** The compliance check recorded at each target's venue. */
  const complianceRecordIds = {} as Record<Target, string>;
  /** The token a scanner reads from the code of each target's venue. */
  const venueTokenOf = (target: Target) => signVenueToken(deriveKey(fixture.platform.secretKey, TOKEN_KEY_PURPOSE), { codeId: seeded[target].venueCodeId, venueId: seeded[target].placeId });
  /** A distinct entry time for each check-in a case sends, so that each is new. */
  const nextCheckinTime = () => `${CHECKIN_DAY}06:${String(++unique % 60).padStart(2, '0')}:${String(Math.floor(unique / 60) % 60).padStart(2, '0')}.000Z`;

  const request = (token: string | null, call: Call) => fixture.request(call.token === undefined ? token : call.token, call.method, call.url, call.body);

  function created(response: LightMyRequestResponse): { id: string } {
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    // System-wide accounts for the setup: a community worker (creates people and places anywhere) and an
    // administrator (creates accounts anywhere).
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const admin = await fixture.tokenFor('administrator', 'CN');
    const names: Record<Target, [person: string, place: string]> = { own: ['矩阵本村人', '矩阵本村药店'], sibling: ['矩阵邻村人', '矩阵邻村药店'], ancestor: ['矩阵镇上人', '矩阵镇上药店'] };
    for (const [index, target] of TARGET_NAMES.entries()) {
      const code = TARGETS[target];
      const document = composeResidentId('140703', '1971-02-03', 300 + index);
      const phone = `1391234560${index}`;
      const [personName, placeName] = names[target];
      const person = created(await fixture.request(maker, 'POST', '/api/v1/people', { name: personName, documentType: 'resident_id', documentNumber: document, phone, jurisdictionCode: code }));
      const place = created(await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'pharmacy', name: placeName, jurisdictionCode: code, ...POSITIONS[target] }));
      const actorUsername = `matrix.actor.${target}`;
      const account = created(await fixture.request(admin, 'POST', '/api/v1/accounts', { username: actorUsername, displayName: actorUsername, password: TEST_PASSWORD, role: 'community_worker', jurisdictionCode: code }));
      const venueCode = created(await fixture.request(maker, 'POST', `/api/v1/places/${place.id}/codes`, { label: '矩阵入口' }));
      seeded[target] = { personId: person.id, personName, document, phone, placeId: place.id, placeName, actorAccountId: account.id, actorUsername, jobId: '', venueCodeId: venueCode.id };
    }
    neighbourId = created(await fixture.request(maker, 'POST', '/api/v1/people', { name: '矩阵邻居', documentType: 'passport', documentNumber: 'E90000001', jurisdictionCode: OWN })).id;
    moverId = created(await fixture.request(maker, 'POST', '/api/v1/people', { name: '矩阵搬家人', documentType: 'passport', documentNumber: 'E90000002', jurisdictionCode: OWN })).id;
    loginUsername = 'matrix.login';
    created(await fixture.request(admin, 'POST', '/api/v1/accounts', { username: loginUsername, displayName: 'login', password: TEST_PASSWORD, role: 'venue_operator', jurisdictionCode: OWN }));

    // Each target's community worker leaves audit records in its own jurisdiction.
    for (const target of TARGET_NAMES) {
      const session = await fixture.request(null, 'POST', '/api/v1/sessions', { username: seeded[target].actorUsername, password: TEST_PASSWORD });
      expect(session.statusCode).toBe(201);
      expect((await fixture.request(session.json().token, 'GET', '/api/v1/people?limit=10')).statusCode).toBe(200);
      seeded[target].jobId = await startJob(session.json().token);
    }
    // Published figures of the county above the own village and of a sibling county.
    for (const [index, county] of [COUNTY, SIBLING_COUNTY].entries()) {
      const figures = { newConfirmed: index, newAsymptomatic: 0, newRecovered: 0, underObservation: 3, testsReported: 100 };
      created(await fixture.request(admin, 'POST', '/api/v1/bulletins', { jurisdictionCode: county, date: '2026-11-23', figures }));
    }
    // A protocol assignment for each target, taking effect after the fixture's today.
    for (const target of TARGET_NAMES) {
      const body = { jurisdictionCode: ASSIGNED[target].code, protocolId: ASSIGNED[target].protocolId, effectiveFrom: ASSIGNED_FROM, reason: '矩阵预置' };
      assignmentIds[target] = created(await fixture.request(admin, 'POST', '/api/v1/protocol-assignments', body)).id;
    }

    // The accounts under test: every role bound to the own village; the citizen to the own person.
    for (const role of ROLES) tokens.set(role, await fixture.tokenFor(role, role === 'citizen' ? seeded.own.personId : OWN));
    for (const role of ['administrator', 'community_worker'] as const) ownJobs.set(role, await startJob(tokens.get(role)!));
    for (const role of VENUE_CODE_MANAGERS) ownRevocableCodes.set(role, created(await fixture.request(maker, 'POST', `/api/v1/places/${seeded.own.placeId}/codes`, { label: `矩阵撤销 ${role}` })).id);

    // A feverish check-in of each target's person at its venue, and an own one for each role that may handle its flag.
    const feverishCheckin = async (target: Target, personId: string, enteredAt: string) => {
      const batch = { token: venueTokenOf(target), items: [{ personId, enteredAt, temperature: 38.5 }] };
      expect((await fixture.request(maker, 'POST', '/api/v1/checkins/batches', batch)).json()).toMatchObject({ stored: 1, feverFlags: 1 });
      const flag = await fixture.platform.database.db.selectFrom('fever_flags').select('id').where('person_id', '=', personId).where('venue_id', '=', seeded[target].placeId).orderBy('id', 'desc').executeTakeFirstOrThrow();
      return flag.id;
    };
    for (const target of TARGET_NAMES) feverFlagIds[target] = await feverishCheckin(target, seeded[target].personId, `${CHECKIN_DAY}07:00:00.000Z`);
    for (const role of FEVER_FLAG_HANDLERS) ownFeverFlags.set(role, await feverishCheckin('own', neighbourId, nextCheckinTime()));
    for (const target of TARGET_NAMES) {
      complianceRecordIds[target] = created(await fixture.request(maker, 'POST', `/api/v1/places/${seeded[target].placeId}/compliance-records`, complianceCheck)).id;
    }

    // A case for each target's person, a neighbour at its venue found by tracing, and that contact confirmed (a managed person).
    const epidemiologist = await fixture.tokenFor('epidemiologist', 'CN');
    // Kept for the exercises that report fresh own cases: a new token would be a new account outside the own village.
    [systemMaker, systemEpidemiologist] = [maker, epidemiologist];
    const neighbourAt = async (target: Target, name: string, enteredAt: string) => {
      const person = created(await fixture.request(maker, 'POST', '/api/v1/people', { name, documentType: 'passport', documentNumber: `N${String(++unique).padStart(8, '0')}`, jurisdictionCode: TARGETS[target] })).id;
      const batch = { token: venueTokenOf(target), items: [{ personId: person, enteredAt, exitedAt: `${CHECKIN_DAY}07:40:00.000Z` }] };
      expect((await fixture.request(maker, 'POST', '/api/v1/checkins/batches', batch)).json()).toMatchObject({ stored: 1 });
      return person;
    };
    const candidateOf = async (caseId: string, personId: string) =>
      (await fixture.platform.database.db.selectFrom('contact_candidates').select('id').where('case_id', '=', caseId).where('person_id', '=', personId).executeTakeFirstOrThrow()).id;
    for (const target of TARGET_NAMES) {
      contactIds[target] = await neighbourAt(target, `矩阵接触者${target}`, `${CHECKIN_DAY}07:01:00.000Z`);
      const body = { personId: seeded[target].personId, classification: 'confirmed', basis: 'positive_test', onsetDate: CASE_ONSET, detectedAt: CASE_DETECTED };
      caseIds[target] = created(await fixture.request(epidemiologist, 'POST', '/api/v1/cases', body)).id;
      expect((await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${caseIds[target]}/trace`)).statusCode).toBe(200);
      candidateIds[target] = await candidateOf(caseIds[target], contactIds[target]);
      const confirmed = await fixture.request(epidemiologist, 'POST', `/api/v1/contacts/${candidateIds[target]}/confirm`, { note: '矩阵预置' });
      expect(confirmed.json().managedPerson, confirmed.body).toMatchObject({ personId: contactIds[target] });
    }
    const confirmable = await neighbourAt('own', '矩阵待确认', `${CHECKIN_DAY}07:02:00.000Z`);
    const dismissable = await neighbourAt('own', '矩阵待排除', `${CHECKIN_DAY}07:03:00.000Z`);
    expect((await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${caseIds.own}/trace`)).statusCode).toBe(200);
    ownConfirmable = await candidateOf(caseIds.own, confirmable);
    ownDismissable = await candidateOf(caseIds.own, dismissable);

    apiDocument = (await fixture.request(null, 'GET', '/api/v1/openapi.json')).json();
    servedRoutes = fixture.app.printRoutes({ commonPrefix: false });
    outsideAtStart = outside(await storedState());
    secrets = (['sibling', 'ancestor'] as const).flatMap((target) => {
      const item = seeded[target];
      return [item.personId, item.personName, item.document, item.phone, item.placeId, item.placeName, item.actorAccountId, item.actorUsername, item.venueCodeId];
    });
    secrets.push(feverFlagIds.sibling, feverFlagIds.ancestor);
    secrets.push(complianceRecordIds.sibling, complianceRecordIds.ancestor);
    for (const target of ['sibling', 'ancestor'] as const) secrets.push(caseIds[target], candidateIds[target], contactIds[target]);
    secrets.push(TARGETS.sibling);
  });
  afterAll(() => fixture?.close());

  /** Starts a background places import that changes nothing (its one row is rejected) and waits for it to end. */
  async function startJob(token: string): Promise<string> {
    const started = await fixture.request(token, 'POST', '/api/v1/places/imports', csv('ref,kind,jurisdiction_code,name', `matrix-job-${++unique},castle,${OWN},矩阵作业`), { prefer: 'respond-async' });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json() as { id: string };
    for (let poll = 0; poll < 200; poll++) {
      const job = await fixture.request(token, 'GET', `/api/v1/jobs/${id}`);
      if (job.json().state !== 'running') {
        expect(job.json()).toMatchObject({ state: 'done', report: { inserted: 0 } });
        return id;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`job ${id} did not end`);
  }

  // ---- The stored state, read directly from the database (an oracle independent of the code's scoping) ----

  async function ownCodes(): Promise<Set<string>> {
    const rows = await fixture.platform.database.db.selectFrom('jurisdictions').select(['code', 'path']).execute();
    return new Set(rows.filter((row) => row.path.split('/').includes(OWN)).map((row) => row.code));
  }

  async function storedState(): Promise<StoredState> {
    const db = fixture.platform.database.db;
    return {
      people: await db.selectFrom('people').selectAll().orderBy('id').execute(),
      places: await db.selectFrom('places').selectAll().orderBy('id').execute(),
      jurisdictions: await db.selectFrom('jurisdictions').selectAll().orderBy('code').execute(),
      accounts: await db.selectFrom('accounts').selectAll().orderBy('id').execute(),
      bulletins: await db.selectFrom('bulletins').selectAll().orderBy('id').execute(),
      checkins: await db.selectFrom('checkins').selectAll().orderBy('person_key').orderBy('entered_at').orderBy('venue_key').execute(),
      feverFlags: await db.selectFrom('fever_flags').selectAll().orderBy('id').execute(),
      venueCodes: await db.selectFrom('venue_codes').selectAll().orderBy('id').execute(),
      protocolAssignments: await db.selectFrom('protocol_assignments').selectAll().orderBy('id').execute(),
      venueComplianceRecords: await db.selectFrom('venue_compliance_records').selectAll().orderBy('id').execute(),
      cases: await db.selectFrom('cases').selectAll().orderBy('id').execute(),
      contactCandidates: await db.selectFrom('contact_candidates').selectAll().orderBy('id').execute(),
      managedPersons: await db.selectFrom('managed_persons').selectAll().orderBy('id').execute(),
      transmissionLinks: await db.selectFrom('transmission_links').selectAll().orderBy('id').execute(),
    };
  }

  /** The part of the stored state that lies outside the own village's subtree. */
  function outside(state: StoredState): StoredState {
    const isOwn = (code: unknown) => typeof code === 'string' && (code === OWN || code.startsWith(OWN));
    return {
      people: state.people.filter((row) => !isOwn(row.jurisdiction_code)),
      places: state.places.filter((row) => !isOwn(row.jurisdiction_code)),
      jurisdictions: state.jurisdictions.filter((row) => !String(row.path).split('/').includes(OWN)),
      accounts: state.accounts.filter((row) => !isOwn(row.jurisdiction_code)),
      bulletins: state.bulletins.filter((row) => !isOwn(row.jurisdiction_code)),
      checkins: state.checkins.filter((row) => !isOwn(row.jurisdiction_code)),
      feverFlags: state.feverFlags.filter((row) => !isOwn(row.jurisdiction_code)),
      venueCodes: state.venueCodes.filter((row) => !isOwn(row.jurisdiction_code)),
      protocolAssignments: state.protocolAssignments.filter((row) => !isOwn(row.jurisdiction_code)),
      venueComplianceRecords: state.venueComplianceRecords.filter((row) => !isOwn(row.jurisdiction_code)),
      cases: state.cases.filter((row) => !isOwn(row.jurisdiction_code)),
      // Candidates belong to the investigation of their case.
      contactCandidates: state.contactCandidates.filter((row) => !isOwn(row.case_jurisdiction_code)),
      managedPersons: state.managedPersons.filter((row) => !isOwn(row.jurisdiction_code)),
      transmissionLinks: state.transmissionLinks.filter((row) => !isOwn(row.jurisdiction_code)),
    };
  }

  /** The places the map may draw: compounds, buildings and venues with a position or an outline, in the own subtree. */
  async function drawableOracle(): Promise<string[]> {
    const codes = await ownCodes();
    const rows = await fixture.platform.database.db.selectFrom('places').selectAll().execute();
    const drawable = rows.filter((row) => ['compound', 'building', 'venue'].includes(row.kind) && ((row.latitude !== null && row.longitude !== null) || row.outline !== null));
    return drawable.filter((row) => codes.has(row.jurisdiction_code)).map((row) => row.id).sort();
  }

  async function oracle(table: 'people' | 'places' | 'accounts' | 'bulletins' | 'protocol_assignments' | 'fever_flags' | 'cases' | 'managed_persons'): Promise<string[]> {
    const codes = await ownCodes();
    const rows = await fixture.platform.database.db.selectFrom(table).select(['id', 'jurisdiction_code']).execute();
    return rows.filter((row) => row.jurisdiction_code !== null && codes.has(row.jurisdiction_code)).map((row) => row.id).sort();
  }

  // ---- How each operation is exercised against a target ----

  interface Exercise {
    call(target: Target, role: Role): Call | Promise<Call>;
    /** object scoping: the same request for an id that does not exist. */
    missing?(): Call;
    /** The status of a success. */
    success: number;
    /** Further checks of an allowed, in-scope answer. */
    succeeded?(response: LightMyRequestResponse, target: Target, role: Role): void | Promise<void>;
    /** filter scoping: checks the target-aimed answer holds the target's record only when it is the own one. */
    filtered?(response: LightMyRequestResponse, target: Target): void | Promise<void>;
    /** filter scoping: an unfiltered request whose answer must be exactly what the database oracle allows. */
    everything?: { call: Call; check(response: LightMyRequestResponse): Promise<void> };
    /** destination: moves an own object into the target jurisdiction. */
    into?(target: Target): Call;
  }

  const csv = (header: string, row: string) => `${header}\n${row}\n`;
  const importReport = (response: LightMyRequestResponse) => response.json() as { received: number; inserted: number; unchanged: number; rejected: { field: string }[] };

  const exercises: Record<string, Exercise> = {
    getHealth: {
      call: () => ({ method: 'GET', url: '/api/v1/health' }),
      success: 200,
      succeeded: (response) => expect(response.json().status).toBe('ok'),
    },
    login: {
      call: () => ({ method: 'POST', url: '/api/v1/sessions', body: { username: loginUsername, password: TEST_PASSWORD } }),
      success: 201,
      succeeded: (response) => expect(response.json().account.username).toBe(loginUsername),
    },
    logout: {
      // A session of its own, so that the shared one survives.
      async call(_target, role) {
        const minted = await fixture.request(tokens.get(role)!, 'POST', '/api/v1/tokens', { label: 'matrix logout' });
        expect(minted.statusCode).toBe(201);
        loggedOut = minted.json().token;
        return { method: 'DELETE', url: '/api/v1/sessions/current', token: loggedOut };
      },
      success: 204,
      async succeeded(_response, _target, role) {
        expect((await fixture.request(loggedOut, 'GET', '/api/v1/me')).statusCode).toBe(401);
        expect((await fixture.request(tokens.get(role)!, 'GET', '/api/v1/me')).statusCode).toBe(200);
      },
    },
    getMe: {
      call: () => ({ method: 'GET', url: '/api/v1/me' }),
      success: 200,
      succeeded(response, _target, role) {
        const { account } = response.json();
        expect(account).toMatchObject({ role, jurisdictionCode: OWN, personId: role === 'citizen' ? seeded.own.personId : null });
      },
    },
    createToken: {
      call: () => ({ method: 'POST', url: '/api/v1/tokens', body: { label: 'matrix', days: 1 } }),
      success: 201,
      async succeeded(response, _target, role) {
        const { token, account } = response.json();
        expect(account.role).toBe(role);
        const me = await fixture.request(token, 'GET', '/api/v1/me');
        expect(me.json().account.id).toBe(account.id);
      },
    },
    listAccounts: {
      call: () => ({ method: 'GET', url: '/api/v1/accounts?limit=500' }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items).includes(seeded[target].actorAccountId)).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/accounts?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('accounts'));
        },
      },
    },
    createAccount: {
      call: (target) => ({ method: 'POST', url: '/api/v1/accounts', body: { username: `matrix.made.${++unique}`, displayName: 'made', password: TEST_PASSWORD, role: 'venue_operator', jurisdictionCode: TARGETS[target] } }),
      success: 201,
      succeeded: (response) => expect(response.json().jurisdictionCode).toBe(OWN),
    },
    searchAudit: {
      call: (target) => ({ method: 'GET', url: `/api/v1/audit?actor=${seeded[target].actorAccountId}&limit=100` }),
      success: 200,
      filtered(response, target) {
        const items = response.json().items as { actorAccountId: string }[];
        if (target === 'own') {
          expect(items.length).toBeGreaterThan(0);
          for (const item of items) expect(item.actorAccountId).toBe(seeded.own.actorAccountId);
        } else expect(items).toEqual([]);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/audit?limit=500' },
        async check(response) {
          const items = response.json().items as { seq: number; actorJurisdiction: string | null; personIds: string[] }[];
          expect(items.length).toBeGreaterThan(0);
          const codes = await ownCodes();
          for (const item of items) expect(codes.has(item.actorJurisdiction ?? ''), `record ${item.seq} by an actor of ${item.actorJurisdiction}`).toBe(true);
          // No in-scope record is skipped within the window returned.
          const seqs = items.map((item) => Number(item.seq));
          const window = await fixture.platform.database.db
            .selectFrom('audit_log')
            .select(['seq', 'actor_jurisdiction'])
            .where('seq', '>=', Math.min(...seqs))
            .where('seq', '<=', Math.max(...seqs))
            .execute();
          expect(seqs.sort((a, b) => a - b)).toEqual(window.filter((row) => row.actor_jurisdiction !== null && codes.has(row.actor_jurisdiction)).map((row) => Number(row.seq)).sort((a, b) => a - b));
        },
      },
    },
    listJurisdictions: {
      call: (target) => ({ method: 'GET', url: `/api/v1/jurisdictions?q=${TARGETS[target]}&limit=500` }),
      success: 200,
      filtered(response, target) {
        const codes = (response.json().items as { code: string }[]).map((item) => item.code);
        expect(codes.includes(TARGETS[target])).toBe(target === 'own');
        for (const code of codes) expect(code.startsWith(OWN)).toBe(true);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/jurisdictions?limit=500' },
        async check(response) {
          expect((response.json().items as { code: string }[]).map((item) => item.code).sort()).toEqual([...(await ownCodes())].sort());
        },
      },
    },
    getJurisdiction: {
      call: (target) => ({ method: 'GET', url: `/api/v1/jurisdictions/${TARGETS[target]}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/jurisdictions/${MISSING_CODE}` }),
      success: 200,
      succeeded: (response, target) => expect(response.json().code).toBe(TARGETS[target]),
    },
    getJurisdictionAncestry: {
      call: (target) => ({ method: 'GET', url: `/api/v1/jurisdictions/${TARGETS[target]}/ancestors` }),
      missing: () => ({ method: 'GET', url: `/api/v1/jurisdictions/${MISSING_CODE}/ancestors` }),
      success: 200,
      succeeded(response, target) {
        expect((response.json().items as { code: string }[]).map((item) => item.code)).toEqual(target === 'own' ? OWN_LINEAGE : ANCESTOR_LINEAGE);
      },
    },
    importJurisdictions: {
      call: (target) => ({ method: 'POST', url: '/api/v1/jurisdictions/imports', body: csv('code,name,parent_code,level', `${TARGETS[target]}9${++unique},矩阵新村${unique},${TARGETS[target]},village`) }),
      success: 200,
      succeeded: (response) => expect(importReport(response)).toMatchObject({ received: 1, inserted: 1, rejected: [] }),
    },
    listPlaces: {
      call: (target) => ({ method: 'GET', url: `/api/v1/places?q=${encodeURIComponent(seeded[target].placeName)}&limit=500` }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items)).toEqual(target === 'own' ? [seeded.own.placeId] : []);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/places?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('places'));
        },
      },
    },
    getPlace: {
      call: (target) => ({ method: 'GET', url: `/api/v1/places/${seeded[target].placeId}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/places/${MISSING_ID}` }),
      success: 200,
      succeeded: (response, target) => expect(response.json().id).toBe(seeded[target].placeId),
    },
    createPlace: {
      call: (target) => ({ method: 'POST', url: '/api/v1/places', body: { kind: 'compound', name: `矩阵新小区${++unique}`, jurisdictionCode: TARGETS[target] } }),
      success: 201,
      succeeded: (response) => expect(response.json().jurisdictionCode).toBe(OWN),
    },
    updatePlace: {
      // Out of scope, the name would change if the write went through.
      call: (target) => ({ method: 'PATCH', url: `/api/v1/places/${seeded[target].placeId}`, body: { name: target === 'own' ? seeded.own.placeName : '被改名的药店' } }),
      missing: () => ({ method: 'PATCH', url: `/api/v1/places/${MISSING_ID}`, body: { name: '被改名的药店' } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: seeded.own.placeId, name: seeded.own.placeName }),
    },
    importPlaces: {
      call: (target) => ({ method: 'POST', url: '/api/v1/places/imports', body: csv('ref,kind,jurisdiction_code,name', `matrix-${++unique},compound,${TARGETS[target]},矩阵导入小区${unique}`) }),
      success: 200,
      succeeded: (response) => expect(importReport(response)).toMatchObject({ received: 1, inserted: 1, rejected: [] }),
    },
    listPeople: {
      call: (target) => ({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent(seeded[target].personName)}&limit=500` }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items)).toEqual(target === 'own' ? [seeded.own.personId] : []);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/people?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('people'));
        },
      },
    },
    countPeople: {
      call: (target) => ({ method: 'GET', url: `/api/v1/people/count?q=${encodeURIComponent(seeded[target].personName)}` }),
      success: 200,
      filtered(response, target) {
        expect(response.json().count).toBe(target === 'own' ? 1 : 0);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/people/count' },
        async check(response) {
          expect(response.json().count).toBe((await oracle('people')).length);
        },
      },
    },
    exportPeople: {
      call: (target) => ({ method: 'GET', url: `/api/v1/people/export?q=${encodeURIComponent(seeded[target].personName)}` }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items)).toEqual(target === 'own' ? [seeded.own.personId] : []);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/people/export' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('people'));
        },
      },
    },
    lookupPerson: {
      call: (target) => ({ method: 'POST', url: '/api/v1/people/lookup', body: { documentType: 'resident_id', documentNumber: seeded[target].document } }),
      success: 200,
      async filtered(response, target) {
        const expected = target === 'own' ? [seeded.own.personId] : [];
        expect(ids(response.json().items)).toEqual(expected);
        // By phone too: the other lookup path.
        const byPhone = await fixture.request(tokens.get('community_worker')!, 'POST', '/api/v1/people/lookup', { phone: seeded[target].phone });
        expect(byPhone.statusCode).toBe(200);
        expect(ids(byPhone.json().items)).toEqual(expected);
      },
    },
    getPerson: {
      call: (target) => ({ method: 'GET', url: `/api/v1/people/${seeded[target].personId}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/people/${MISSING_ID}` }),
      success: 200,
      succeeded: (response, target) => expect(response.json().id).toBe(seeded[target].personId),
    },
    createPerson: {
      call: (target) => ({ method: 'POST', url: '/api/v1/people', body: { name: '矩阵新人', documentType: 'passport', documentNumber: `P${String(++unique).padStart(8, '0')}`, jurisdictionCode: TARGETS[target] } }),
      success: 201,
      succeeded: (response) => expect(response.json().jurisdictionCode).toBe(OWN),
    },
    updatePerson: {
      call: (target) => ({ method: 'PATCH', url: `/api/v1/people/${seeded[target].personId}`, body: { name: target === 'own' ? seeded.own.personName : '被改名的人' } }),
      missing: () => ({ method: 'PATCH', url: `/api/v1/people/${MISSING_ID}`, body: { name: '被改名的人' } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: seeded.own.personId, name: seeded.own.personName, jurisdictionCode: OWN }),
    },
    revealPerson: {
      call: (target) => ({ method: 'POST', url: `/api/v1/people/${seeded[target].personId}/reveal`, body: { fields: ['documentNumber', 'phone'], reason: 'checking the authorization matrix' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/people/${MISSING_ID}/reveal`, body: { fields: ['documentNumber', 'phone'], reason: 'checking the authorization matrix' } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: seeded.own.personId, documentNumber: seeded.own.document, phone: seeded.own.phone }),
    },
    movePerson: {
      // The target's person, moved into the own village.
      call: (target) => ({ method: 'POST', url: `/api/v1/people/${seeded[target].personId}/move`, body: { jurisdictionCode: OWN } }),
      missing: () => ({ method: 'POST', url: `/api/v1/people/${MISSING_ID}/move`, body: { jurisdictionCode: OWN } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: seeded.own.personId, jurisdictionCode: OWN }),
      // An own person, moved into the target jurisdiction.
      into: (target) => ({ method: 'POST', url: `/api/v1/people/${moverId}/move`, body: { jurisdictionCode: TARGETS[target] } }),
    },
    importPeople: {
      call: (target) => ({ method: 'POST', url: '/api/v1/people/imports', body: csv('name,document_type,document_number,jurisdiction_code', `矩阵导入人,passport,Q${String(++unique).padStart(8, '0')},${TARGETS[target]}`) }),
      success: 200,
      succeeded: (response) => expect(importReport(response)).toMatchObject({ received: 1, inserted: 1, rejected: [] }),
    },
    getPlacesMap: {
      call: () => ({ method: 'GET', url: '/api/v1/places/map?kind=venue' }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().features).includes(seeded[target].placeId)).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/places/map?kind=compound,building,venue' },
        async check(response) {
          expect(ids(response.json().features)).toEqual(await drawableOracle());
        },
      },
    },
    getDashboard: {
      call: (target) => ({ method: 'GET', url: `/api/v1/dashboard?jurisdiction=${TARGETS[target]}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/dashboard?jurisdiction=${MISSING_CODE}` }),
      success: 200,
      async succeeded(response) {
        expect(response.json().jurisdiction.code).toBe(OWN);
        expect(response.json().population.people).toBe((await oracle('people')).length);
      },
    },
    publishBulletin: {
      call: (target) => ({ method: 'POST', url: '/api/v1/bulletins', body: { jurisdictionCode: TARGETS[target], date: '2026-11-23', figures: { newConfirmed: 1, newAsymptomatic: 0, newRecovered: 0, underObservation: 0, testsReported: 10 } } }),
      success: 201,
    },
    listBulletins: {
      // Bulletins are published for counties, which lie above a village: none is within the scope.
      call: () => ({ method: 'GET', url: '/api/v1/bulletins?limit=500' }),
      success: 200,
      filtered(response) {
        expect(response.json().items).toEqual([]);
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/bulletins?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('bulletins'));
        },
      },
    },
    getPublicBulletin: {
      call: () => ({ method: 'GET', url: '/api/v1/public/bulletin' }),
      success: 200,
      succeeded: (response) => expect(response.json().published.map((item: { code: string }) => item.code)).toEqual([COUNTY, SIBLING_COUNTY]),
    },
    getOpenDataBulletins: {
      call: () => ({ method: 'GET', url: '/api/v1/public/open-data/bulletins?format=json' }),
      success: 200,
      succeeded: (response) => expect(response.json().items.map((item: { jurisdictionCode: string }) => item.jurisdictionCode)).toEqual([COUNTY, SIBLING_COUNTY]),
    },
    findPublicServices: {
      call: () => ({ method: 'GET', url: `/api/v1/public/services?type=fever_clinic&near=${POSITIONS.own.longitude},${POSITIONS.own.latitude}` }),
      success: 200,
      succeeded: (response) => expect(response.json().items).toEqual([]),
    },
    listPublicJurisdictions: {
      call: () => ({ method: 'GET', url: '/api/v1/public/jurisdictions?parent=140700' }),
      success: 200,
      succeeded: (response) => expect(response.json().items.map((item: { code: string }) => item.code)).toEqual([COUNTY, SIBLING_COUNTY]),
    },
    getJob: {
      // The own case: a job the account under test started (roles that may not import get the own worker's).
      call: (target, role) => ({ method: 'GET', url: `/api/v1/jobs/${target === 'own' ? (ownJobs.get(role) ?? seeded.own.jobId) : seeded[target].jobId}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/jobs/${MISSING_ID}` }),
      success: 200,
      succeeded: (response, _target, role) => expect(response.json()).toMatchObject({ id: ownJobs.get(role), kind: 'places.import', state: 'done' }),
    },
    scanCheckin: {
      // Always the own venue: a citizen checks in wherever they are, as themself.
      call: () => ({ method: 'POST', url: '/api/v1/checkins', body: { token: venueTokenOf('own'), enteredAt: nextCheckinTime(), temperature: 36.5 } }),
      success: 201,
      succeeded: (response) => expect(response.json().checkin).toMatchObject({ personId: seeded.own.personId, venueId: seeded.own.placeId, venueName: seeded.own.placeName }),
    },
    ingestCheckinBatch: {
      call: (target) => ({ method: 'POST', url: '/api/v1/checkins/batches', body: { token: venueTokenOf(target), items: [{ personId: neighbourId, enteredAt: nextCheckinTime() }] } }),
      // A genuine token of a code never issued: the venue it names does not exist here.
      missing: () => ({ method: 'POST', url: '/api/v1/checkins/batches', body: { token: signVenueToken(deriveKey(fixture.platform.secretKey, TOKEN_KEY_PURPOSE), { codeId: MISSING_ID, venueId: seeded.own.placeId }), items: [{ personId: neighbourId, enteredAt: nextCheckinTime() }] } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ items: [{ index: 0, outcome: 'stored' }], stored: 1 }),
    },
    listMyCheckins: {
      call: () => ({ method: 'GET', url: '/api/v1/me/checkins?limit=500' }),
      success: 200,
      succeeded(response) {
        const items = response.json().items as { personId: string }[];
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect(item.personId).toBe(seeded.own.personId);
      },
    },
    listCheckins: {
      call: (target) => ({ method: 'GET', url: `/api/v1/checkins?venue=${seeded[target].placeId}&limit=500` }),
      success: 200,
      async filtered(response, target) {
        const items = response.json().items as { venueId: string }[];
        const stored = await fixture.platform.database.db.selectFrom('checkins').innerJoin('checkin_venues', 'checkin_venues.key', 'checkins.venue_key').select('checkins.entered_at').where('checkin_venues.venue_id', '=', seeded[target].placeId).execute();
        expect(stored.length).toBeGreaterThan(0);
        expect(items.length).toBe(target === 'own' ? stored.length : 0);
        for (const item of items) expect(item.venueId).toBe(seeded.own.placeId);
      },
    },
    listFeverFlags: {
      call: () => ({ method: 'GET', url: '/api/v1/fever-flags?limit=500' }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items).includes(feverFlagIds[target])).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/fever-flags?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('fever_flags'));
        },
      },
    },
    handleFeverFlag: {
      // The own case: a flag kept for the role under test (roles that may not handle aim at the seeded one).
      call: (target, role) => ({ method: 'POST', url: `/api/v1/fever-flags/${target === 'own' ? (ownFeverFlags.get(role) ?? feverFlagIds.own) : feverFlagIds[target]}/handle`, body: { note: 'checking the authorization matrix' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/fever-flags/${MISSING_ID}/handle`, body: { note: 'checking the authorization matrix' } }),
      success: 200,
      succeeded: (response, _target, role) => expect(response.json()).toMatchObject({ id: ownFeverFlags.get(role), status: 'handled', note: 'checking the authorization matrix' }),
    },
    recordVenueCompliance: {
      call: (target) => ({ method: 'POST', url: `/api/v1/places/${seeded[target].placeId}/compliance-records`, body: complianceCheck }),
      missing: () => ({ method: 'POST', url: `/api/v1/places/${MISSING_ID}/compliance-records`, body: complianceCheck }),
      success: 201,
      succeeded: (response) => expect(response.json()).toMatchObject({ venueId: seeded.own.placeId, jurisdictionCode: OWN, date: LEDGER_DAY, measures: { disinfection: { outcome: 'not_compliant', note: '矩阵检查' } } }),
    },
    listVenueComplianceRecords: {
      call: (target) => ({ method: 'GET', url: `/api/v1/places/${seeded[target].placeId}/compliance-records?limit=500` }),
      missing: () => ({ method: 'GET', url: `/api/v1/places/${MISSING_ID}/compliance-records?limit=500` }),
      success: 200,
      succeeded(response) {
        const items = response.json().items as { id: string; venueId: string }[];
        expect(items.map((item) => item.id)).toContain(complianceRecordIds.own);
        for (const item of items) expect(item.venueId).toBe(seeded.own.placeId);
      },
    },
    createCase: {
      // The own case: a fresh own person (roles that may not report aim at the own seeded person).
      call: async (target, role) => ({
        method: 'POST',
        url: '/api/v1/cases',
        body: { personId: target === 'own' && role === 'epidemiologist' ? await freshOwnPerson() : seeded[target].personId, classification: 'confirmed', basis: 'clinical', onsetDate: CASE_ONSET, detectedAt: CASE_DETECTED },
      }),
      success: 201,
      succeeded: (response) => expect(response.json()).toMatchObject({ jurisdictionCode: OWN, status: 'under_investigation' }),
    },
    listCases: {
      call: () => ({ method: 'GET', url: '/api/v1/cases?limit=500' }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items).includes(caseIds[target])).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/cases?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('cases'));
        },
      },
    },
    getCaseIntervals: {
      // Figures over the actor's own subtree: only own cases are counted.
      call: () => ({ method: 'GET', url: '/api/v1/cases/intervals' }),
      success: 200,
      async filtered(response) {
        expect(response.json().cases).toBe((await oracle('cases')).length);
      },
    },
    getCase: {
      call: (target) => ({ method: 'GET', url: `/api/v1/cases/${caseIds[target]}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/cases/${MISSING_ID}` }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: caseIds.own, personId: seeded.own.personId }),
    },
    updateCase: {
      // Out of scope, the symptoms would change if the write went through.
      async call(target) {
        const { version } = await fixture.platform.database.db.selectFrom('cases').select('version').where('id', '=', caseIds[target]).executeTakeFirstOrThrow();
        return { method: 'PATCH', url: `/api/v1/cases/${caseIds[target]}`, body: { version, symptoms: ['矩阵症状'] } };
      },
      missing: () => ({ method: 'PATCH', url: `/api/v1/cases/${MISSING_ID}`, body: { version: 1, symptoms: ['矩阵症状'] } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: caseIds.own, symptoms: ['矩阵症状'] }),
    },
    traceCase: {
      call: (target) => ({ method: 'POST', url: `/api/v1/cases/${caseIds[target]}/trace` }),
      missing: () => ({ method: 'POST', url: `/api/v1/cases/${MISSING_ID}/trace` }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ caseId: caseIds.own, removed: 0 }),
    },
    traceCases: {
      call: (target) => ({ method: 'POST', url: '/api/v1/cases/trace', body: { caseIds: [caseIds[target]] } }),
      missing: () => ({ method: 'POST', url: '/api/v1/cases/trace', body: { caseIds: [MISSING_ID] } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ results: [{ caseId: caseIds.own, removed: 0 }] }),
    },
    listCaseContacts: {
      call: (target) => ({ method: 'GET', url: `/api/v1/cases/${caseIds[target]}/contacts?limit=500` }),
      missing: () => ({ method: 'GET', url: `/api/v1/cases/${MISSING_ID}/contacts?limit=500` }),
      success: 200,
      succeeded(response) {
        const items = response.json().items as { id: string; caseId: string }[];
        expect(ids(items)).toContain(candidateIds.own);
        for (const item of items) expect(item.caseId).toBe(caseIds.own);
      },
    },
    confirmContact: {
      call: (target) => ({ method: 'POST', url: `/api/v1/contacts/${target === 'own' ? ownConfirmable : candidateIds[target]}/confirm`, body: { note: 'checking the authorization matrix' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/contacts/${MISSING_ID}/confirm`, body: { note: 'checking the authorization matrix' } }),
      success: 200,
      succeeded: (response) => expect(response.json().candidate).toMatchObject({ id: ownConfirmable, status: 'confirmed' }),
    },
    dismissContact: {
      call: (target) => ({ method: 'POST', url: `/api/v1/contacts/${target === 'own' ? ownDismissable : candidateIds[target]}/dismiss`, body: { note: 'checking the authorization matrix' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/contacts/${MISSING_ID}/dismiss`, body: { note: 'checking the authorization matrix' } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: ownDismissable, status: 'dismissed' }),
    },
    listManagedPersons: {
      call: () => ({ method: 'GET', url: '/api/v1/managed-persons?limit=500' }),
      success: 200,
      filtered(response, target) {
        expect((response.json().items as { personId: string }[]).some((item) => item.personId === contactIds[target])).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/managed-persons?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('managed_persons'));
        },
      },
    },
    linkCases: {
      // The target's case as the infector of a fresh own case.
      call: async (target, role) => ({
        method: 'POST',
        url: '/api/v1/transmission-links',
        body: { infectorCaseId: caseIds[target], infecteeCaseId: target === 'own' && role === 'epidemiologist' ? await freshOwnCase() : caseIds.own, setting: 'venue', confidence: 'possible' },
      }),
      success: 201,
      succeeded: (response) => expect(response.json()).toMatchObject({ infectorCaseId: caseIds.own }),
    },
    listClusters: {
      call: () => ({ method: 'GET', url: '/api/v1/clusters?minCases=1' }),
      success: 200,
      filtered(response, target) {
        const cases = (response.json().items as { cases: { id: string }[] }[]).flatMap((cluster) => cluster.cases.map((item) => item.id));
        expect(cases.includes(caseIds[target])).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/clusters?minCases=1' },
        async check(response) {
          const cases = (response.json().items as { cases: { id: string }[] }[]).flatMap((cluster) => cluster.cases.map((item) => item.id));
          expect(cases.sort()).toEqual(await oracle('cases'));
        },
      },
    },
    getCaseCluster: {
      call: (target) => ({ method: 'GET', url: `/api/v1/cases/${caseIds[target]}/cluster` }),
      missing: () => ({ method: 'GET', url: `/api/v1/cases/${MISSING_ID}/cluster` }),
      success: 200,
      succeeded: (response) => expect(response.json().cases.map((item: { id: string }) => item.id)).toContain(caseIds.own),
    },
    listPossibleSources: {
      call: (target) => ({ method: 'GET', url: `/api/v1/cases/${caseIds[target]}/possible-sources` }),
      missing: () => ({ method: 'GET', url: `/api/v1/cases/${MISSING_ID}/possible-sources` }),
      success: 200,
      succeeded: (response) => expect(response.json().items).toEqual([]),
    },
    getVenueLedger: {
      call: (target) => ({ method: 'GET', url: `/api/v1/places/${seeded[target].placeId}/ledger?date=${LEDGER_DAY}` }),
      missing: () => ({ method: 'GET', url: `/api/v1/places/${MISSING_ID}/ledger?date=${LEDGER_DAY}` }),
      success: 200,
      succeeded(response, _target, role) {
        const ledger = response.json();
        expect(ledger.venue).toMatchObject({ id: seeded.own.placeId, jurisdictionCode: OWN });
        expect(ledger.checkins.total).toBeGreaterThan(0);
        expect(ledger.compliance.records.map((item: { id: string }) => item.id)).toContain(complianceRecordIds.own);
        // Fever flags name people: only the roles that follow them up get them.
        if (FEVER_FLAG_HANDLERS.includes(role)) expect(ids(ledger.feverFlags)).toContain(feverFlagIds.own);
        else expect(ledger.feverFlags).toBeNull();
      },
    },
    issueVenueCode: {
      call: (target) => ({ method: 'POST', url: `/api/v1/places/${seeded[target].placeId}/codes`, body: { label: '矩阵新入口' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/places/${MISSING_ID}/codes`, body: { label: '矩阵新入口' } }),
      success: 201,
      succeeded: (response) => expect(response.json()).toMatchObject({ venueId: seeded.own.placeId, jurisdictionCode: OWN, label: '矩阵新入口', active: true }),
    },
    listVenueCodes: {
      call: (target) => ({ method: 'GET', url: `/api/v1/places/${seeded[target].placeId}/codes?limit=500` }),
      missing: () => ({ method: 'GET', url: `/api/v1/places/${MISSING_ID}/codes?limit=500` }),
      success: 200,
      succeeded(response) {
        const items = response.json().items as { id: string; venueId: string }[];
        expect(items.map((item) => item.id)).toContain(seeded.own.venueCodeId);
        for (const item of items) expect(item.venueId).toBe(seeded.own.placeId);
      },
    },
    revokeVenueCode: {
      // The own case: a code kept for the role under test (roles that may not revoke aim at the seeded one).
      call: (target, role) => ({ method: 'POST', url: `/api/v1/venue-codes/${target === 'own' ? (ownRevocableCodes.get(role) ?? seeded.own.venueCodeId) : seeded[target].venueCodeId}/revoke`, body: { reason: 'checking the authorization matrix' } }),
      missing: () => ({ method: 'POST', url: `/api/v1/venue-codes/${MISSING_ID}/revoke`, body: { reason: 'checking the authorization matrix' } }),
      success: 200,
      succeeded: (response, _target, role) => expect(response.json()).toMatchObject({ id: ownRevocableCodes.get(role), active: false, revokedReason: 'checking the authorization matrix' }),
    },
    getVenueCodeImage: {
      call: (target) => ({ method: 'GET', url: `/api/v1/venue-codes/${seeded[target].venueCodeId}/qr?format=svg` }),
      missing: () => ({ method: 'GET', url: `/api/v1/venue-codes/${MISSING_ID}/qr?format=svg` }),
      success: 200,
      succeeded(response) {
        expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
        expect(response.body).toContain(seeded.own.placeName);
      },
    },
    resolveVenueCode: {
      // Always the own venue's code: the answer names its venue, whoever asks.
      call: () => ({ method: 'POST', url: '/api/v1/public/venue-codes/resolve', body: { token: signVenueToken(deriveKey(fixture.platform.secretKey, TOKEN_KEY_PURPOSE), { codeId: seeded.own.venueCodeId, venueId: seeded.own.placeId }) } }),
      success: 200,
      succeeded: (response) => expect(response.json()).toEqual({ name: seeded.own.placeName, venueType: 'pharmacy' }),
    },
    listProtocols: {
      call: () => ({ method: 'GET', url: '/api/v1/protocols' }),
      success: 200,
      succeeded: (response) => expect(response.json().items.map((item: { id: string }) => item.id)).toEqual(['cn-national-9th-2022-06', 'cn-20-measures-2022-11', 'generic-respiratory-template']),
    },
    getProtocol: {
      call: () => ({ method: 'GET', url: '/api/v1/protocols/cn-20-measures-2022-11' }),
      success: 200,
      succeeded: (response) => expect(response.json()).toMatchObject({ id: 'cn-20-measures-2022-11', effectiveFrom: '2022-11-11' }),
    },
    getJurisdictionProtocol: {
      // The day after the seeded assignments take effect: each target's own assignment is in force there.
      call: (target) => ({ method: 'GET', url: `/api/v1/jurisdictions/${TARGETS[target]}/protocol?date=2026-12-02` }),
      missing: () => ({ method: 'GET', url: `/api/v1/jurisdictions/${MISSING_CODE}/protocol?date=2026-12-02` }),
      success: 200,
      succeeded(response, target) {
        const expected = ASSIGNED[target === 'own' ? 'own' : 'ancestor'];
        expect(response.json()).toMatchObject({ basis: 'assignment', assignment: { jurisdictionCode: expected.code }, document: { id: expected.protocolId } });
      },
    },
    assignProtocol: {
      // Later than the seeded assignments, so that an allowed one never changes what getJurisdictionProtocol finds.
      call: (target) => ({ method: 'POST', url: '/api/v1/protocol-assignments', body: { jurisdictionCode: TARGETS[target], protocolId: 'cn-20-measures-2022-11', effectiveFrom: '2026-12-05', reason: '矩阵检查' } }),
      success: 201,
      succeeded: (response) => expect(response.json()).toMatchObject({ jurisdictionCode: OWN, protocolId: 'cn-20-measures-2022-11', effectiveFrom: '2026-12-05' }),
    },
    listProtocolAssignments: {
      call: () => ({ method: 'GET', url: '/api/v1/protocol-assignments?limit=500' }),
      success: 200,
      filtered(response, target) {
        expect(ids(response.json().items).includes(assignmentIds[target])).toBe(target === 'own');
      },
      everything: {
        call: { method: 'GET', url: '/api/v1/protocol-assignments?limit=500' },
        async check(response) {
          expect(ids(response.json().items)).toEqual(await oracle('protocol_assignments'));
        },
      },
    },
    getPublicProtocols: {
      call: () => ({ method: 'GET', url: '/api/v1/public/protocols' }),
      success: 200,
      succeeded(response) {
        const body = response.json() as { documents: unknown[]; assignments: { jurisdiction: { code: string }; effectiveFrom: string }[] };
        expect(body.documents).toHaveLength(3);
        const seededOnes = body.assignments.filter((item) => item.effectiveFrom === ASSIGNED_FROM).map((item) => item.jurisdiction.code);
        expect(seededOnes.sort()).toEqual(TARGET_NAMES.map((target) => ASSIGNED[target].code).sort());
      },
    },
  };

  // ---- Assertions shared by every case ----

  const problemOf = (response: LightMyRequestResponse) => {
    const { instance: _instance, ...rest } = response.json() as Record<string, unknown>;
    return rest;
  };

  /** No response carries anything of a sibling or ancestor object (the problem's echo of the request path aside). */
  function expectNothingOutside(operation: string, response: LightMyRequestResponse, where: string): void {
    if (response.body === '') return;
    // Printable codes are images, not JSON: an SVG is searched as the text it is.
    const isJson = String(response.headers['content-type'] ?? '').includes('json');
    let body: unknown = isJson ? response.json() : response.body;
    if (isJson && body && typeof body === 'object' && 'instance' in body) body = problemOf(response);
    // The audit log names the targets of refused attempts in `detail`; what it may show is checked by actor jurisdiction.
    if (operation === 'searchAudit' && response.statusCode === 200) body = (body as { items: Record<string, unknown>[] }).items.map(({ detail: _detail, ...rest }) => rest);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    for (const secret of secrets) expect(text.includes(secret), `${where} returned ${secret}`).toBe(false);
  }

  function expectStatus(response: LightMyRequestResponse, status: number, code: string | null, where: string): void {
    expect(response.statusCode, `${where}: ${response.body}`).toBe(status);
    if (code) expect(response.json().code, where).toBe(code);
  }

  async function runCase(operation: string, role: Role, target: Target): Promise<void> {
    const declared = policy[operation]!;
    const exercise = exercises[operation]!;
    const outcome = expectedOutcome(operation, role, target);
    const where = `${operation} as ${role} on ${target} (expected ${outcome})`;
    const token = tokens.get(role)!;
    const before = await storedState();
    const response = await request(token, await exercise.call(target, role));

    switch (outcome) {
      case 'forbidden':
        expectStatus(response, 403, 'BULWARK_FORBIDDEN', where);
        break;
      case 'hidden': {
        expectStatus(response, 404, 'BULWARK_NOT_FOUND', where);
        const missing = await request(token, exercise.missing!());
        expectStatus(missing, 404, 'BULWARK_NOT_FOUND', `${where}, missing id`);
        expect(problemOf(response), `${where}: out of scope answers like a missing id`).toEqual(problemOf(missing));
        break;
      }
      case 'refused':
        if (declared.scoping === 'import-in') {
          expectStatus(response, 200, null, where);
          expect(importReport(response), where).toMatchObject({ received: 1, inserted: 0, unchanged: 0 });
          expect(importReport(response).rejected.map((error) => error.field), where).toEqual([declared.field]);
        } else {
          expectStatus(response, 400, 'BULWARK_VALIDATION', where);
          expect(response.json().errors.map((error: { field: string }) => error.field), where).toEqual([declared.field]);
        }
        break;
      case 'allowed':
        expectStatus(response, exercise.success, null, where);
        await exercise.succeeded?.(response, target, role);
        break;
      case 'filtered':
        expectStatus(response, 200, null, where);
        await exercise.filtered!(response, target);
        if (exercise.everything) {
          const everything = await request(token, exercise.everything.call);
          expectStatus(everything, 200, null, `${where}, unfiltered`);
          await exercise.everything.check(everything);
          expectNothingOutside(operation, everything, `${where}, unfiltered`);
        }
        break;
    }
    expectNothingOutside(operation, response, where);

    let changed = outcome === 'allowed' && declared.writes === true;
    if (declared.destination) {
      // The destination of a move must lie in the subtree as well.
      const into = await request(token, exercise.into!(target));
      const intoWhere = `${where}, moving an own object into ${target}`;
      if (outcome === 'forbidden') expectStatus(into, 403, 'BULWARK_FORBIDDEN', intoWhere);
      else if (target === 'own') {
        expectStatus(into, 200, null, intoWhere);
        changed = true;
      } else {
        expectStatus(into, 400, 'BULWARK_VALIDATION', intoWhere);
        expect(into.json().errors.map((error: { field: string }) => error.field), intoWhere).toEqual([declared.destination]);
      }
      expectNothingOutside(operation, into, intoWhere);
    }

    const after = await storedState();
    // Nothing outside the own subtree ever changes; nothing at all changes unless an allowed write happened.
    expect(outside(after), `${where} changed records outside the own village`).toEqual(outside(before));
    if (!changed) expect(after, `${where} changed stored records`).toEqual(before);
  }

  // ---- The API document against the table ----

  test('the policy table names exactly the operations the API document lists, with their method and path', () => {
    const served: Record<string, { method: string; path: string }> = {};
    for (const [path, methods] of Object.entries(apiDocument.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation.operationId, `${method.toUpperCase()} ${path} has an operationId`).toBeTypeOf('string');
        expect(served[operation.operationId!], `operationId ${operation.operationId} is unique`).toBeUndefined();
        served[operation.operationId!] = { method: method.toUpperCase(), path };
      }
    }
    const missingFromTable = Object.keys(served).filter((operation) => !(operation in policy));
    const notServed = Object.keys(policy).filter((operation) => !(operation in served));
    expect(missingFromTable, 'operations the API serves that the policy table does not declare').toEqual([]);
    expect(notServed, 'policy table entries the API does not serve').toEqual([]);
    for (const [operation, declared] of Object.entries(policy)) expect(served[operation], operation).toEqual({ method: declared.method, path: declared.path });
    expect(Object.keys(exercises).sort()).toEqual(Object.keys(policy).sort());
  });

  test('every route served under the API prefix is an operation of the API document (or the document itself)', () => {
    const routes: string[] = [];
    const stack: string[] = [];
    for (const line of servedRoutes.split('\n')) {
      const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
      if (!match) continue;
      const depth = match[1]!.length / 4;
      const path = (depth === 0 ? '' : stack[depth - 1]!) + match[2]!;
      stack[depth] = path;
      for (const method of (match[3] ?? '').split(', ').filter((name) => name !== '' && name !== 'HEAD')) routes.push(`${method} ${path}`);
    }
    expect(routes).toContain('GET /api/v1/people/:id');
    const api = routes
      .filter((route) => route.split(' ')[1]!.startsWith('/api/v1/'))
      .filter((route) => !DOCUMENTATION_ROUTES.some((prefix) => route.split(' ')[1]!.startsWith(prefix)))
      .map((route) => route.replace(/:(\w+)/g, '{$1}'))
      .sort();
    expect(api).toEqual(Object.values(policy).map((declared) => `${declared.method} ${declared.path}`).sort());
  });

  test('the table covers every role: the code’s list and the API document’s enumeration', () => {
    expect([...rolesInCode].sort()).toEqual([...ROLES].sort());
    expect([...(apiDocument.components.schemas.Account?.properties?.role?.enum ?? [])].sort()).toEqual([...ROLES].sort());
    for (const declared of Object.values(policy)) if (declared.roles !== 'anyone') for (const role of declared.roles) expect(ROLES).toContain(role);
  });

  // ---- The matrix ----

  for (const operation of Object.keys(policy)) {
    describe(operation, () => {
      const cases = ROLES.flatMap((role) => TARGET_NAMES.map((target) => [role, target, expectedOutcome(operation, role, target)] as const));
      test.each(cases)('as %s on %s: %s', async (role, target) => {
        await runCase(operation, role, target);
      });
    });
  }

  // ---- Around the matrix ----

  test.each(Object.keys(policy).filter((operation) => policy[operation]!.scoping !== 'public'))('%s without a session is 401', async (operation) => {
    const call = await exercises[operation]!.call('own', 'administrator');
    const response = await request(null, { ...call, token: null });
    expectStatus(response, 401, 'BULWARK_UNAUTHENTICATED', operation);
  });

  test('a citizen reads their own record only: a neighbour in the same village is 404 like a missing id', async () => {
    const citizen = tokens.get('citizen')!;
    const neighbour = await fixture.request(citizen, 'GET', `/api/v1/people/${neighbourId}`);
    const missing = await fixture.request(citizen, 'GET', `/api/v1/people/${MISSING_ID}`);
    expectStatus(neighbour, 404, 'BULWARK_NOT_FOUND', 'neighbour');
    expect(problemOf(neighbour)).toEqual(problemOf(missing));
    // Staff of the village do see the neighbour, so the 404 is the citizen's scope, not a missing record.
    expect((await fixture.request(tokens.get('community_worker')!, 'GET', `/api/v1/people/${neighbourId}`)).statusCode).toBe(200);
  });

  test('after the whole matrix, the sibling and ancestor objects are exactly as they were', async () => {
    expect(outside(await storedState())).toEqual(outsideAtStart);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    for (const target of ['sibling', 'ancestor'] as const) {
      const person = await fixture.request(maker, 'GET', `/api/v1/people/${seeded[target].personId}`);
      expect(person.json()).toMatchObject({ name: seeded[target].personName, jurisdictionCode: TARGETS[target], version: 1 });
      const place = await fixture.request(maker, 'GET', `/api/v1/places/${seeded[target].placeId}`);
      expect(place.json()).toMatchObject({ name: seeded[target].placeName, jurisdictionCode: TARGETS[target] });
    }
    // The own mover never left the village.
    expect((await fixture.request(maker, 'GET', `/api/v1/people/${moverId}`)).json().jurisdictionCode).toBe(OWN);
  });
});
