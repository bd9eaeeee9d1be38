import type { Platform } from '../platform/context.ts';
import { checkDocument } from './identifiers.ts';
import type { DocumentType } from './model.ts';
import { documentKey } from './records.ts';
import { findExistingPersonIds, findPersonIdsByDocument } from './store.ts';

/**
 * Exact identification of people for other modules (check-ins name people by document or id). No
 * permission check and no audit here: the calling service checks its own permission and records the
 * people its operation touched. Nothing returned holds a document number.
 */

/** The lookup key of a document as `type:hash`, or the problem with the number in words. */
export function documentLookupKey(platform: Platform, type: DocumentType, number: string): { key: string } | { problem: string } {
  const checked = checkDocument(type, number);
  if ('problem' in checked) return checked;
  const { hash } = documentKey(platform.protector, type, checked.normalized);
  return { key: `${type}:${hash}` };
}

/** The person registered under each lookup key (from documentLookupKey), wherever they live; unknown keys are absent. */
export async function findPeopleByDocumentKey(platform: Platform, keys: string[]): Promise<Map<string, string>> {
  const parsed = [...new Set(keys)].map((key) => {
    const separator = key.indexOf(':');
    return { type: key.slice(0, separator), hash: key.slice(separator + 1) };
  });
  return findPersonIdsByDocument(platform.database.db, parsed);
}

/** Which of these person ids are registered, wherever they live. */
export async function findRegisteredPersonIds(platform: Platform, ids: string[]): Promise<Set<string>> {
  return findExistingPersonIds(platform.database.db, [...new Set(ids)]);
}
