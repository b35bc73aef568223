import type { EntityManager } from 'typeorm';
import { emptyBriefContent, type BriefContent, type BriefInForce } from './brief-content';
import { BriefStatus, BriefVersion } from './brief-version.entity';

/**
 * The approved version of the client's brief, or null when nothing is approved yet. Other modules
 * (matching guidance, reply checks, posting limits, deadlines, escalations) read the brief only
 * through this function, so drafts can never leak into what representatives and tools see.
 */
export async function loadBriefInForce(manager: EntityManager, clientId: string): Promise<BriefInForce | null> {
  const version = await manager.findOne(BriefVersion, { where: { clientId, status: BriefStatus.APPROVED } });
  if (!version) return null;
  return {
    briefId: version.briefId,
    versionId: version.id,
    versionNumber: version.number,
    approvedAt: version.approvedAt!,
    content: { ...emptyBriefContent(), ...(version.content as Partial<BriefContent>) },
  };
}
