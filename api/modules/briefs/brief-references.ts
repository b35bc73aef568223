import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import { isUuid } from '../../common/ids';
import { Platform } from '../platforms/platform.entity';
import { Quiz } from '../certification/quiz.entity';
import { Membership } from '../users/membership.entity';
import { Role } from '../users/role';
import { emptyBriefContent, type BriefContent } from './brief-content';
import { referencedIds, type ContentReferences, type DraftContent } from './brief-content-rules';
import type { PlatformNames } from './brief-labels';

/** Names of the client's platforms that the contents mention (one query, none when none are named). */
export async function platformNames(tenant: TenantScope, contents: DraftContent[]): Promise<PlatformNames> {
  const ids = [...new Set(contents.flatMap((content) => referencedIds(content).platformIds))].filter(isUuid);
  if (ids.length === 0) return new Map();
  const platforms = await tenant.find(Platform, { where: { id: In(ids) } });
  return new Map(platforms.map((platform) => [platform.id, platform.name]));
}

/** What the content's ids point at in the client: its platforms, and its RESPONSIBLE accounts. */
export async function loadReferences(tenant: TenantScope, content: DraftContent): Promise<ContentReferences> {
  const { userIds: named, quizIds } = referencedIds(content);
  const userIds = named.filter(isUuid);
  // One after the other: inside a transaction both would share one connection anyway.
  const platforms = await platformNames(tenant, [content]);
  const memberships = userIds.length ? await tenant.find(Membership, { where: { userId: In(userIds), role: Role.RESPONSIBLE } }) : [];
  const certifying = quizIds.some(isUuid) ? await tenant.find(Quiz, { where: { id: In(quizIds.filter(isUuid)), certifying: true } }) : [];
  return { platforms, responsibleUserIds: new Set(memberships.map((membership) => membership.userId)), certifyingQuizIds: new Set(certifying.map((quiz) => quiz.id)) };
}

/** Stored content with every section present, whatever an older row or a factory left out. */
export function completeContent(content: Partial<BriefContent> | null | undefined): BriefContent {
  return { ...emptyBriefContent(), ...content };
}
