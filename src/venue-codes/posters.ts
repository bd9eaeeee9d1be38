import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPlaces } from '../places/service.ts';
import type { Place } from '../places/model.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { MAX_PAGE_SIZE } from '../platform/pagination.ts';
import type { VenueCodeImageFormat } from './model.ts';
import { issueVenueCode, listVenueCodes, renderVenueCodeImage } from './service.ts';

export interface PosterRun {
  /** Venues under this jurisdiction get a poster. */
  jurisdictionCode: string;
  /** Where residents' phones reach the platform: the printed code opens <origin>/scan#<token>. */
  origin: string;
  format: VenueCodeImageFormat;
  folder: string;
}

export interface PosterReport {
  venues: number;
  /** Codes issued now, for venues that had no active one. */
  issued: number;
}

/** A file name from a venue's import reference (or id): letters, digits, dots, dashes and underscores only. */
function fileNameOf(venue: Place, format: VenueCodeImageFormat): string {
  return `${(venue.externalRef ?? venue.id).replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`;
}

/** The venue's active code, or a new one when it has none, so that printing again issues nothing more. */
async function activeCodeOf(platform: Platform, actor: Actor, venueId: string): Promise<{ id: string; issued: boolean }> {
  for (let cursor: string | undefined; ; ) {
    const page = await listVenueCodes(platform, actor, venueId, { cursor, limit: MAX_PAGE_SIZE });
    const active = page.items.find((code) => code.revokedAt === null);
    if (active) return { id: active.id, issued: false };
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { id: (await issueVenueCode(platform, actor, venueId, {})).id, issued: true };
}

/**
 * Posters for every venue of a jurisdiction, as a health authority prints them when check-ins begin: each
 * venue's active code (issued where there is none), as SVG or PNG with the venue's name, one file per venue
 * named by its import reference. Each issue and print is authorized and audited as in the console.
 */
export async function writeVenuePosters(platform: Platform, actor: Actor, run: PosterRun, say: (line: string) => void = () => {}): Promise<PosterReport> {
  mkdirSync(run.folder, { recursive: true });
  const report: PosterReport = { venues: 0, issued: 0 };
  for (let cursor: string | undefined; ; ) {
    const page = await listPlaces(platform, actor, { kind: 'venue', jurisdiction: run.jurisdictionCode, cursor, limit: MAX_PAGE_SIZE });
    for (const venue of page.items) {
      const code = await activeCodeOf(platform, actor, venue.id);
      const image = await renderVenueCodeImage(platform, actor, code.id, run.format, run.origin);
      writeFileSync(join(run.folder, fileNameOf(venue, run.format)), image.body);
      report.venues++;
      if (code.issued) report.issued++;
    }
    say(`posters: ${report.venues.toLocaleString('en-US')} venues written…`);
    if (!page.nextCursor) return report;
    cursor = page.nextCursor;
  }
}
