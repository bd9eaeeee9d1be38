import { describe, expect, test } from 'vitest';
import { formatOpenDataCsv, sumFigures, zeroFigures } from './figures.ts';

const day = (newConfirmed: number, testsReported: number) => ({ ...zeroFigures(), newConfirmed, testsReported });

describe('bulletin figures', () => {
  test('sums figure by figure; nothing sums to zeros', () => {
    expect(sumFigures([])).toEqual(zeroFigures());
    expect(sumFigures([day(3, 1000), day(0, 250), { ...day(1, 0), underObservation: 7 }])).toEqual({ newConfirmed: 4, newAsymptomatic: 0, newRecovered: 0, underObservation: 7, testsReported: 1250 });
  });

  test('the open data CSV has the published header, quotes names that need it, and ends lines with CRLF', () => {
    const text = formatOpenDataCsv([
      { jurisdictionCode: '140703', jurisdictionName: '太谷区', date: '2026-11-23', figures: day(2, 900), version: 2, publishedAt: '2026-11-24T01:00:00.000Z' },
      { jurisdictionCode: 'X1', jurisdictionName: 'Town, "North"', date: '2026-11-23', figures: day(0, 5), version: 1, publishedAt: '2026-11-24T02:00:00.000Z' },
    ]);
    expect(text.split('\r\n')).toEqual([
      'jurisdiction_code,jurisdiction_name,date,new_confirmed,new_asymptomatic,new_recovered,under_observation,tests_reported,version,published_at',
      '140703,太谷区,2026-11-23,2,0,0,0,900,2,2026-11-24T01:00:00.000Z',
      'X1,"Town, ""North""",2026-11-23,0,0,0,0,5,1,2026-11-24T02:00:00.000Z',
      '',
    ]);
  });
});
