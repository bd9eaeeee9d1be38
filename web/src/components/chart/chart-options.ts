import type { EChartsCoreOption } from './echarts.ts';

export interface NamedSeries {
  name: string;
  points: { date: string; value: number }[];
}

/** Daily lines over shared dates (the series come zero-filled over the same 30 days). */
export function trendOption(series: NamedSeries[]): EChartsCoreOption {
  const dates = series[0]?.points.map((point) => point.date.slice(5)) ?? [];
  return {
    tooltip: { trigger: 'axis' },
    // A single series is named by its chart's title; several need a legend.
    legend: series.length > 1 ? { type: 'scroll', top: 0 } : { show: false },
    grid: { left: 48, right: 16, top: series.length > 1 ? 40 : 12, bottom: 28 },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((line) => ({ name: line.name, type: 'line', showSymbol: false, data: line.points.map((point) => point.value) })),
  };
}

/** Vertical bars, one per category; `horizontal` for long category names. */
export function barOption(name: string, categories: string[], values: number[], horizontal = false): EChartsCoreOption {
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0 } };
  const valueAxis = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: horizontal ? 110 : 48, right: 16, top: 16, bottom: 28 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: [{ name, type: 'bar', data: values, itemStyle: { color: '#2563a6' } }],
  };
}
