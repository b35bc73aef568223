import { Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { EChartsOption } from 'echarts';

// echarts is large: the dashboard's first paint does not wait for it, and other pages never load it.
const EChartsCore = lazy(() => import('./EChartsCore'));

/** A chart drawn by ECharts, loaded on first use. */
export function EChart({ option, height = 260, testId }: { option: EChartsOption; height?: number; testId?: string }) {
  return (
    <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
      <EChartsCore option={option} height={height} testId={testId} />
    </Suspense>
  );
}
