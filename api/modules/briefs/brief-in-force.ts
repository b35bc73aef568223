import type { TenantScope } from '../../auth/tenant-scope';
import { emptyBriefContent, type BriefContent, type BriefInForce } from './brief-content';
import { BriefStatus, BriefVersion } from './brief-version.entity';

/**
 * The approved version of the client's brief, or null when nothing is approved yet. Other modules
 * (matching guidance, reply checks, posting limits, deadlines, escalations) read the brief only
 * through this function, so drafts can never leak into what representatives and tools see.
 */
export async function loadBriefInForce(tenant: TenantScope): Promise<BriefInForce | null> {
  const version = await tenant.findOne(BriefVersion, { where: { status: BriefStatus.APPROVED } });
  if (!version) return null;
  return {
    briefId: version.briefId,
    versionId: version.id,
    versionNumber: version.number,
    approvedAt: version.approvedAt!,
    content: { ...emptyBriefContent(), ...(version.content as Partial<BriefContent>) },
  };
}
