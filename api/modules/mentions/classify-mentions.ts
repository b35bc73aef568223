import type { EntityManager } from 'typeorm';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
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
  /** Null until a classifier that knows the consumer cycle is wired in: never guessed. */
  category: ConsumerCycleCategory | null;
  situationId: string | null;
  matchScore: number | null;
}

/**
 * The one place ingest classifies new posts, in bulk, inside the ingest transaction. Today it gives
 * the sentiment (Russian lexicon, see sentiment-lexicon.ts) and leaves category and situation empty;
 * the argument-base matcher fills those here when it lands, and the case deadline follows the
 * category it returns.
 */
export async function classifyMentions(_manager: EntityManager, _clientId: string, mentions: MentionToClassify[]): Promise<MentionClassification[]> {
  return mentions.map((mention) => ({ sentiment: scoreSentiment(mention.text).sentiment, category: null, situationId: null, matchScore: null }));
}
