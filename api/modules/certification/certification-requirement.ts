import type { TenantScope } from '../../auth/tenant-scope';
import { ErrorReason } from '../../common/error-reasons';
import { forbidden } from '../../common/errors';
import type { PostingRuleItem } from '../briefs/brief-content';
import { postingRuleFor } from '../cases/posting-limits';
import type { Platform } from '../platforms/platform.entity';
import { CertificationStatus, certificationStatuses, VALID_STATUSES } from './certification-status';

/** The certifying quiz the brief requires for posting on the platform (its posting rule's), or null. */
export function requiredQuizFor(rules: PostingRuleItem[], platform: Pick<Platform, 'id' | 'kind'>): string | null {
  return postingRuleFor(rules, platform)?.requiredQuizId ?? null;
}

/**
 * Refuses a post by a representative without a valid certificate where the brief in force requires
 * one for the platform (FORBIDDEN, reason CERTIFICATION_REQUIRED, naming the quiz to take). Valid:
 * CERTIFIED, EXPIRING, or NEEDS_REFRESH within its grace. One statement when a quiz is required,
 * none otherwise. Every operation that logs a post on a platform calls it.
 */
export async function assertCertifiedToPost(
  tenant: TenantScope,
  input: { platform: Pick<Platform, 'id' | 'kind' | 'name'>; userId: string; postingRules: PostingRuleItem[] },
): Promise<void> {
  const quizId = requiredQuizFor(input.postingRules, input.platform);
  if (!quizId) return;
  const [entry] = await certificationStatuses(tenant, { userIds: [input.userId], quizIds: [quizId] });
  if (entry && VALID_STATUSES.includes(entry.status)) return;
  const quizTitle = entry?.quizTitle ?? (await tenant.sql<{ title: string }>('SELECT title FROM quiz WHERE client_id = $client AND id = $2', [quizId]))[0]?.title ?? null;
  const status = entry?.status ?? CertificationStatus.NONE;
  throw forbidden(
    `Posting on "${input.platform.name}" needs a valid certificate of the quiz "${quizTitle ?? quizId}" (the brief in force requires it); the representative's is ${status}. Take the quiz, then post.`,
    { reason: ErrorReason.CERTIFICATION_REQUIRED, quizId, quizTitle, status },
  );
}
