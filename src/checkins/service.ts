import { findWritableJurisdiction } from '../jurisdictions/service.ts';
import { documentLookupKey, findPeopleByDocumentKey, findRegisteredPersonIds } from '../people/directory.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { forbidden, invalid, type FieldIssue } from '../platform/errors.ts';
import { resolveVenueToken, type ResolvedVenueCode, type VenueTokenProblem } from '../venue-codes/service.ts';
import { writeCheckins, type CheckinToWrite } from './ingest.ts';
import type { CheckinVenue } from './keys.ts';
import type { BatchCreate, BatchItem, BatchResult, ScanCreate, ScanResult } from './model.ts';
import { presentCheckins, toEpochSeconds } from './present.ts';
import { checkinRulesFor } from './protocol-rules.ts';
import { isFever, toTenths, validateCheckinTimes, type CheckinRules, type CheckinTimes } from './rules.ts';
import { hasFeverFlag } from './fever-store.ts';
import { getCheckinRow } from './store.ts';

/** Why a token names no venue, in words for the field `token`. */
const TOKEN_PROBLEMS: Record<VenueTokenProblem['problem'], string> = {
  malformed: 'is not a venue code',
  'bad-signature': 'is not a venue code issued by this platform',
  unknown: 'names a venue code that does not exist here',
  revoked: 'is a revoked venue code; the venue has been given a new one',
};

/** Where a venue's check-ins are kept: a venue above county level is its own shard (docs/decisions/0003-big-tables.md). */
function checkinVenueOf(venue: ResolvedVenueCode): CheckinVenue {
  return { venueId: venue.venueId, jurisdictionCode: venue.jurisdictionCode, countyCode: venue.countyCode ?? venue.jurisdictionCode };
}

/** The times and reading of a submitted item, in stored units; the entry defaults to now. */
function timesOf(item: { enteredAt?: string | undefined; exitedAt?: string | undefined; temperature?: number | undefined }, nowSeconds: number): CheckinTimes {
  return {
    enteredAt: item.enteredAt === undefined ? nowSeconds : toEpochSeconds(item.enteredAt),
    exitedAt: item.exitedAt === undefined ? null : toEpochSeconds(item.exitedAt),
    temperatureTenths: item.temperature === undefined ? null : toTenths(item.temperature),
  };
}

const fieldsOf = (prefix: string) => ({ enteredAt: `${prefix}enteredAt`, exitedAt: `${prefix}exitedAt`, temperature: `${prefix}temperature` });

/**
 * A citizen checks in at a venue by scanning its code; the person is the citizen's own record. A repeat
 * (same venue and entry) changes nothing, except that one bringing an exit fills it in (scan-out).
 */
export async function scanCheckin(platform: Platform, actor: Actor, input: ScanCreate): Promise<{ created: boolean; result: ScanResult }> {
  await requirePermission(platform, actor, 'checkins.scan', 'checkins.scan');
  const personId = actor.scope.kind === 'person' ? actor.scope.personId : null;
  if (!personId) throw forbidden('only an account bound to its own person record checks in by scanning');
  const venue = await resolveVenueToken(platform, input.token);
  if ('problem' in venue) throw invalid([{ field: 'token', problem: TOKEN_PROBLEMS[venue.problem] }]);
  const now = platform.clock.now();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const rules = await checkinRulesFor(platform, venue.jurisdictionCode, now);
  const times = timesOf(input, nowSeconds);
  const issues = validateCheckinTimes(times, rules, nowSeconds, 'live', fieldsOf(''));
  if (issues.length > 0) throw invalid(issues);
  const item: CheckinToWrite = { personId, venue: checkinVenueOf(venue), ...times, fever: isFever(times.temperatureTenths, rules) };
  const written = await writeCheckins(platform, [item], { actor, operation: 'checkins.scan', source: 'scan', detail: { venueId: venue.venueId, codeId: venue.codeId } });
  // A new check-in is what was written; a repeat answers as the first did, with what was stored and its
  // flag, so that a retry needs no Idempotency-Key to get the same answer.
  const created = written.outcomes[0] === 'stored';
  const stored = created ? { ...written.rows[0]!, person_id: personId, venue_id: venue.venueId } : await getCheckinRow(platform.database.db, written.rows[0]!);
  const [checkin] = await presentCheckins(platform, [stored!], new Map([[venue.venueId, venue.venueName]]));
  const feverFlagRaised = created ? written.feverFlagsRaised > 0 : await hasFeverFlag(platform.database.db, { personId, enteredAt: item.enteredAt, venueId: venue.venueId });
  return { created, result: { checkin: checkin!, feverFlagRaised } };
}

/** Who each batch item names: a person id, or the problem naming the item's field. */
async function identifyPeople(platform: Platform, items: BatchItem[]): Promise<({ personId: string } | FieldIssue)[]> {
  const documentKeys = items.map((item) => (item.document ? documentLookupKey(platform, item.document.type, item.document.number) : undefined));
  const keys = documentKeys.flatMap((key) => (key && 'key' in key ? [key.key] : []));
  const byDocument = keys.length > 0 ? await findPeopleByDocumentKey(platform, keys) : new Map<string, string>();
  const ids = items.flatMap((item) => (item.personId && !item.document ? [item.personId] : []));
  const registered = ids.length > 0 ? await findRegisteredPersonIds(platform, ids) : new Set<string>();
  return items.map((item, index) => {
    const prefix = `items.${index}.`;
    if ((item.document === undefined) === (item.personId === undefined)) return { field: `${prefix}personId`, problem: 'give either document or personId' };
    const documentKey = documentKeys[index];
    if (documentKey && 'problem' in documentKey) return { field: `${prefix}document.number`, problem: documentKey.problem };
    const personId = documentKey ? byDocument.get(documentKey.key) : registered.has(item.personId!) ? item.personId : undefined;
    return personId ? { personId } : { field: documentKey ? `${prefix}document` : `${prefix}personId`, problem: 'is not a registered person' };
  });
}

/**
 * A batch of check-ins from a venue's device, the venue named by its code's token. Each item is stored,
 * found already stored, updated with its exit, or rejected with its problems by field; good items are
 * kept whatever the others hold. The venue must lie in the actor's subtree (404 like an unknown code).
 */
export async function ingestBatch(platform: Platform, actor: Actor, input: BatchCreate): Promise<BatchResult> {
  await requirePermission(platform, actor, 'checkins.ingest', 'checkins.ingest');
  const venue = await resolveVenueToken(platform, input.token);
  if ('problem' in venue && venue.problem === 'unknown') return notFoundAudited(platform, actor, 'checkins.ingest', 'venue', 'unknown venue code');
  if ('problem' in venue) throw invalid([{ field: 'token', problem: TOKEN_PROBLEMS[venue.problem] }]);
  if (!(await findWritableJurisdiction(platform, actor, venue.jurisdictionCode))) return notFoundAudited(platform, actor, 'checkins.ingest', 'venue', venue.venueId);
  const now = platform.clock.now();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const rules: CheckinRules = await checkinRulesFor(platform, venue.jurisdictionCode, now);
  const people = await identifyPeople(platform, input.items);
  const errors: FieldIssue[][] = input.items.map(() => []);
  const accepted: { index: number; item: CheckinToWrite }[] = [];
  input.items.forEach((item, index) => {
    const person = people[index]!;
    if (!('personId' in person)) errors[index]!.push(person);
    const times = timesOf(item, nowSeconds);
    errors[index]!.push(...validateCheckinTimes(times, rules, nowSeconds, 'live', fieldsOf(`items.${index}.`)));
    if (errors[index]!.length === 0 && 'personId' in person) {
      accepted.push({ index, item: { personId: person.personId, venue: checkinVenueOf(venue), ...times, fever: isFever(times.temperatureTenths, rules) } });
    }
  });
  const written = await writeCheckins(
    platform,
    accepted.map(({ item }) => item),
    { actor, operation: 'checkins.ingest', source: 'device', detail: { venueId: venue.venueId, codeId: venue.codeId, items: input.items.length } },
  );
  const outcomes = new Map(accepted.map(({ index }, position) => [index, written.outcomes[position]!]));
  const items = input.items.map((_, index) => {
    const outcome = outcomes.get(index);
    return outcome ? { index, outcome } : { index, outcome: 'rejected' as const, errors: errors[index]! };
  });
  const count = (outcome: string) => items.filter((item) => item.outcome === outcome).length;
  return { items, stored: count('stored'), duplicate: count('duplicate'), updated: count('updated'), rejected: count('rejected'), feverFlags: written.feverFlagsRaised };
}
