import type { TenantScope } from '../../auth/tenant-scope';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { pickReplyFor } from '../argument-base/rendered-reply';
import type { ReplyStatus } from '../argument-base/reply.entity';
import { rankPosts } from '../matching/match-batch';
import type { PlatformKind } from '../platforms/platform-kind';
import type { Sentiment } from './sentiment';
import { scoreSentiment } from './sentiment-lexicon';

export interface MentionToClassify {
  platformId: string;
  platformKind: PlatformKind;
  authorHandle: string;
  text: string;
}

export interface MentionClassification {
  sentiment: Sentiment;
  /** Null only when the base has nothing the post resembles (an empty base): never guessed. */
  category: ConsumerCycleCategory | null;
  /** The best situation, when the matcher found one above its threshold. */
  situationId: string | null;
  matchScore: number | null;
  /** The best situation's topic, for routing an escalation. */
  topic: string | null;
  /** Whether the best situation has an approved reply for the platform's kind: the case then has a suggested reply. */
  hasApprovedReply: boolean;
}

/**
 * The one place ingest (and the demo seed) classifies new posts, in bulk, inside the ingest
 * transaction: the sentiment from the Russian lexicon, and from the argument-base matcher the
 * category, the best situation and its score. The matcher's candidate query runs once for the whole
 * batch (match-batch.ts); identical texts are matched once. The case deadline follows the category.
 */
export async function classifyMentions(tenant: TenantScope, mentions: MentionToClassify[]): Promise<MentionClassification[]> {
  if (mentions.length === 0) return [];
  const texts = [...new Set(mentions.map((mention) => mention.text))];
  const rankings = await rankPosts(tenant, texts);
  const rankingOf = new Map(texts.map((text, index) => [text, rankings[index]]));
  return mentions.map((mention) => {
    const ranking = rankingOf.get(mention.text)!;
    const best = ranking.noMatch ? undefined : ranking.ranked[0];
    const replies = best?.situation.replies.map((reply) => ({ ...reply, status: reply.status as ReplyStatus })) ?? [];
    return {
      sentiment: scoreSentiment(mention.text).sentiment,
      category: ranking.ranked.length ? ranking.category : null,
      situationId: best?.situation.id ?? null,
      matchScore: best ? Math.round(best.score * 1000) / 1000 : null,
      topic: best?.situation.topic ?? null,
      hasApprovedReply: pickReplyFor(replies, mention.platformKind) !== undefined,
    };
  });
}
