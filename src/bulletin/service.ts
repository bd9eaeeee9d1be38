import { findWritableJurisdiction, filterPathOf } from '../jurisdictions/service.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor, Scope } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError, invalid, notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { localDate } from '../platform/time.ts';
import { sumFigures, zeroFigures } from './figures.ts';
import { publishableLevels, type Bulletin, type BulletinCreate, type Figures, type OpenDataBulletin, type PublicBulletin } from './model.ts';
import { findLastVersion, findLatestBulletins, findPublishers, insertBulletin, searchBulletins, toBulletin, toFigures, type BulletinRow } from './store.ts';

/** Published figures are public: the public answers read every jurisdiction's. */
const EVERYWHERE: Scope = { kind: 'system' };
/** How many of the latest publication days the public series shows. */
const PUBLIC_SERIES_DAYS = 30;

/**
 * Publishes a day's figures for a province, city or county within the actor's subtree. A second publication
 * for the same day is a correction: the next version, which supersedes the previous for the public while
 * both are kept.
 */
export async function publishBulletin(platform: Platform, actor: Actor, input: BulletinCreate): Promise<Bulletin> {
  await requirePermission(platform, actor, 'bulletins.publish', 'bulletins.publish');
  const jurisdiction = await findWritableJurisdiction(platform, actor, input.jurisdictionCode);
  if (!jurisdiction) throw invalid([{ field: 'jurisdictionCode', problem: 'is not a jurisdiction within your scope' }]);
  if (!(publishableLevels as readonly string[]).includes(jurisdiction.level)) {
    throw invalid([{ field: 'jurisdictionCode', problem: `is a ${jurisdiction.level}; figures are published for a whole province, city or county only, so that small counts never point at a village` }]);
  }
  const now = platform.clock.now();
  const today = localDate(now, jurisdiction.time_zone);
  if (input.date > today) throw invalid([{ field: 'date', problem: `is in the future: today is ${today} in ${jurisdiction.time_zone}` }]);
  const db = platform.database.db;
  const row: BulletinRow = await db.transaction().execute(async (trx) => {
    const built: BulletinRow = {
      id: newId(),
      jurisdiction_code: jurisdiction.code,
      county_code: jurisdiction.county_code,
      date: input.date,
      version: (await findLastVersion(trx, jurisdiction.code, input.date)) + 1,
      new_confirmed: input.figures.newConfirmed,
      new_asymptomatic: input.figures.newAsymptomatic,
      new_recovered: input.figures.newRecovered,
      under_observation: input.figures.underObservation,
      tests_reported: input.figures.testsReported,
      note: input.note || null,
      published_at: now.toISOString(),
      published_by: actor.username,
    };
    if (!(await insertBulletin(trx, built))) {
      throw new BulwarkError('BULWARK_CONFLICT', 'another correction of this day was published at the same moment; reload and try again', [{ field: 'date', problem: 'was corrected meanwhile' }]);
    }
    const detail = { bulletinId: built.id, jurisdiction: built.jurisdiction_code, date: built.date, version: built.version };
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'bulletins.publish', outcome: 'allowed', detail });
    return built;
  });
  return toBulletin(row);
}

export interface BulletinListQuery {
  jurisdiction?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Every version published within the actor's scope, newest publication first. */
export async function listBulletins(platform: Platform, actor: Actor, query: BulletinListQuery): Promise<Page<Bulletin>> {
  await requirePermission(platform, actor, 'bulletins.read', 'bulletins.list');
  if (query.from && query.to && query.from > query.to) throw invalid([{ field: 'from', problem: 'must not be after to' }]);
  const rows = await searchBulletins(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    from: query.from,
    to: query.to,
    beforeId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => row.id);
  return { items: page.items.map(toBulletin), nextCursor: page.nextCursor };
}

/**
 * What the public sees of a jurisdiction's bulletins (by default the one that published last): the version
 * in force of its latest day, its last 30 publication days, and totals over every published day.
 */
export async function getPublicBulletin(platform: Platform, code: string | undefined): Promise<PublicBulletin> {
  const db = platform.database.db;
  const publishers = await findPublishers(db, EVERYWHERE);
  const published = publishers.map(({ code: publisher, name, level }) => ({ code: publisher, name, level }));
  const chosen = code ?? [...publishers].sort((a, b) => b.last_published_at.localeCompare(a.last_published_at))[0]?.code;
  const nothing = { latest: null, series: [], totals: zeroFigures(), riskAreas: [], published };
  if (chosen === undefined) return { jurisdiction: null, ...nothing };
  const jurisdiction = await getJurisdictionRow(db, chosen);
  if (!jurisdiction) throw notFound('jurisdiction');
  const named = { code: jurisdiction.code, name: jurisdiction.name, level: jurisdiction.level };
  const rows = await findLatestBulletins(db, EVERYWHERE, { jurisdictionCode: jurisdiction.code });
  const last = rows[rows.length - 1];
  if (!last) return { jurisdiction: named, ...nothing };
  return {
    jurisdiction: named,
    latest: { date: last.date, figures: toFigures(last), note: last.note, publishedAt: last.published_at, version: last.version },
    series: rows.slice(-PUBLIC_SERIES_DAYS).map((row) => ({ date: row.date, figures: toFigures(row) })),
    totals: sumFigures(rows.map(toFigures)),
    riskAreas: [],
    published,
  };
}

/** Open data: the version in force of every published day of every jurisdiction. */
export async function listOpenDataBulletins(platform: Platform): Promise<OpenDataBulletin[]> {
  const rows = await findLatestBulletins(platform.database.db, EVERYWHERE, {});
  return rows.map((row) => ({
    jurisdictionCode: row.jurisdiction_code,
    jurisdictionName: row.jurisdiction_name,
    date: row.date,
    figures: toFigures(row),
    version: row.version,
    publishedAt: row.published_at,
  }));
}

/** The figures published for one jurisdiction on each local date of [from, to] (the latest version of each), within the actor's scope. */
export async function publishedFiguresByDate(platform: Platform, actor: Actor, jurisdictionCode: string, from: string, to: string): Promise<Map<string, Figures>> {
  const rows = await findLatestBulletins(platform.database.db, actor.scope, { jurisdictionCode, from, to });
  return new Map(rows.map((row) => [row.date, toFigures(row)]));
}
