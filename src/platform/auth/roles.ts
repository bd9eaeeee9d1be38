/**
 * Roles, what each may do, and which personal identifiers each sees in clear. This table is the
 * policy: the authorization matrix test reads it as the declared expectation for every operation.
 */
export const roles = [
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
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'jurisdictions.read',
  'jurisdictions.import',
  'places.read',
  'places.write',
  'places.import',
  /** get, list, search and count people of the jurisdiction */
  'people.read',
  /** exact lookup of one person by identity document or phone (sampling sites, pharmacies) */
  'people.lookup',
  'people.write',
  'people.move',
  'people.import',
  'people.export',
  /** show a masked identifier in clear, with a recorded reason */
  'people.reveal',
  /** a citizen's own record */
  'self.read',
  'accounts.read',
  'accounts.manage',
  'audit.read',
  /** aggregate figures of a subtree: population, places, daily series; no personal data */
  'dashboard.read',
  /** the daily published figures (信息发布), every version */
  'bulletins.read',
  'bulletins.publish',
  /** progress and result of one's own background imports */
  'jobs.read',
  /** the disease protocol documents, their assignments, and the one in force for a visible jurisdiction */
  'protocols.read',
  /** put a protocol in force for a jurisdiction of one's subtree from a date on */
  'protocols.assign',
  /** the printable codes of venues (扫码登记): which exist, which are revoked */
  'venue-codes.read',
  /** issue, print and revoke a venue's codes */
  'venue-codes.manage',
  /** check in at a venue by scanning its code (a citizen, as themself) */
  'checkins.scan',
  /** send a venue's check-ins in batches from its devices, or import them from a file */
  'checkins.ingest',
  /** the check-ins of venues in one's subtree, by venue or by person */
  'checkins.read',
  /** fever flags raised at venues in one's subtree */
  'fever-flags.read',
  /** record that a fever flag was followed up */
  'fever-flags.handle',
  /** a venue's daily ledger (台账): its check-in counts, compliance records, and fever flags to those who read them */
  'venue-ledgers.read',
  /** record a venue's compliance check: masks, ventilation, disinfection, the one-metre line */
  'venue-ledgers.record',
  /** cases of one's subtree, their contacts, chains and the four earlies' intervals */
  'cases.read',
  /** report and update cases, compute and decide their contacts, link cases into chains */
  'cases.write',
  /** the persons under a measure (quarantine, monitoring) in one's subtree */
  'managed-persons.read',
] as const;
export type Permission = (typeof permissions)[number];

/** Personal identifiers that are masked unless a role needs them (SECURITY.md goal 3). */
export const maskableFields = ['documentNumber', 'phone', 'address'] as const;
export type MaskableField = (typeof maskableFields)[number];

interface RolePolicy {
  permissions: readonly Permission[];
  clearFields: readonly MaskableField[];
  /** Staff roles are bound to a jurisdiction; a citizen is bound to their own person record. */
  boundTo: 'jurisdiction' | 'person';
}

const staffBasics: Permission[] = ['jurisdictions.read', 'places.read', 'bulletins.read', 'protocols.read'];

export const rolePolicies: Record<Role, RolePolicy> = {
  administrator: {
    permissions: [
      ...staffBasics,
      'jurisdictions.import',
      'places.write',
      'places.import',
      'people.read',
      'people.import',
      'people.move',
      'accounts.read',
      'accounts.manage',
      'dashboard.read',
      'bulletins.publish',
      'protocols.assign',
      'jobs.read',
      'venue-codes.read',
      'venue-codes.manage',
      'checkins.ingest',
      'venue-ledgers.read',
      'venue-ledgers.record',
    ],
    clearFields: [],
    boundTo: 'jurisdiction',
  },
  command_staff: {
    permissions: [...staffBasics, 'people.read', 'people.export', 'people.reveal', 'accounts.read', 'dashboard.read', 'bulletins.publish', 'protocols.assign', 'venue-codes.read', 'checkins.read', 'venue-ledgers.read', 'cases.read', 'managed-persons.read'],
    clearFields: [],
    boundTo: 'jurisdiction',
  },
  epidemiologist: {
    permissions: [...staffBasics, 'places.write', 'people.read', 'people.lookup', 'people.write', 'people.export', 'people.reveal', 'dashboard.read', 'venue-codes.read', 'checkins.read', 'fever-flags.read', 'fever-flags.handle', 'venue-ledgers.read', 'cases.read', 'cases.write', 'managed-persons.read'],
    clearFields: ['phone', 'address'],
    boundTo: 'jurisdiction',
  },
  community_worker: {
    permissions: [
      ...staffBasics,
      'places.write',
      'places.import',
      'people.read',
      'people.lookup',
      'people.write',
      'people.move',
      'people.import',
      'people.reveal',
      'dashboard.read',
      'jobs.read',
      'venue-codes.read',
      'venue-codes.manage',
      'checkins.ingest',
      'checkins.read',
      'fever-flags.read',
      'fever-flags.handle',
      'venue-ledgers.read',
      'venue-ledgers.record',
      'managed-persons.read',
    ],
    clearFields: ['phone', 'address'],
    boundTo: 'jurisdiction',
  },
  testing_operator: { permissions: [...staffBasics, 'people.lookup'], clearFields: [], boundTo: 'jurisdiction' },
  lab_technician: { permissions: [...staffBasics], clearFields: [], boundTo: 'jurisdiction' },
  sentinel_reporter: { permissions: [...staffBasics, 'people.lookup'], clearFields: [], boundTo: 'jurisdiction' },
  venue_operator: { permissions: [...staffBasics, 'venue-codes.read', 'venue-codes.manage', 'checkins.ingest', 'venue-ledgers.read', 'venue-ledgers.record'], clearFields: [], boundTo: 'jurisdiction' },
  citizen: { permissions: ['self.read', 'checkins.scan'], clearFields: ['documentNumber', 'phone', 'address'], boundTo: 'person' },
  auditor: { permissions: ['jurisdictions.read', 'bulletins.read', 'protocols.read', 'audit.read'], clearFields: [], boundTo: 'jurisdiction' },
};

export function can(role: Role, permission: Permission): boolean {
  return rolePolicies[role].permissions.includes(permission);
}

export function seesInClear(role: Role, field: MaskableField): boolean {
  return rolePolicies[role].clearFields.includes(field);
}
