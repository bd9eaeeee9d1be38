/*
 * ECharts from its core with only the pieces the console draws: line and bar charts, the tree of a
 * transmission chain, their grid, axes, tooltip and legend, and the aria component that describes each chart to screen readers. Importing
 * 'echarts' whole would add about 300 kB gzipped to the first page.
 */
import { BarChart, LineChart, TreeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, TreeChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
