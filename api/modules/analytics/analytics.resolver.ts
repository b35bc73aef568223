import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ExportFile } from '../../common/export-file';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { AnalyticsExportArgs, CaseAnalytics, CaseAnalyticsArgs } from './analytics.types';
import { caseAnalytics } from './case-analytics.service';
import { CaseExportArgs, exportCaseAnalytics, exportCases } from './analytics-export.service';
import { caseInfographic, InfographicArgs } from './infographic/infographic.service';

/** Aggregates hold no posts or authors: responsible people may read them; a representative gets their own. */
const ANALYTICS_READERS = [Role.PR_SPECIALIST, Role.RESPONSIBLE, Role.REPRESENTATIVE];

@Resolver()
export class AnalyticsResolver {
  @Authorized(ANALYTICS_READERS)
  @Query(() => CaseAnalytics, {
    description:
      "Case figures of a period of the client's days (time series, response and resolution times, deadline share, first-response bands, categories, sentiments, " +
      'most frequent situations), each against the previous period of equal length. A representative gets the figures of their own cases (asking for another ' +
      'representative is FORBIDDEN, reason OWN_FIGURES_ONLY). Read from daily rollups: the cost follows the number of days, not of cases.',
  })
  caseAnalytics(@Args() args: CaseAnalyticsArgs, @Ctx() context: RequestContext): Promise<CaseAnalytics> {
    return caseAnalytics(context, args);
  }

  @Authorized(ANALYTICS_READERS)
  @Query(() => ExportFile, { description: 'One table of caseAnalytics (same arguments and rules) as a CSV or XLSX file, with Russian headers.' })
  exportCaseAnalytics(@Args() args: AnalyticsExportArgs, @Ctx() context: RequestContext): Promise<ExportFile> {
    return exportCaseAnalytics(context, args);
  }

  @Authorized([Role.PR_SPECIALIST, Role.REPRESENTATIVE])
  @Query(() => ExportFile, {
    description:
      "Every case requested in the period (client days), one row each, as CSV or XLSX, oldest first. A representative gets their own cases. At most 100,000 rows: a longer export is BAD_USER_INPUT, reason EXPORT_TOO_LARGE.",
  })
  exportCases(@Args() args: CaseExportArgs, @Ctx() context: RequestContext): Promise<ExportFile> {
    return exportCases(context, args);
  }

  @Authorized([Role.PR_SPECIALIST])
  @Query(() => ExportFile, {
    description:
      'A one-page infographic of the period for PR use, in Russian (PNG 1080×1350 or an A4 PDF): requests handled, the most frequent problems, the average ' +
      "reaction time against the call centre's (client.callCentreAnswerMinutes), problems solved, positive reviews.",
  })
  caseInfographic(@Args() args: InfographicArgs, @Ctx() context: RequestContext): Promise<ExportFile> {
    return caseInfographic(context, args);
  }
}
