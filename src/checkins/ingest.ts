import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { BulwarkError } from '../platform/errors.ts';
import type { FeverFlagTable } from '../platform/db/schema.ts';
import { ensureMonthlyPartitions } from '../platform/db/partitions.ts';
import { newId } from '../platform/ids.ts';
import { insertFeverFlags } from './fever-store.ts';
import { forgetPersonKeys, resolvePersonKeys, resolveVenueKeys, type CheckinVenue } from './keys.ts';
import type { CheckinSource } from './model.ts';
import { storeCheckins, type CheckinRow, type StoreOutcome } from './store.ts';

/** One valid check-in on its way to storage: people and venues by id, times in epoch seconds. */
export interface CheckinToWrite {
  personId: string;
  venue: CheckinVenue;
  enteredAt: number;
  exitedAt: number | null;
  temperatureTenths: number | null;
  /** At or above the fever threshold of the protocol in force at the venue. */
  fever: boolean;
}

/** What the audit record of a write says besides the people it names. */
export interface WriteAudit {
  actor: Actor;
  operation: string;
  source: CheckinSource;
  detail?: Record<string, unknown>;
}

export interface WriteResult {
  outcomes: StoreOutcome[];
  /** The stored row of each item, as keys, so that a scan can answer with its check-in. */
  rows: CheckinRow[];
  feverFlagsRaised: number;
}

/** A remembered person key was refused by the database: the purge of another process removed its person. */
function isStaleKey(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** One caller's check-ins waiting for the next group commit. */
interface PendingWrite {
  items: CheckinToWrite[];
  audit: WriteAudit;
  resolve(result: WriteResult): void;
  reject(error: unknown): void;
}

/**
 * Writes that arrive while a commit is under way wait for the next one and share it: each commit waits
 * for the disk (and, on PostgreSQL, for the turn of the audit chain), which costs as much as writing
 * hundreds of rows, so a thousand scans a second would otherwise spend their time waiting in line.
 * A group holds at most this many check-ins, so that one commit never holds the database for long.
 */
const GROUP_ITEMS = 10_000;
/**
 * Commits under way at once. SQLite has one writer. A PostgreSQL server inserts on several connections in
 * parallel, and they take turns only at the audit chain's anchor, at the end of each transaction.
 */
const COMMITTERS = { sqlite: 1, postgres: 2 };

interface CommitQueue {
  pending: PendingWrite[];
  /** The check-ins of the pending writes. */
  pendingItems: number;
  committers: number;
}

const queues = new WeakMap<Database, CommitQueue>();

/**
 * Stores valid check-ins with their fever flags and one audit record naming their people, in one
 * transaction, so that an acknowledged check-in is committed with its flag and its record (SECURITY.md
 * goals 4 and 7). Idempotent: repeats of stored check-ins change nothing and raise no second flag.
 * Concurrent callers are committed together (group commit), each with its own audit record; the promise
 * resolves once the caller's check-ins are durable.
 */
export function writeCheckins(platform: Platform, items: CheckinToWrite[], audit: WriteAudit): Promise<WriteResult> {
  let queue = queues.get(platform.database);
  if (!queue) queues.set(platform.database, (queue = { pending: [], pendingItems: 0, committers: 0 }));
  const waiting = queue;
  // Past the bound the caller is told at once, with nothing written, and retries; an empty queue takes any write.
  if (waiting.pendingItems > 0 && waiting.pendingItems + items.length > platform.limits.pendingCheckins) {
    return Promise.reject(new BulwarkError('BULWARK_BUSY', 'More check-ins are arriving than the disk keeps up with; nothing was stored, so send them again in a few seconds'));
  }
  return new Promise<WriteResult>((resolve, reject) => {
    waiting.pending.push({ items, audit, resolve, reject });
    waiting.pendingItems += items.length;
    // After the current turn of the event loop, so that the requests read in it join the same group.
    if (waiting.committers < COMMITTERS[platform.database.dialect]) {
      waiting.committers++;
      setImmediate(() => void commitQueued(platform, waiting));
    }
  });
}

async function commitQueued(platform: Platform, queue: CommitQueue): Promise<void> {
  try {
    while (queue.pending.length > 0) {
      let items = 0;
      let taken = 0;
      while (taken < queue.pending.length && (taken === 0 || items + queue.pending[taken]!.items.length <= GROUP_ITEMS)) items += queue.pending[taken++]!.items.length;
      queue.pendingItems -= items;
      await commitGroup(platform, queue.pending.splice(0, taken));
      // Let the requests that arrived meanwhile be read before the next group is taken.
      if (queue.pending.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    queue.committers--;
  }
}

/**
 * Commits a group; if it fails as a whole, each write is tried on its own, so that one write's failure
 * fails no other caller.
 */
async function commitGroup(platform: Platform, group: PendingWrite[]): Promise<void> {
  try {
    const results = await writeGroup(platform, group);
    group.forEach((write, index) => write.resolve(results[index]!));
  } catch (error) {
    if (group.length === 1) return group[0]!.reject(error);
    for (const write of group) {
      try {
        write.resolve((await writeGroup(platform, [write]))[0]!);
      } catch (alone) {
        write.reject(alone);
      }
    }
  }
}

/** One transaction for the keys, check-ins, flags and audit records of a group; a stale remembered key is retried once. */
async function writeGroup(platform: Platform, group: PendingWrite[]): Promise<WriteResult[]> {
  const database = platform.database;
  const items = group.flatMap((write) => write.items);
  if (items.length > 0) {
    let earliest = Infinity;
    let latest = -Infinity;
    for (const { enteredAt } of items) {
      earliest = Math.min(earliest, enteredAt);
      latest = Math.max(latest, enteredAt);
    }
    await ensureMonthlyPartitions(database, 'checkins', new Date(earliest * 1000), new Date(latest * 1000), 'epoch-seconds');
  }
  const venues = [...new Map(items.map((item) => [item.venue.venueId, item.venue])).values()];
  const recordedAt = Math.floor(platform.clock.now().getTime() / 1000);
  for (let attempt = 1; ; attempt++) {
    try {
      const { results, remember } = await database.db.transaction().execute(async (trx) => {
        const venueKeys = await resolveVenueKeys(trx, database, venues);
        const personKeys = await resolvePersonKeys(trx, database, items.map((item) => item.personId));
        const rows: CheckinRow[] = group.flatMap(({ items: written, audit }) =>
          written.map((item) => ({
            person_key: personKeys.keys.get(item.personId)!,
            venue_key: venueKeys.keys.get(item.venue.venueId)!,
            entered_at: item.enteredAt,
            exited_at: item.exitedAt,
            temperature: item.temperatureTenths,
            source: audit.source,
            county_code: item.venue.countyCode,
            jurisdiction_code: item.venue.jurisdictionCode,
            recorded_at: recordedAt,
          })),
        );
        const outcomes = await storeCheckins(trx, database, rows);
        const flags = items.map((item, index) => (item.fever && outcomes[index] === 'stored' ? toFeverFlag(item) : undefined));
        const raised = await insertFeverFlags(trx, flags.filter((flag) => flag !== undefined));
        const results: WriteResult[] = [];
        let offset = 0;
        for (const write of group) {
          const range = (list: readonly unknown[]) => list.slice(offset, offset + write.items.length);
          const mine = range(outcomes) as StoreOutcome[];
          const feverFlagsRaised = (range(flags) as (FeverFlagTable | undefined)[]).filter((flag) => flag !== undefined && raised.has(flag.id)).length;
          results.push({ outcomes: mine, rows: range(rows) as CheckinRow[], feverFlagsRaised });
          offset += write.items.length;
        }
        await platform.audit.recordAll(
          trx,
          group.map(({ audit, items: written }, index) => {
            const count = (outcome: StoreOutcome) => results[index]!.outcomes.filter((each) => each === outcome).length;
            return {
              actor: audit.actor,
              purpose: audit.actor.purpose,
              operation: audit.operation,
              outcome: 'allowed' as const,
              personIds: written.map((item) => item.personId),
              detail: { ...audit.detail, source: audit.source, stored: count('stored'), duplicate: count('duplicate'), updated: count('updated'), feverFlags: results[index]!.feverFlagsRaised },
            };
          }),
        );
        return { results, remember: () => [venueKeys, personKeys].forEach((keys) => keys.remember()) };
      });
      remember();
      return results;
    } catch (error) {
      if (attempt > 1 || !isStaleKey(error)) throw error;
      forgetPersonKeys(database);
    }
  }
}

function toFeverFlag(item: CheckinToWrite): FeverFlagTable {
  return {
    id: newId(),
    person_id: item.personId,
    venue_id: item.venue.venueId,
    jurisdiction_code: item.venue.jurisdictionCode,
    county_code: item.venue.countyCode,
    temperature: item.temperatureTenths!,
    entered_at: item.enteredAt,
    status: 'open',
    handled_by: null,
    handled_at: null,
    note: null,
  };
}
