import type { TenantScope } from '../../auth/tenant-scope';
import { ErrorReason } from '../../common/error-reasons';
import { badInput } from '../../common/errors';
import type { BriefContent } from './brief-content';
import { loadBriefInForce } from './brief-in-force';

/**
 * A topic named by a situation or an escalation must be a key of the brief in force's topics: a free
 * word ("сервис") would be stored, and would route the question to the wrong person. Refuses an
 * unknown key with UNKNOWN_TOPIC, listing the valid keys (with their names) in `validTopics`.
 */
export async function assertTopicInForce(tenant: TenantScope, topic: string | null | undefined, field = 'topic'): Promise<void> {
  if (topic == null || topic === '') return;
  assertTopicOf((await loadBriefInForce(tenant))?.content ?? null, topic, field);
}

/** assertTopicInForce for a caller that has the brief in force already (null: none is approved). */
export function assertTopicOf(content: Pick<BriefContent, 'topics'> | null, topic: string | null | undefined, field = 'topic'): void {
  if (topic == null || topic === '') return;
  const topics = content?.topics ?? [];
  if (topics.some((item) => item.key === topic)) return;
  const valid = topics.map((item) => item.key);
  const error = badInput(
    { field, message: valid.length ? `"${topic}" is not a topic of the brief in force; use one of ${valid.join(', ')}` : `"${topic}" is not a topic: no brief with topics is in force` },
    ErrorReason.UNKNOWN_TOPIC,
  );
  Object.assign(error.details, { validTopics: topics.map((item) => ({ key: item.key, name: item.name })) });
  throw error;
}
