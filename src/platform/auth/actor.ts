import type { Purpose } from '../audit/model.ts';
import type { Role } from './roles.ts';

/**
 * Where an actor may look. Staff see a jurisdiction's subtree; a citizen sees one person, their own;
 * the system (CLI imports, jobs) sees everything and is still audited.
 */
export type Scope =
  | { kind: 'subtree'; rootCode: string; rootPath: string }
  | { kind: 'person'; personId: string | null }
  | { kind: 'system' };

/** Who is acting, as every service and store call receives it. */
export interface Actor {
  accountId: string | null;
  username: string;
  role: Role;
  jurisdictionCode: string | null;
  scope: Scope;
  sourceAddress: string | null;
  /** Why the actor is doing this, from the closed list; recorded with every audited operation. */
  purpose: Purpose;
}

/** The purpose recorded when a request does not declare one. */
export const defaultPurposes: Record<Role, Purpose> = {
  administrator: 'data_management',
  command_staff: 'prevention_control',
  epidemiologist: 'case_investigation',
  community_worker: 'health_monitoring',
  testing_operator: 'testing',
  lab_technician: 'testing',
  sentinel_reporter: 'prevention_control',
  venue_operator: 'prevention_control',
  citizen: 'citizen_self_service',
  auditor: 'audit_review',
};

/** The actor of command-line and background work: unrestricted in scope, named in the audit log. */
export function systemActor(name: string): Actor {
  return { accountId: null, username: name, role: 'administrator', jurisdictionCode: null, scope: { kind: 'system' }, sourceAddress: null, purpose: 'data_management' };
}
