import { loadavg } from 'node:os';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { protocolDocumentSchema } from '../src/protocol/model.ts';
import { cnNational9th } from '../src/protocol/versions/cn-national-9th-2022-06.ts';
import { findCandidateContacts, type CandidateDraft, type CaseToTrace } from '../src/tracing/candidates.ts';
import { findLinkedPeople } from '../src/tracing/people-links.ts';
import { tracingRulesFrom, type TracingRules } from '../src/tracing/rules.ts';
import { tracingSourcesOf } from '../src/tracing/sources.ts';
import type { CheckinDataset } from './checkins-dataset.ts';
import { openReference, pickCases, referenceOptions, SQLITE_READ_PRAGMAS, traceWindow } from './checkin-reference.ts';
import type { Figure } from './harness.ts';

/**
 * The product's tracing engine on the stored check-ins, measured on the same cases as the plain SQL
 * reference (checkin-reference.ts) and with the same SQLite read settings. Like for like, first: venue
 * co-presence of one case, neither same-day visitors nor secondary contacts (the case's household and team,
 * which the reference cannot see, are a dozen more). Then what an investigation runs under the 9th edition:
 * 1,000 new cases traced together, with the close contacts of their close contacts (second degree). A new
 * case's settled close contacts are its household, class and team; those it met at venues wait for an
 * investigator's confirmation before their own contacts are traced (candidates.ts).
 */

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
const protocol = protocolDocumentSchema.parse(cnNational9th);
const TIME_ZONE = 'Asia/Shanghai';

function openEngineDatabase(dataset: CheckinDataset): Database {
  const database = openDatabase(dataset.url);
  if (database.sqlite) {
    database.sqlite.pragma(`cache_size = ${SQLITE_READ_PRAGMAS.cache_size}`);
    database.sqlite.pragma(`mmap_size = ${SQLITE_READ_PRAGMAS.mmap_size}`);
  }
  return database;
}

async function personIdsOfKeys(database: Database, keys: number[]): Promise<string[]> {
  const ids = await tracingSourcesOf(database).personIdsOf(keys);
  return keys.map((key) => ids.get(key)!);
}

type DegreeCounts = { first: number; second: number };
const countDegrees = (found: CandidateDraft[]): DegreeCounts => ({ first: found.filter((draft) => draft.degree === 1).length, second: found.filter((draft) => draft.degree === 2).length });

/** The cases of these persons over the trace window, as new cases: nothing confirmed yet, no one under control. */
async function newCases(database: Database, dataset: CheckinDataset, personIds: string[]): Promise<CaseToTrace[]> {
  const { from, to } = traceWindow(dataset);
  const people = await findLinkedPeople(database.db, personIds);
  return personIds.map((id) => ({ subject: { person: people.get(id)!, window: { from, until: to } }, confirmed: new Set<string>() }));
}

/** Traces the cases together, as a day's new cases are; returns the time in seconds and each case's counts. */
async function traceTogether(database: Database, dataset: CheckinDataset, personIds: string[], rules: TracingRules): Promise<{ seconds: number; drafts: DegreeCounts[] }> {
  const sources = tracingSourcesOf(database);
  const now = Math.floor(dataset.now.getTime() / 1000);
  const cases = await newCases(database, dataset, personIds);
  const drafts: DegreeCounts[] = [];
  const started = process.hrtime.bigint();
  for await (const found of findCandidateContacts(sources, cases, rules, async () => new Map(), now)) drafts.push(countDegrees(found));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, drafts };
}

/**
 * Traces the cases one after another, as an investigator opens them; returns each case's time in ms and
 * how many candidates of each degree it had (the candidates themselves are let go, as a service stores them).
 */
async function traceEach(database: Database, dataset: CheckinDataset, personIds: string[], rules: TracingRules): Promise<{ times: number[]; drafts: DegreeCounts[] }> {
  const times: number[] = [];
  const drafts: DegreeCounts[] = [];
  for (const id of personIds) {
    const traced = await traceTogether(database, dataset, [id], rules);
    times.push(traced.seconds * 1000);
    drafts.push(...traced.drafts);
  }
  return { times, drafts };
}

export async function benchTracingEngine(dataset: CheckinDataset, options = referenceOptions(), say: (line: string) => void = (line) => console.error(line)): Promise<Figure[]> {
  const reference = await openReference(dataset);
  const database = openEngineDatabase(dataset);
  try {
    const dialect = dataset.dialect;
    const at = `${dataset.manifest.rows.checkins.toLocaleString('en-US')} stored`;
    const nineth = tracingRulesFrom(protocol, TIME_ZONE);
    const coPresenceOnly: TracingRules = { ...nineth, traceSecondary: false, alertSameDayVisitors: false };
    const batchRules: TracingRules = { ...nineth, alertSameDayVisitors: false };

    // The same cases as the reference, picked by the same seeds.
    await traceEach(database, dataset, await personIdsOfKeys(database, await pickCases(reference, dataset, 20, 'warm-up')), coPresenceOnly);
    const singleIds = await personIdsOfKeys(database, await pickCases(reference, dataset, options.cases, 'single'));
    const single = await traceEach(database, dataset, singleIds, coPresenceOnly);
    const sorted = [...single.times].sort((a, b) => a - b);
    const singleLoad = Number(loadavg()[0]!.toFixed(2));
    const meanContacts = single.drafts.reduce((sum, counts) => sum + counts.first, 0) / Math.max(1, single.drafts.length);
    say(`  engine, one case: p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, ${meanContacts.toFixed(0)} contacts on average`);

    const full = await traceEach(database, dataset, singleIds.slice(0, 50), nineth);
    const fullSorted = [...full.times].sort((a, b) => a - b);

    const batchIds = await personIdsOfKeys(database, await pickCases(reference, dataset, options.batchCases, 'batch'));
    const batch = await traceTogether(database, dataset, batchIds, batchRules);
    const batchSeconds = batch.seconds;
    const batchLoad = Number(loadavg()[0]!.toFixed(2));
    const first = batch.drafts.reduce((sum, counts) => sum + counts.first, 0);
    const second = batch.drafts.reduce((sum, counts) => sum + counts.second, 0);
    say(`  engine, ${batchIds.length} cases with secondary contacts: ${batchSeconds.toFixed(2)} s, ${first} first-degree and ${second} second-degree candidates`);
    return [
      {
        benchmark: 'first-degree contacts of one case: tracing engine (venue co-presence)',
        dialect,
        metric: `p95 of ${singleIds.length} cases (p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ${meanContacts.toFixed(0)} candidates on average), ${at}`,
        value: Number(percentile(sorted, 0.95).toFixed(1)),
        unit: 'ms',
        load: singleLoad,
        reference: { name: 'goal: p95 under 100 ms', value: 100, ratio: percentile(sorted, 0.95) / 100, goal: 1, atMost: true },
      },
      {
        benchmark: 'one case under the 9th edition: tracing engine (co-presence, same-day visitors, household, secondary contacts)',
        dialect,
        metric: `p95 of ${full.times.length} cases (p50 ${percentile(fullSorted, 0.5).toFixed(1)} ms), ${at}`,
        value: Number(percentile(fullSorted, 0.95).toFixed(1)),
        unit: 'ms',
        load: singleLoad,
      },
      {
        benchmark: `${batchIds.length.toLocaleString('en-US')} cases, first and second degree: tracing engine`,
        dialect,
        metric: `traced together; ${first.toLocaleString('en-US')} first-degree and ${second.toLocaleString('en-US')} second-degree candidates (through households, classes and teams), ${at}`,
        value: Number(batchSeconds.toFixed(2)),
        unit: 's',
        load: batchLoad,
        reference: { name: 'goal: under 10 s', value: 10, ratio: batchSeconds / 10, goal: 1, atMost: true },
      },
    ];
  } finally {
    await database.close();
    await reference.close();
  }
}
