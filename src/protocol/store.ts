import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { ProtocolAssignmentTable } from '../platform/db/schema.ts';
import type { ProtocolAssignment } from './model.ts';

export type ProtocolAssignmentRow = Selectable<ProtocolAssignmentTable>;

const assignmentScope = { jurisdiction: 'protocol_assignments.jurisdiction_code', person: null };

export function toProtocolAssignment(row: ProtocolAssignmentRow): ProtocolAssignment {
  return {
    id: row.id,
    jurisdictionCode: row.jurisdiction_code,
    protocolId: row.protocol_id,
    effectiveFrom: row.effective_from,
    reason: row.reason,
    assignedBy: row.assigned_by,
    createdAt: row.created_at,
  };
}

/** Adds an assignment; rows are never changed or removed afterwards. */
export async function insertProtocolAssignment(executor: Executor, row: Insertable<ProtocolAssignmentTable>): Promise<void> {
  await executor.insertInto('protocol_assignments').values(row).execute();
}

/**
 * The assignments on any of the given jurisdictions that take effect on or before a date. Assignments are
 * published on the public pages, so this lookup needs no scope: the caller has chosen the lineage.
 */
export async function findAssignmentsInForce(executor: Executor, jurisdictionCodes: string[], date: string): Promise<ProtocolAssignmentRow[]> {
  if (jurisdictionCodes.length === 0) return [];
  return executor.selectFrom('protocol_assignments').selectAll().where('jurisdiction_code', 'in', jurisdictionCodes).where('effective_from', '<=', date).execute();
}

export interface AssignmentSearch {
  underPath?: string | undefined;
  beforeId?: string | undefined;
  limit: number;
}

/** The assignments within the scope (and a chosen subtree), newest made first (ids are time-ordered). */
export async function searchProtocolAssignments(executor: Executor, scope: Scope, search: AssignmentSearch): Promise<ProtocolAssignmentRow[]> {
  let query = executor.selectFrom('protocol_assignments').selectAll().where(scopeCondition(scope, assignmentScope)).orderBy('id', 'desc').limit(search.limit + 1);
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'protocol_assignments.jurisdiction_code'));
  if (search.beforeId) query = query.where('id', '<', search.beforeId);
  return query.execute();
}

/** Every assignment with its jurisdiction's name, for the public pages: latest effective date first. */
export async function findPublishedAssignments(executor: Executor): Promise<(ProtocolAssignmentRow & { jurisdiction_name: string; jurisdiction_level: string })[]> {
  return executor
    .selectFrom('protocol_assignments')
    .innerJoin('jurisdictions', 'jurisdictions.code', 'protocol_assignments.jurisdiction_code')
    .selectAll('protocol_assignments')
    .select(['jurisdictions.name as jurisdiction_name', 'jurisdictions.level as jurisdiction_level'])
    .orderBy('protocol_assignments.effective_from', 'desc')
    .orderBy('protocol_assignments.id', 'desc')
    .execute();
}
