import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import type { RequestContext } from '../../context';
import { Representative } from '../representatives/representative.entity';
import { Role } from '../users/role';
import type { KpiPeriod } from './kpi-metric';
import { kpiProgress } from './kpi-progress';
import { Platform } from '../platforms/platform.entity';
import type { KpiProgress } from './kpi-progress.types';

/**
 * A PR specialist sees the client's progress, or one representative's when naming them; a
 * representative always sees their own (their cases and posts, their platforms' entries).
 */
export async function kpiProgressFor(
  context: RequestContext,
  args: { period: KpiPeriod; platformId?: string | null; representativeId?: string | null; at?: Date | null },
): Promise<KpiProgress> {
  let representativeId = args.representativeId ?? null;
  // Any id named must be the client's (an empty or malformed one is NOT_FOUND, never sent to SQL).
  if (representativeId !== null) await context.tenant.get(Representative, representativeId);
  if (args.platformId != null) await context.tenant.get(Platform, args.platformId);
  if (!context.hasRole(Role.PR_SPECIALIST)) {
    const own = await context.tenant.findOne(Representative, { where: { userId: context.user.id } });
    if (!own) {
      throw badInput({ field: 'representativeId', message: 'you are not registered as a representative of this client; a PR specialist adds you (Representatives)' }, ErrorReason.NOT_A_REPRESENTATIVE);
    }
    representativeId = own.id;
  }
  return kpiProgress(context.tenant, { period: args.period, platformId: args.platformId, representativeId, at: args.at ?? undefined });
}
