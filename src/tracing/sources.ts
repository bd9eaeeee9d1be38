import type { Database } from '../platform/db/database.ts';
import type { TracingSources } from './candidates.ts';
import { findAffiliates, findHouseholdMembers, findLinkedPeople, findVenueType } from './people-links.ts';
import { stayReaderOf } from './stay-store.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

/** What tracing reads, from a platform database. */
export function tracingSourcesOf(database: Database): TracingSources {
  const db = database.db;
  return {
    stays: stayReaderOf(database),
    async personIdsOf(keys) {
      const rows = await readInChunks(keys, (chunk) => db.selectFrom('checkin_people').select(['key', 'person_id']).where('key', 'in', chunk).execute());
      return new Map(rows.map((row) => [Number(row.key), row.person_id]));
    },
    async personKeysOf(ids) {
      const rows = await readInChunks(ids, (chunk) => db.selectFrom('checkin_people').select(['key', 'person_id']).where('person_id', 'in', chunk).execute());
      return new Map(rows.map((row) => [row.person_id, Number(row.key)]));
    },
    async venueIdsOf(keys) {
      const rows = await readInChunks(keys, (chunk) => db.selectFrom('checkin_venues').select(['key', 'venue_id']).where('key', 'in', chunk).execute());
      return new Map(rows.map((row) => [Number(row.key), row.venue_id]));
    },
    linkedPeople: (ids) => findLinkedPeople(db, ids),
    householdMembers: (householdId) => findHouseholdMembers(db, householdId),
    affiliates: (affiliationId, group) => findAffiliates(db, affiliationId, group),
    venueTypeOfPlace: (placeId) => findVenueType(db, placeId),
  };
}
