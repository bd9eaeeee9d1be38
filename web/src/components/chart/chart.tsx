import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { echarts, type EChartsCoreOption } from './echarts.ts';

export interface ChartProps {
  /** The chart's title, shown above it and used as its accessible name. */
  title: string;
  option: EChartsCoreOption;
  height?: number;
}

/**
 * An ECharts chart that follows its container's size and the page language. ECharts' aria component
 * writes a description of the data for screen readers onto the drawing.
 */
export function Chart({ title, option, height = 260 }: ChartProps) {
  const { language } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { locale: language === 'zh' ? 'ZH' : 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option, language]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={container} className="chart-canvas" style={{ height }} />
    </figure>
  );
}
