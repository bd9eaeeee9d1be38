import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { roles, type Role } from '../src/platform/auth/roles.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

/**
 * The declared access policy (SECURITY.md goal 1), written out independently of the code: for each API
 * operation, the roles that may call it and how the caller's jurisdiction applies. Every operation the
 * API document lists must appear here, and nothing else.
 */
type Scoping =
  /** no object: the answer concerns the caller only */
  | 'none'
  /** one object: outside the caller's subtree it is 404, exactly like a missing id */
  | 'object'
  /** like object, but ancestors of the caller's jurisdiction are visible (breadcrumbs) */
  | 'object-or-ancestor'
  /** a list, count or export: only records inside the caller's subtree come back */
  | 'filter'
  /** creates into a jurisdiction: outside the subtree it is refused, naming the field */
  | 'create-in';

const STAFF: Role[] = roles.filter((role) => role !== 'citizen');
const PLACE_READERS: Role[] = ['administrator', 'command_staff', 'epidemiologist', 'community_worker', 'testing_operator', 'lab_technician', 'sentinel_reporter', 'venue_operator'];
const PEOPLE_READERS: Role[] = ['administrator', 'command_staff', 'epidemiologist', 'community_worker'];

const policy: Record<string, { roles: Role[] | 'public'; scoping: Scoping }> = {
  getHealth: { roles: 'public', scoping: 'none' },
  login: { roles: 'public', scoping: 'none' },
  logout: { roles: [...roles], scoping: 'none' },
  getMe: { roles: [...roles], scoping: 'none' },
  createToken: { roles: [...roles], scoping: 'none' },
  listAccounts: { roles: ['administrator', 'command_staff'], scoping: 'filter' },
  createAccount: { roles: ['administrator'], scoping: 'create-in' },
  searchAudit: { roles: ['auditor'], scoping: 'filter' },
  listJurisdictions: { roles: STAFF, scoping: 'filter' },
  getJurisdiction: { roles: STAFF, scoping: 'object-or-ancestor' },
  getJurisdictionAncestry: { roles: STAFF, scoping: 'object-or-ancestor' },
  importJurisdictions: { roles: ['administrator'], scoping: 'create-in' },
  listPlaces: { roles: PLACE_READERS, scoping: 'filter' },
  getPlace: { roles: PLACE_READERS, scoping: 'object' },
  createPlace: { roles: ['administrator', 'epidemiologist', 'community_worker'], scoping: 'create-in' },
  updatePlace: { roles: ['administrator', 'epidemiologist', 'community_worker'], scoping: 'object' },
  importPlaces: { roles: ['administrator', 'community_worker'], scoping: 'create-in' },
  listPeople: { roles: PEOPLE_READERS, scoping: 'filter' },
  countPeople: { roles: PEOPLE_READERS, scoping: 'filter' },
  exportPeople: { roles: ['command_staff', 'epidemiologist'], scoping: 'filter' },
  getPerson: { roles: [...PEOPLE_READERS, 'citizen'], scoping: 'object' },
  lookupPerson: { roles: ['epidemiologist', 'community_worker', 'testing_operator', 'sentinel_reporter'], scoping: 'filter' },
  createPerson: { roles: ['epidemiologist', 'community_worker'], scoping: 'create-in' },
  updatePerson: { roles: ['epidemiologist', 'community_worker'], scoping: 'object' },
  revealPerson: { roles: ['command_staff', 'epidemiologist', 'community_worker'], scoping: 'object' },
  movePerson: { roles: ['administrator', 'community_worker'], scoping: 'object' },
  importPeople: { roles: ['administrator', 'community_worker'], scoping: 'create-in' },
};

const OWN = '140703001001';
const TARGETS = { own: OWN, sibling: '140703001002', ancestor: '140703001' } as const;
type Target = keyof typeof TARGETS;

describeEachDialect('access matrix: every operation x every role x own, sibling and ancestor jurisdiction', (dialect) => {
  let fixture: Fixture;
  const tokens = new Map<Role, string>();
  const people = new Map<Target, { id: string; document: string }>();
  const places = new Map<Target, string>();
  let documentsUsed = 0;
  let operations: string[] = [];

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    for (const [target, code] of Object.entries(TARGETS) as [Target, string][]) {
      const document = composeResidentId('140703', '1980-05-05', 100 + documentsUsed++);
      const person = await fixture.request(maker, 'POST', '/api/v1/people', { name: `人${target}`, documentType: 'resident_id', documentNumber: document, jurisdictionCode: code });
      people.set(target, { id: person.json().id, document });
      const place = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'pharmacy', name: `药店${target}`, jurisdictionCode: code });
      places.set(target, place.json().id);
    }
    for (const role of roles) tokens.set(role, await fixture.tokenFor(role, role === 'citizen' ? people.get('own')!.id : OWN));
    const document = (await fixture.request(null, 'GET', '/api/v1/openapi.json')).json();
    operations = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
  });
  afterAll(() => fixture.close());

  test('the policy table names exactly the operations of the API', () => {
    expect([...operations].sort()).toEqual(Object.keys(policy).sort());
  });

  /** The request for an operation aimed at a target jurisdiction's objects. */
  function requestFor(operation: string, target: Target): [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown] {
    const code = TARGETS[target];
    const person = people.get(target)!;
    const place = places.get(target)!;
    const unique = ++documentsUsed;
    switch (operation) {
      case 'getHealth': return ['GET', '/api/v1/health'];
      case 'login': return ['POST', '/api/v1/sessions', { username: 'nobody', password: 'wrong password' }];
      case 'logout': return ['DELETE', '/api/v1/sessions/current'];
      case 'getMe': return ['GET', '/api/v1/me'];
      case 'createToken': return ['POST', '/api/v1/tokens', { label: 'matrix' }];
      case 'listAccounts': return ['GET', '/api/v1/accounts?limit=500'];
      case 'createAccount': return ['POST', '/api/v1/accounts', { username: `matrix.${unique}`, displayName: 'm', password: 'long enough password', role: 'venue_operator', jurisdictionCode: code }];
      case 'searchAudit': return ['GET', '/api/v1/audit?limit=500'];
      case 'listJurisdictions': return ['GET', '/api/v1/jurisdictions?limit=500'];
      case 'getJurisdiction': return ['GET', `/api/v1/jurisdictions/${code}`];
      case 'getJurisdictionAncestry': return ['GET', `/api/v1/jurisdictions/${code}/ancestors`];
      case 'importJurisdictions': return ['POST', '/api/v1/jurisdictions/imports', `code,name,parent_code,level\nM${unique},新村${unique},${code},village\n`];
      case 'listPlaces': return ['GET', '/api/v1/places?limit=500'];
      case 'getPlace': return ['GET', `/api/v1/places/${place}`];
      case 'createPlace': return ['POST', '/api/v1/places', { kind: 'compound', name: `小区${unique}`, jurisdictionCode: code }];
      case 'updatePlace': return ['PATCH', `/api/v1/places/${place}`, { name: `药店${target}` }];
      case 'importPlaces': return ['POST', '/api/v1/places/imports', `ref,kind,jurisdiction_code,name\nmatrix-${unique},compound,${code},小区${unique}\n`];
      case 'listPeople': return ['GET', '/api/v1/people?limit=500'];
      case 'countPeople': return ['GET', '/api/v1/people/count'];
      case 'exportPeople': return ['GET', '/api/v1/people/export'];
      case 'getPerson': return ['GET', `/api/v1/people/${person.id}`];
      case 'lookupPerson': return ['POST', '/api/v1/people/lookup', { documentType: 'resident_id', documentNumber: person.document }];
      case 'createPerson': return ['POST', '/api/v1/people', { name: '新人', documentType: 'passport', documentNumber: `M${String(unique).padStart(7, '0')}`, jurisdictionCode: code }];
      case 'updatePerson': return ['PATCH', `/api/v1/people/${person.id}`, { name: `人${target}` }];
      case 'revealPerson': return ['POST', `/api/v1/people/${person.id}/reveal`, { fields: ['phone'], reason: 'checking the access matrix' }];
      case 'movePerson': return ['POST', `/api/v1/people/${person.id}/move`, { jurisdictionCode: code }];
      case 'importPeople': return ['POST', '/api/v1/people/imports', `name,document_type,document_number,jurisdiction_code\n新人,passport,N${String(unique).padStart(7, '0')},${code}\n`];
      default: throw new Error(`no request declared for ${operation}`);
    }
  }

  const outOfScopeIds = () => [people.get('sibling')!.id, people.get('ancestor')!.id, places.get('sibling')!, places.get('ancestor')!];

  function expectOutcome(operation: string, role: Role, target: Target, response: LightMyRequestResponse): void {
    const declared = policy[operation]!;
    const where = `${operation} as ${role} on ${target}`;
    if (declared.roles === 'public') {
      expect(response.statusCode, where).toBeLessThan(500);
      return;
    }
    if (!declared.roles.includes(role)) {
      expect(response.statusCode, where).toBe(403);
      expect(response.json().code, where).toBe('BULWARK_FORBIDDEN');
      return;
    }
    const inScope = target === 'own' || (declared.scoping === 'object-or-ancestor' && target === 'ancestor');
    switch (declared.scoping) {
      case 'none':
        expect(response.statusCode, where).toBeLessThan(300);
        return;
      case 'filter':
        expect(response.statusCode, where).toBe(200);
        for (const id of outOfScopeIds()) expect(response.body.includes(id), `${where} leaks ${id}`).toBe(false);
        // The citizen's own person is the only person a citizen may see; staff lists exclude other subtrees.
        if (operation === 'listPeople' || operation === 'exportPeople') expect(response.body.includes(people.get('own')!.id), where).toBe(true);
        return;
      case 'object':
      case 'object-or-ancestor':
        if (role === 'citizen' && target === 'own') {
          expect(response.statusCode, where).toBe(200);
          return;
        }
        if (inScope) expect(response.statusCode, where).toBeLessThan(300);
        else {
          expect(response.statusCode, where).toBe(404);
          expect(response.json().code, where).toBe('BULWARK_NOT_FOUND');
        }
        return;
      case 'create-in': {
        const report = response.statusCode === 200 ? (response.json() as { inserted?: number; rejected?: { field: string }[] }) : undefined;
        if (target === 'own') {
          expect(response.statusCode, where).toBeLessThan(300);
          if (report?.rejected) expect(report.rejected, where).toEqual([]);
        } else if (report?.rejected) {
          // Imports answer 200 with the refused rows named.
          expect(report.inserted, where).toBe(0);
          expect(report.rejected.map((error) => error.field), where).toEqual([operation === 'importJurisdictions' ? 'parent_code' : 'jurisdiction_code']);
        } else {
          expect(response.statusCode, where).toBe(400);
          expect(response.json().errors[0].field, where).toBe('jurisdictionCode');
        }
      }
    }
  }

  const cases = Object.keys(policy).flatMap((operation) => roles.flatMap((role) => (Object.keys(TARGETS) as Target[]).map((target) => [operation, role, target] as const)));

  describe.each(Object.keys(policy))('%s', (operation) => {
    test.each(cases.filter((item) => item[0] === operation).map(([, role, target]) => [role, target]))('as %s on %s', async (role, target) => {
      const [method, url, body] = requestFor(operation, target as Target);
      // Logging out ends the session, so it gets a session of its own.
      const token = policy[operation]!.roles === 'public' ? null : operation === 'logout' ? await fixture.tokenFor(role as Role, role === 'citizen' ? people.get('own')!.id : OWN) : tokens.get(role as Role)!;
      expectOutcome(operation, role as Role, target as Target, await fixture.request(token, method, url, body));
    });
  });

  test('a missing id answers exactly as an out-of-scope one', async () => {
    const token = tokens.get('community_worker')!;
    const missing = await fixture.request(token, 'GET', '/api/v1/people/01a20c00-0000-7000-8000-000000000000');
    const outside = await fixture.request(token, 'GET', `/api/v1/people/${people.get('sibling')!.id}`);
    expect(outside.statusCode).toBe(missing.statusCode);
    expect({ ...outside.json(), instance: '' }).toEqual({ ...missing.json(), instance: '' });
  });
});
