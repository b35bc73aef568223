import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import { pickReplyFor } from '../argument-base/rendered-reply';
import { ReplyRevision } from '../argument-base/reply-revision.entity';
import { Reply, ReplyStatus } from '../argument-base/reply.entity';
import { ExampleSource, SituationExample } from '../argument-base/situation-example.entity';
import { Situation } from '../argument-base/situation.entity';
import { Platform } from '../platforms/platform.entity';
import type { BaseSituation, GeneratorPlatform } from './question-draft';

/**
 * The argument base as the generators read it: live situations, their curated phrasings (never a
 * real author's post, which may hold personal data) and the approved reply for every platform kind.
 * Four statements whatever the size of the base.
 */
export async function loadBaseForQuestions(tenant: TenantScope): Promise<BaseSituation[]> {
  const situations = await tenant.find(Situation, { where: { isArchived: false }, order: { key: 'ASC' } });
  if (situations.length === 0) return [];
  const ids = situations.map((situation) => situation.id);
  const examples = await tenant.find(SituationExample, { where: { situationId: In(ids), source: ExampleSource.CURATED }, order: { createdAt: 'ASC', id: 'ASC' } });
  const replies = await tenant.find(Reply, { where: { situationId: In(ids), status: ReplyStatus.APPROVED } });
  const kept = replies.length ? await tenant.find(ReplyRevision, { where: { replyId: In(replies.map((reply) => reply.id)) } }) : [];
  const revisionIdOf = (reply: Reply) => kept.find((revision) => revision.replyId === reply.id && revision.revision === reply.revision)?.id ?? null;
  return situations.map((situation) => {
    const reply = pickReplyFor(
      replies.filter((each) => each.situationId === situation.id),
      null,
    );
    return {
      id: situation.id,
      key: situation.key,
      title: situation.title,
      category: situation.category,
      topic: situation.topic,
      examples: examples.filter((example) => example.situationId === situation.id).map((example) => example.text),
      approvedReply: reply ? { id: reply.id, revision: reply.revision, revisionId: revisionIdOf(reply), text: reply.text } : null,
    };
  });
}

export async function loadPlatformsForQuestions(tenant: TenantScope): Promise<GeneratorPlatform[]> {
  const platforms = await tenant.find(Platform, { order: { name: 'ASC' } });
  return platforms.map((platform) => ({ id: platform.id, name: platform.name, kind: platform.kind, replyLengthLimit: platform.replyLengthLimit }));
}
