import { priorityGroups, sexes, type PriorityGroup, type Sex } from '../people/model.ts';
import { derivedPriorityGroups } from '../people/present.ts';
import { addDays } from '../platform/time.ts';

/** Ten-year age bands, the last open-ended (as in China's census tables). */
export const AGE_BANDS = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;

/** The band of an age in whole years. */
export function ageBandOf(age: number): (typeof AGE_BANDS)[number] {
  return AGE_BANDS[Math.min(Math.floor(age / 10), AGE_BANDS.length - 1)]!;
}

/**
 * People counted together because they share sex, birth year, whether their birthday has come this year,
 * and stored priority groups (JSON text): enough to know each one's age today without reading them one by one.
 */
export interface PopulationGroup {
  sex: string;
  birthYear: number | null;
  hadBirthday: boolean;
  priorityGroups: string;
  count: number;
}

export interface PopulationTally {
  people: number;
  bySex: Record<Sex, number>;
  byAgeBand: { band: string; count: number }[];
  unknownAge: number;
  byPriorityGroup: Record<PriorityGroup, number>;
}

/** Tallies population groups on a day: sex, age band and priority groups, the latter with those the age implies. */
export function tallyPopulation(groups: readonly PopulationGroup[], today: string): PopulationTally {
  const year = Number(today.slice(0, 4));
  const bySex = Object.fromEntries(sexes.map((sex) => [sex, 0])) as Record<Sex, number>;
  const byBand = new Map<string, number>(AGE_BANDS.map((band) => [band, 0]));
  const byPriorityGroup = Object.fromEntries(priorityGroups.map((group) => [group, 0])) as Record<PriorityGroup, number>;
  let people = 0;
  let unknownAge = 0;
  for (const group of groups) {
    people += group.count;
    const sex = (sexes as readonly string[]).includes(group.sex) ? (group.sex as Sex) : 'unknown';
    bySex[sex] += group.count;
    const age = group.birthYear === null ? null : year - group.birthYear - (group.hadBirthday ? 0 : 1);
    // A birth date after today is a data error, counted as unknown rather than in a band.
    if (age === null || age < 0) unknownAge += group.count;
    else byBand.set(ageBandOf(age), byBand.get(ageBandOf(age))! + group.count);
    const flags = new Set([...(JSON.parse(group.priorityGroups) as PriorityGroup[]), ...(age === null || age < 0 ? [] : derivedPriorityGroups(age))]);
    for (const flag of flags) if (flag in byPriorityGroup) byPriorityGroup[flag] += group.count;
  }
  return { people, bySex, byAgeBand: AGE_BANDS.map((band) => ({ band, count: byBand.get(band)! })), unknownAge, byPriorityGroup };
}

/** The last `count` dates ending on `today`, oldest first. */
export function lastDays(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}

/** A daily series over the given dates, zero where a date has no value. */
export function fillSeries(dates: readonly string[], values: ReadonlyMap<string, number>): { date: string; value: number }[] {
  return dates.map((date) => ({ date, value: values.get(date) ?? 0 }));
}

/**
 * Rolls counts per jurisdiction up to the direct children of a node: each code's path names the child it
 * lies under, the segment right after the node's own path. Codes of the node itself count for no child.
 */
export function rollUpToChildren(nodePath: string, counts: ReadonlyMap<string, number>, pathOf: ReadonlyMap<string, string>): Map<string, number> {
  const byChild = new Map<string, number>();
  for (const [code, count] of counts) {
    const path = pathOf.get(code);
    if (!path?.startsWith(nodePath)) continue;
    const child = path.slice(nodePath.length).split('/')[0];
    if (child) byChild.set(child, (byChild.get(child) ?? 0) + count);
  }
  return byChild;
}
