import { systemActor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { dropMonthlyPartition, listMonthlyPartitions } from '../platform/db/partitions.ts';
import { forgetPersonKeys } from './keys.ts';
import { checkinRulesFor } from './protocol-rules.ts';
import { deleteExpiredCheckins, deleteExpiredFeverFlags, deleteUnreferencedPeople, findCheckinCounties, findVenueKeysOfCounty } from './purge-store.ts';
import { retentionCutoff } from './rules.ts';

/** Rows deleted per committed step: small enough that the embedded database is never held for long. */
const CHUNK_ROWS = 5000;
/** Venues whose check-ins one step looks at together. */
const VENUES_PER_STEP = 500;

export interface PurgeOptions {
  chunkRows?: number;
  /** Called after each committed step; tests make it fail to show that an interrupted purge loses nothing. */
  afterChunk?: () => void | Promise<void>;
}

export interface PurgeReport {
  checkins: number;
  feverFlags: number;
  people: number;
  partitionsDropped: string[];
}

/** On PostgreSQL, drops the monthly partitions that end before every county's cutoff: all their rows are expired. */
async function dropExpiredPartitions(database: Database, cutoffs: number[], afterChunk: () => void | Promise<void>): Promise<string[]> {
  if (database.dialect !== 'postgres' || cutoffs.length === 0) return [];
  const everywhere = Math.min(...cutoffs);
  const dropped: string[] = [];
  for (const partition of await listMonthlyPartitions(database, 'checkins')) {
    if (partition.end.getTime() / 1000 > everywhere) continue;
    await dropMonthlyPartition(database, partition);
    dropped.push(partition.name);
    await afterChunk();
  }
  return dropped;
}

/** Runs a delete step again and again, each committed on its own, until it deletes fewer rows than asked. */
async function inChunks(step: () => Promise<number>, limit: number, afterChunk: () => void | Promise<void>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await step();
    total += deleted;
    await afterChunk();
    if (deleted < limit) return total;
  }
}

/**
 * Deletes the check-ins (and their fever flags) that entered before their county's retention (SECURITY.md
 * goal 6; PROTOCOL.md: 28 days by default), then the person keys no check-in refers to any more. Every step
 * is a bounded chunk committed on its own, so that a purge killed midway loses nothing and the next run
 * finishes the job; a run with nothing left to do changes nothing. On PostgreSQL whole months past every
 * county's retention are dropped first. A county's retention applies to the venues that lie in it now.
 */
export async function purgeExpiredCheckins(platform: Platform, now: Date, options: PurgeOptions = {}): Promise<PurgeReport> {
  const { database } = platform;
  const db = database.db;
  const limit = options.chunkRows ?? CHUNK_ROWS;
  const afterChunk = options.afterChunk ?? (() => {});
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const cutoffs = new Map<string, number>();
  for (const county of await findCheckinCounties(db)) cutoffs.set(county, retentionCutoff(await checkinRulesFor(platform, county, now), nowSeconds));
  const report: PurgeReport = { checkins: 0, feverFlags: 0, people: 0, partitionsDropped: await dropExpiredPartitions(database, [...cutoffs.values()], afterChunk) };
  for (const [county, cutoff] of cutoffs) {
    report.feverFlags += await inChunks(() => deleteExpiredFeverFlags(db, county, cutoff, limit), limit, afterChunk);
    const venueKeys = await findVenueKeysOfCounty(db, county);
    for (let start = 0; start < venueKeys.length; start += VENUES_PER_STEP) {
      const venues = venueKeys.slice(start, start + VENUES_PER_STEP);
      report.checkins += await inChunks(() => deleteExpiredCheckins(db, database.dialect, venues, cutoff, limit), limit, afterChunk);
    }
  }
  report.people = await deleteUnreferencedPeopleInChunks(platform, limit, afterChunk);
  await platform.audit.record(db, { actor: systemActor('retention'), purpose: 'data_management', operation: 'checkins.purge', outcome: 'allowed', detail: { ...report, at: now.toISOString() } });
  return report;
}

/** PostgreSQL's code for a row still referred to: a check-in committed meanwhile for a person being removed. */
const STILL_REFERRED_TO = '23503';

/**
 * Sweeps the person keys in key order, removing those no check-in refers to: the people whose last stay
 * was purged, and any key whose check-in never committed. A key a concurrent check-in uses just then is
 * kept for the next run.
 */
async function deleteUnreferencedPeopleInChunks(platform: Platform, limit: number, afterChunk: () => void | Promise<void>): Promise<number> {
  let afterKey = 0;
  let deleted = 0;
  for (;;) {
    let step: { lastKey: number | undefined; deleted: number };
    try {
      step = await platform.database.db.transaction().execute((trx) => deleteUnreferencedPeople(trx, afterKey, limit));
    } catch (error) {
      if ((error as { code?: string }).code !== STILL_REFERRED_TO) throw error;
      step = { lastKey: afterKey + 1, deleted: 0 };
    }
    if (step.lastKey === undefined) break;
    afterKey = step.lastKey;
    deleted += step.deleted;
    await afterChunk();
  }
  // Keys this process remembers may name people removed just now.
  if (deleted > 0) forgetPersonKeys(platform.database);
  return deleted;
}
