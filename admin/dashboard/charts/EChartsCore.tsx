import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useMemo, useState } from 'react';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only the chart kinds the dashboards draw: the lazy chunk stays a fraction of the full echarts build.
echarts.use([BarChart, LineChart, PieChart, ScatterChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** The one place echarts is imported; loaded through React.lazy (see EChart.tsx). */
export default function EChartsCore({ option, height, testId }: { option: EChartsOption; height: number; testId?: string }) {
  // data-drawn turns true when echarts says the chart is fully drawn (animations ended): what a
  // screenshot or a reader of the canvas should wait for.
  const [drawn, setDrawn] = useState(false);
  const events = useMemo(() => ({ finished: () => setDrawn(true) }), []);
  return (
    <div data-testid={testId} data-drawn={drawn}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge onEvents={events} style={{ height, width: '100%' }} />
    </div>
  );
}
