import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_BUILD_FOLDER } from '../src/platform/http/web.ts';
import type { Figure } from './harness.ts';

/** Goal (issue: console): the first page's JavaScript under 1 MB gzipped. */
const FIRST_PAGE_GOAL_BYTES = 1_000_000;

/**
 * The JavaScript a browser must fetch for the first page: the entry scripts and module preloads that
 * index.html names, gzipped at the default level. Lazily loaded chunks (the map) are not counted.
 */
export function benchWebBundle(folder = WEB_BUILD_FOLDER): Figure[] {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.m?js)"/g)].map((match) => match[1]!);
  if (scripts.length === 0) throw new Error(`no script in ${join(folder, 'index.html')}: run npm run build`);
  const gzipped = scripts.reduce((total, script) => total + gzipSync(readFileSync(join(folder, script.replace(/^\//, '')))).length, 0);
  return [
    {
      benchmark: `console first page JavaScript (${scripts.length} file${scripts.length === 1 ? '' : 's'}, gzipped)`,
      dialect: 'none',
      metric: 'bytes',
      value: gzipped,
      unit: 'B',
      // Smaller is better: the ratio is the share of the budget used, and must stay under 100%.
      reference: { name: 'budget: 1 MB gzipped', value: FIRST_PAGE_GOAL_BYTES, ratio: gzipped / FIRST_PAGE_GOAL_BYTES, goal: 1, atMost: true },
    },
  ];
}
