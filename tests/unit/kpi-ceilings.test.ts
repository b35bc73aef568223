import { ceilingFor, isBeyondCeiling } from '../../api/modules/kpis/kpi-ceilings';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';

describe('KPI ceilings', () => {
  const ceilings = [
    { metric: KpiMetric.VIEWS, value: 3500, period: KpiPeriod.MONTH },
    { metric: KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, value: 2, period: KpiPeriod.MONTH },
  ];

  it('a monthly ceiling of a count is three times as much per quarter; an average stays as it is', () => {
    expect(ceilingFor(ceilings, KpiMetric.VIEWS, KpiPeriod.MONTH)).toBe(3500);
    expect(ceilingFor(ceilings, KpiMetric.VIEWS, KpiPeriod.QUARTER)).toBe(10500);
    expect(ceilingFor(ceilings, KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, KpiPeriod.QUARTER)).toBe(2);
    expect(ceilingFor(ceilings, KpiMetric.SITE_VISITS, KpiPeriod.MONTH)).toBeNull();
  });

  it('a target is beyond the ceiling above it, or for response hours below it', () => {
    expect(isBeyondCeiling(KpiMetric.VIEWS, 3501, 3500)).toBe(true);
    expect(isBeyondCeiling(KpiMetric.VIEWS, 3500, 3500)).toBe(false);
    expect(isBeyondCeiling(KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, 1, 2)).toBe(true);
    expect(isBeyondCeiling(KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, 3, 2)).toBe(false);
    expect(isBeyondCeiling(KpiMetric.VIEWS, 1e9, null)).toBe(false);
  });
});
