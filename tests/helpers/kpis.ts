import type { DataSource } from 'typeorm';
import { KpiMetric } from '../../api/modules/kpis/kpi-metric';
import { MetricEntry } from '../../api/modules/kpis/metric-entry.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import type { Client } from '../../api/modules/clients/client.entity';
import type { Platform } from '../../api/modules/platforms/platform.entity';
import { LoggedPostKind } from '../../api/modules/posts/post-kind';
import { Post } from '../../api/modules/posts/post.entity';
import type { OfficialAccount } from '../../api/modules/representatives/official-account.entity';
import { makeCase } from '../../seeds/factories';

/** A case answered (and, when `finishedAt` is given, finished with the result given), written straight to the tables. */
export async function makeWorkedCase(
  dataSource: DataSource,
  client: Client,
  platform: Platform,
  times: { requestedAt: string; firstResponseAt: string; finishedAt?: string },
  result: Partial<Pick<Case, 'resolved' | 'positiveFeedback' | 'siteVisit' | 'promoUsed' | 'representativeUserId'>> = {},
): Promise<Case> {
  const caseRow = await makeCase(dataSource, client, { platform, requestedAt: new Date(times.requestedAt), firstResponseAt: new Date(times.firstResponseAt) });
  const finished = times.finishedAt !== undefined;
  const status = finished ? (result.resolved ? CaseStatus.RESOLVED : CaseStatus.CLOSED) : CaseStatus.ANSWERED;
  await dataSource.getRepository(Case).update(caseRow.id, {
    status,
    finishedAt: finished ? new Date(times.finishedAt!) : null,
    resolved: result.resolved ?? null,
    positiveFeedback: result.positiveFeedback ?? false,
    siteVisit: result.siteVisit ?? false,
    promoUsed: result.promoUsed ?? false,
    representativeUserId: result.representativeUserId ?? null,
  });
  return dataSource.getRepository(Case).findOneByOrFail({ id: caseRow.id });
}

export function makePost(dataSource: DataSource, account: OfficialAccount, userId: string, kind: LoggedPostKind, postedAt: string): Promise<Post> {
  return dataSource.getRepository(Post).save({
    clientId: account.clientId,
    platformId: account.platformId,
    officialAccountId: account.id,
    userId,
    kind,
    text: 'Новость: открылся новый сервисный центр',
    url: null,
    postedAt: new Date(postedAt),
    violations: [],
  });
}

export function makeMetricEntry(dataSource: DataSource, client: Client, platform: Platform, metric: KpiMetric, day: string, value: number): Promise<MetricEntry> {
  return dataSource.getRepository(MetricEntry).save({ clientId: client.id, platformId: platform.id, metric, day, value, source: 'test', enteredByUserId: null, enteredByApiKeyId: null });
}
