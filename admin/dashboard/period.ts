import { useQuery } from '@tanstack/react-query';
import { useStore } from 'react-admin';
import { graphql } from '../graphql';
import type { AnalyticsPeriod } from '../analytics/queries';
import { clientToday, groupByFor, presetDays, type PeriodPreset } from './period-days';

export { PERIOD_PRESETS, type PeriodPreset } from './period-days';

/** The client's time zone (Europe/Moscow until the answer comes). */
export function useClientTimeZone(): string {
  const { data } = useQuery({
    queryKey: ['client-time-zone'],
    queryFn: () => graphql<{ me: { currentClient: { timeZone: string } | null } }>('{ me { currentClient { timeZone } } }'),
    staleTime: 5 * 60_000,
  });
  return data?.me.currentClient?.timeZone ?? 'Europe/Moscow';
}

/** The dashboard's period: this month in the client's days unless another is picked. */
export function useDashboardPeriod() {
  const timeZone = useClientTimeZone();
  const today = clientToday(timeZone);
  // Kept in react-admin's store: coming back from a linked list shows the same period.
  const [preset, setPreset] = useStore<PeriodPreset>('dashboard.period.preset', 'THIS_MONTH');
  const [custom, setCustom] = useStore<{ from: string; to: string }>('dashboard.period.custom', presetDays('THIS_MONTH', today));
  const days = preset === 'CUSTOM' ? custom : presetDays(preset, today);
  const period: AnalyticsPeriod = { ...days, groupBy: groupByFor(days.from, days.to) };
  return { period, preset, setPreset, custom, setCustom, today, timeZone };
}
