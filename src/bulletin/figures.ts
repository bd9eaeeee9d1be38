import { csvLine } from '../platform/csv.ts';
import { figureNames, OPEN_DATA_COLUMNS, type Figures, type OpenDataBulletin } from './model.ts';

/** Figures of nothing published. */
export function zeroFigures(): Figures {
  return { newConfirmed: 0, newAsymptomatic: 0, newRecovered: 0, underObservation: 0, testsReported: 0 };
}

/** Figures summed figure by figure. */
export function sumFigures(list: readonly Figures[]): Figures {
  const total = zeroFigures();
  for (const figures of list) for (const name of figureNames) total[name] += figures[name];
  return total;
}

/** The open data file: a header, then one line per bulletin (RFC 4180 quoting, CRLF line ends). */
export function formatOpenDataCsv(items: readonly OpenDataBulletin[]): string {
  const lines = items.map((item) => {
    const { figures } = item;
    return csvLine([
      item.jurisdictionCode,
      item.jurisdictionName,
      item.date,
      figures.newConfirmed,
      figures.newAsymptomatic,
      figures.newRecovered,
      figures.underObservation,
      figures.testsReported,
      item.version,
      item.publishedAt,
    ]);
  });
  return [OPEN_DATA_COLUMNS.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}
