import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { BriefContent } from '../briefs/brief-content';
import { Sentiment } from '../mentions/sentiment';
import { assigneeOf, routeEscalation, topicOf } from './escalation-routing';

/** The longest question a representative may write (EscalateCaseInput); a post is cut to it. */
const MAX_QUESTION_LENGTH = 5000;

/** What ingest knows of a new post when it decides about escalating it. */
export interface IngestedPost {
  text: string;
  sentiment: Sentiment;
  category: ConsumerCycleCategory | null;
  /** The best situation the matcher found, if any. */
  situationId: string | null;
  topic: string | null;
  hasApprovedReply: boolean;
  /** The case's response deadline. */
  deadlineAt: Date | null;
}

/** The escalation ingest opens for a case: who answers, on which topic, by when. */
export interface IngestEscalation {
  question: string;
  topic: string | null;
  responsiblePersonKey: string | null;
  assigneeName: string;
  assigneePosition: string | null;
  assigneeContact: string | null;
  assigneeUserId: string | null;
  dueAt: Date | null;
}

/**
 * A post that needs a thank-you rather than an answer from the base: a first review that is not a
 * complaint, or a positive post that asks nothing. The representative thanks the person in their own
 * words; a responsible person has nothing to decide.
 */
export function needsOnlyThanks(post: Pick<IngestedPost, 'text' | 'sentiment' | 'category'>): boolean {
  if (post.category === ConsumerCycleCategory.FIRST_REVIEW && post.sentiment !== Sentiment.NEGATIVE) return true;
  return post.sentiment === Sentiment.POSITIVE && !post.text.includes('?');
}

/**
 * Whether ingest escalates a new case by itself (README, "Escalation at ingest"): the base has no
 * answer for it (the matcher found no situation, or the best situation has no approved reply for the
 * platform, so the case would have no suggested reply), and the post is not one that only needs thanks.
 */
export function escalatesAtIngest(post: IngestedPost): boolean {
  const baseHasAnswer = post.situationId !== null && post.hasApprovedReply;
  return !baseHasAnswer && !needsOnlyThanks(post);
}

/**
 * The escalation for a post, routed as escalateCase routes a representative's question: the best
 * situation's topic, else the first brief topic whose keyword the post holds; the responsible person
 * for that topic, else for the category, else the PR specialists. The question is the post itself.
 */
export function planIngestEscalation(content: BriefContent | null, post: IngestedPost, now: Date): IngestEscalation {
  const topic = topicOf(content, post.topic, post.text);
  const person = routeEscalation(content, topic, post.category);
  const text = post.text.trim();
  return {
    question: text.length > MAX_QUESTION_LENGTH ? `${text.slice(0, MAX_QUESTION_LENGTH - 1)}…` : text,
    topic,
    ...assigneeOf(person, now, post.deadlineAt),
  };
}
