import { useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';
import { CASE_ANALYTICS, type AnalyticsPeriod, type CaseAnalytics } from '../analytics/queries';

/** caseAnalytics of the period, shared by every card of the dashboard (one request). */
export function useCaseAnalytics(period: AnalyticsPeriod) {
  return useQuery({
    queryKey: ['case-analytics', period],
    queryFn: async () => (await graphql<{ caseAnalytics: CaseAnalytics }>(CASE_ANALYTICS, { ...period })).caseAnalytics,
  });
}
