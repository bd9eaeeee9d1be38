/**
 * Which protocol is in force for a jurisdiction on a date: a pure rule, so that it can be tested hard and
 * read in one place. The fallback order:
 * 1. an assignment on the jurisdiction itself, effective on or before the date;
 * 2. else one on its nearest ancestor that has such an assignment (the parent, then the grandparent...);
 *    at that level the latest effective date wins, and of two with the same date the later made;
 * 3. else the built-in national default with the latest effective date on or before the date;
 * 4. else nothing: no protocol was in force.
 * Assignments effective after the date do not apply yet.
 */

export interface AssignmentCandidate {
  id: string;
  jurisdictionCode: string;
  protocolId: string;
  /** Local date (YYYY-MM-DD) from which it applies. */
  effectiveFrom: string;
  /** When it was made (ISO 8601 UTC); breaks a tie between two with the same effective date. */
  createdAt: string;
}

export interface DefaultCandidate {
  id: string;
  effectiveFrom: string;
  nationalDefault: boolean;
}

export type Resolution<A extends AssignmentCandidate> =
  | { basis: 'assignment'; protocolId: string; assignment: A }
  | { basis: 'national_default'; protocolId: string; assignment: null };

function isLater(a: AssignmentCandidate, b: AssignmentCandidate): boolean {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom > b.effectiveFrom;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

/**
 * Resolves the protocol in force on `date` for the jurisdiction whose lineage is given: its own code
 * first, then its ancestors, nearest first. Assignments elsewhere in the tree are ignored.
 */
export function resolveProtocol<A extends AssignmentCandidate>(lineage: readonly string[], assignments: readonly A[], defaults: readonly DefaultCandidate[], date: string): Resolution<A> | null {
  for (const code of lineage) {
    let chosen: A | undefined;
    for (const assignment of assignments) {
      if (assignment.jurisdictionCode !== code || assignment.effectiveFrom > date) continue;
      if (!chosen || isLater(assignment, chosen)) chosen = assignment;
    }
    if (chosen) return { basis: 'assignment', protocolId: chosen.protocolId, assignment: chosen };
  }
  let fallback: DefaultCandidate | undefined;
  for (const candidate of defaults) {
    if (!candidate.nationalDefault || candidate.effectiveFrom > date) continue;
    if (!fallback || candidate.effectiveFrom > fallback.effectiveFrom) fallback = candidate;
  }
  return fallback ? { basis: 'national_default', protocolId: fallback.id, assignment: null } : null;
}
