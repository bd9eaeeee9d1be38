import { sql, type Expression, type SqlBool } from 'kysely';
import { subtreeRange } from '../../jurisdictions/tree.ts';
import type { Scope } from './actor.ts';

/** How a table's rows relate to the scope: the column naming their jurisdiction, and their person, if any. */
export interface ScopedColumns {
  jurisdiction: string;
  person: string | null;
}

/**
 * The SQL condition that keeps only rows the scope allows. Every store query on a scoped table adds it,
 * so that get, list, search, count and export share one rule (SECURITY.md goal 2).
 */
export function scopeCondition(scope: Scope, columns: ScopedColumns): Expression<SqlBool> {
  switch (scope.kind) {
    case 'system':
      return sql<SqlBool>`1 = 1`;
    case 'person':
      return columns.person !== null && scope.personId !== null
        ? sql<SqlBool>`${sql.ref(columns.person)} = ${scope.personId}`
        : sql<SqlBool>`1 = 0`;
    case 'subtree':
      return subtreeCondition(scope.rootPath, columns.jurisdiction);
  }
}

/** The condition that keeps rows whose jurisdiction lies in a subtree, for filters chosen by the caller. */
export function subtreeCondition(rootPath: string, jurisdictionColumn: string): Expression<SqlBool> {
  const { from, to } = subtreeRange(rootPath);
  return sql<SqlBool>`${sql.ref(jurisdictionColumn)} in (select code from jurisdictions where path >= ${from} and path < ${to})`;
}

/** Whether a jurisdiction (given by its path) lies inside a staff scope. */
export function scopeIncludesPath(scope: Scope, path: string): boolean {
  if (scope.kind === 'system') return true;
  if (scope.kind === 'person') return false;
  return path.startsWith(scope.rootPath);
}
