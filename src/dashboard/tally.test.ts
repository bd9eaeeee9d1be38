import { describe, expect, test } from 'vitest';
import { ageBandOf, AGE_BANDS, fillSeries, lastDays, rollUpToChildren, tallyPopulation, type PopulationGroup } from './tally.ts';

const group = (sex: string, birthYear: number | null, hadBirthday: boolean, count: number, priorityGroups = '[]'): PopulationGroup => ({ sex, birthYear, hadBirthday, priorityGroups, count });

describe('age bands', () => {
  test('ten-year bands with an open last one', () => {
    expect([0, 9, 10, 59, 60, 79, 80, 104].map(ageBandOf)).toEqual(['0-9', '0-9', '10-19', '50-59', '60-69', '70-79', '80+', '80+']);
    expect(AGE_BANDS).toHaveLength(9);
  });
});

describe('population tally', () => {
  const today = '2026-11-24';

  test('age today depends on whether the birthday has come this year', () => {
    // Born 1966: 60 if the birthday has passed, else 59; born 2016: 10 or 9.
    const tally = tallyPopulation([group('male', 1966, true, 2), group('female', 1966, false, 3), group('female', 2016, true, 1), group('male', 2016, false, 4)], today);
    expect(tally.byAgeBand.find((band) => band.band === '60-69')!.count).toBe(2);
    expect(tally.byAgeBand.find((band) => band.band === '50-59')!.count).toBe(3);
    expect(tally.byAgeBand.find((band) => band.band === '10-19')!.count).toBe(1);
    expect(tally.byAgeBand.find((band) => band.band === '0-9')!.count).toBe(4);
    expect(tally).toMatchObject({ people: 10, bySex: { male: 6, female: 4, unknown: 0 }, unknownAge: 0 });
  });

  test('priority groups count stored flags and those the age implies, each person once', () => {
    const tally = tallyPopulation(
      [
        group('female', 1950, true, 5, '["aged_60_plus","chronic_illness"]'),
        group('male', 1950, false, 2),
        group('female', 2024, true, 3),
        group('female', 2023, true, 1),
        group('female', 1990, true, 2, '["pregnant"]'),
        group('unknown', null, false, 4, '["disabled"]'),
      ],
      today,
    );
    expect(tally.byPriorityGroup).toEqual({ aged_60_plus: 7, infant: 3, pregnant: 2, chronic_illness: 5, critical_illness: 0, regular_treatment: 0, disabled: 4 });
    expect(tally.unknownAge).toBe(4);
    expect(tally.bySex.unknown).toBe(4);
    expect(tally.byAgeBand.reduce((sum, band) => sum + band.count, 0) + tally.unknownAge).toBe(tally.people);
  });

  test('a birth date after today counts as unknown age', () => {
    expect(tallyPopulation([group('male', 2027, false, 1)], today)).toMatchObject({ people: 1, unknownAge: 1 });
  });
});

describe('daily series', () => {
  test('the last days end today, oldest first, across a month end', () => {
    expect(lastDays('2026-11-02', 4)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(lastDays('2026-11-24', 30)).toHaveLength(30);
  });

  test('missing days are zeros', () => {
    expect(fillSeries(['2026-11-22', '2026-11-23', '2026-11-24'], new Map([['2026-11-23', 5]]))).toEqual([
      { date: '2026-11-22', value: 0 },
      { date: '2026-11-23', value: 5 },
      { date: '2026-11-24', value: 0 },
    ]);
  });
});

describe('children', () => {
  test('counts roll up to the direct child each code lies under', () => {
    const pathOf = new Map([
      ['140703', '/CN/140000/140700/140703/'],
      ['140703001', '/CN/140000/140700/140703/140703001/'],
      ['140703001001', '/CN/140000/140700/140703/140703001/140703001001/'],
      ['140703002001', '/CN/140000/140700/140703/140703002/140703002001/'],
      ['1407031001', '/CN/140000/140700/1407031/1407031001/'],
    ]);
    const counts = new Map([['140703', 1], ['140703001', 2], ['140703001001', 3], ['140703002001', 4], ['1407031001', 5]]);
    expect(rollUpToChildren('/CN/140000/140700/140703/', counts, pathOf)).toEqual(new Map([['140703001', 5], ['140703002', 4]]));
  });
});
