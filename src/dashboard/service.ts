import { publishedFiguresByDate } from '../bulletin/service.ts';
import { findWritableJurisdiction } from '../jurisdictions/service.ts';
import { findJurisdictionRows, searchJurisdictions, toJurisdiction, type JurisdictionRow } from '../jurisdictions/store.ts';
import { venueTypes, type VenueType } from '../places/model.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { invalid, notFound } from '../platform/errors.ts';
import { addDays, localDate, localDayStart } from '../platform/time.ts';
import { SERIES_DAYS, type Dashboard, type Series } from './model.ts';
import { countPeopleByJurisdiction, countPeopleCreatedBetween, countPlaces, countPopulationGroups } from './store.ts';
import { fillSeries, lastDays, rollUpToChildren, tallyPopulation } from './tally.ts';

/** More direct children than any administrative level has (China's largest fan-out is a few hundred). */
const MAX_CHILDREN = 5000;

/** The series the bulletin module publishes, by metric and the published figure that feeds it. */
const bulletinMetrics = [
  ['new_confirmed', 'newConfirmed'],
  ['new_asymptomatic', 'newAsymptomatic'],
  ['under_observation', 'underObservation'],
  ['tests_reported', 'testsReported'],
] as const;

/**
 * Aggregate figures of a jurisdiction's subtree (the actor's own by default): population by sex, age band
 * and priority group, places by kind and venue type, the same per direct child, and daily series over the
 * last 30 local days. Aggregates only, so no audit record per read; outside the subtree is 404.
 */
export async function getDashboard(platform: Platform, actor: Actor, code: string | undefined): Promise<Dashboard> {
  await requirePermission(platform, actor, 'dashboard.read', 'dashboard.get');
  const wanted = code ?? actor.jurisdictionCode;
  if (!wanted) throw invalid([{ field: 'jurisdiction', problem: 'is required for an account without a jurisdiction' }]);
  const jurisdiction = await findWritableJurisdiction(platform, actor, wanted);
  if (!jurisdiction) throw notFound('jurisdiction');
  const db = platform.database.db;
  const now = platform.clock.now();
  const today = localDate(now, jurisdiction.time_zone);
  const population = tallyPopulation(await countPopulationGroups(db, actor.scope, jurisdiction.path, today.slice(5)), today);
  const peopleByCode = await countPeopleByJurisdiction(db, actor.scope, jurisdiction.path);
  const placeCounts = await countPlaces(db, actor.scope, jurisdiction.path);
  const byKind = new Map<string, number>();
  const venuesByType = Object.fromEntries(venueTypes.map((type) => [type, 0])) as Record<VenueType, number>;
  const venuesByCode = new Map<string, number>();
  for (const { jurisdictionCode, kind, venueType, count } of placeCounts) {
    byKind.set(kind, (byKind.get(kind) ?? 0) + count);
    if (kind !== 'venue') continue;
    if (venueType && venueType in venuesByType) venuesByType[venueType as VenueType] += count;
    venuesByCode.set(jurisdictionCode, (venuesByCode.get(jurisdictionCode) ?? 0) + count);
  }
  const households = byKind.get('household') ?? 0;
  return {
    jurisdiction: toJurisdiction(jurisdiction),
    generatedAt: now.toISOString(),
    population: { people: population.people, households, bySex: population.bySex, byAgeBand: population.byAgeBand, unknownAge: population.unknownAge, byPriorityGroup: population.byPriorityGroup },
    places: { compounds: byKind.get('compound') ?? 0, buildings: byKind.get('building') ?? 0, units: byKind.get('unit') ?? 0, households, venues: byKind.get('venue') ?? 0, venuesByType },
    children: await summarizeChildren(platform, actor, jurisdiction, peopleByCode, venuesByCode),
    series: await dailySeries(platform, actor, jurisdiction, today),
  };
}

/** The direct children by code, each with the people and venues of its subtree. */
async function summarizeChildren(platform: Platform, actor: Actor, node: JurisdictionRow, peopleByCode: Map<string, number>, venuesByCode: Map<string, number>): Promise<Dashboard['children']> {
  const db = platform.database.db;
  const children = await searchJurisdictions(db, actor.scope, { parentCode: node.code, limit: MAX_CHILDREN });
  const paths = new Map([...(await findJurisdictionRows(db, [...new Set([...peopleByCode.keys(), ...venuesByCode.keys()])])).values()].map((row) => [row.code, row.path]));
  const people = rollUpToChildren(node.path, peopleByCode, paths);
  const venues = rollUpToChildren(node.path, venuesByCode, paths);
  return children.map((child) => ({ code: child.code, name: child.name, level: child.level, people: people.get(child.code) ?? 0, venues: venues.get(child.code) ?? 0 }));
}

/** People registered per local day, and the bulletin figures published for this jurisdiction, zeros filled. */
async function dailySeries(platform: Platform, actor: Actor, node: JurisdictionRow, today: string): Promise<Series[]> {
  const db = platform.database.db;
  const days = lastDays(today, SERIES_DAYS);
  const bounds = [...days, addDays(today, 1)].map((day) => localDayStart(day, node.time_zone).toISOString());
  const registered = await countPeopleCreatedBetween(db, actor.scope, node.path, bounds);
  const published = await publishedFiguresByDate(platform, actor, node.code, days[0]!, today);
  return [
    { metric: 'people_registered', points: days.map((date, index) => ({ date, value: registered[index]! })) },
    ...bulletinMetrics.map(([metric, figure]) => ({ metric, points: fillSeries(days, new Map([...published].map(([date, figures]) => [date, figures[figure]]))) })),
  ];
}
