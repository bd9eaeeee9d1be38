import { BulwarkError } from '../errors.ts';
import type { Platform } from '../context.ts';
import type { Actor } from './actor.ts';
import { can, type Permission } from './roles.ts';

/**
 * Checks the role's permission before anything is read. A refusal is itself audited, then reported
 * as 403 (the role may never do this, wherever the object is).
 */
export async function requirePermission(platform: Platform, actor: Actor, permission: Permission, operation: string): Promise<void> {
  if (can(actor.role, permission)) return;
  await platform.audit.record(platform.database.db, {
    actor,
    purpose: actor.purpose,
    operation,
    outcome: 'denied',
    detail: { missingPermission: permission },
  });
  throw new BulwarkError('BULWARK_FORBIDDEN', `the role ${actor.role} may not ${operation}`);
}

/**
 * Reports an object that is missing or outside the actor's scope, the same way for both (SECURITY.md:
 * no enumeration), after recording the attempt.
 */
export async function notFoundAudited(platform: Platform, actor: Actor, operation: string, what: string, id: string): Promise<never> {
  await platform.audit.record(platform.database.db, {
    actor,
    purpose: actor.purpose,
    operation,
    outcome: 'denied',
    detail: { reason: 'missing or out of scope', target: id },
  });
  throw new BulwarkError('BULWARK_NOT_FOUND', `${what} not found`);
}
