import { registerEnumType } from 'type-graphql';
import type { BriefSection } from '../briefs/brief-content';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { PlatformKind } from '../platforms/platform-kind';

/**
 * What the question generators make from the standard: drafts a trainer reviews before any learner
 * sees them. Pure data, so the generators are pure functions and a test can hold every draft's right
 * answer against its source.
 */

/** Which rule of the standard a draft was made from. */
export enum GeneratorKind {
  TOPIC_POLICY = 'TOPIC_POLICY',
  RESPONSE_DEADLINE = 'RESPONSE_DEADLINE',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
  BRAND_SPELLING = 'BRAND_SPELLING',
  POSTING_LIMIT = 'POSTING_LIMIT',
  MOVE_TO_PRIVATE = 'MOVE_TO_PRIVATE',
  PICK_THE_REPLY = 'PICK_THE_REPLY',
  FIND_THE_FAULT = 'FIND_THE_FAULT',
}
registerEnumType(GeneratorKind, {
  name: 'QuestionGenerator',
  description: 'Which rule of the standard a generated question is made from.',
  valuesConfig: {
    TOPIC_POLICY: { description: 'Brief topics: may the representative comment on it (allowed, forbidden, no comment)?' },
    RESPONSE_DEADLINE: { description: 'Brief response deadlines: within what time must this kind of post be answered?' },
    RESPONSIBLE_PERSON: { description: 'Brief responsible people: who answers questions on this topic?' },
    BRAND_SPELLING: { description: "Brief content rules: the brand's right spelling among its wrong ones." },
    POSTING_LIMIT: { description: 'Brief posting rules: how many posts a day or a week?' },
    MOVE_TO_PRIVATE: { description: 'Brief standard situations: does this one move to private messages?' },
    PICK_THE_REPLY: { description: 'Argument base: a phrasing of a situation; pick its approved reply among replies of the same category.' },
    FIND_THE_FAULT: { description: "checkReply's rules: an approved reply with one fault planted; name what breaks the brief." },
  },
});

export const BRIEF_GENERATORS = [
  GeneratorKind.TOPIC_POLICY,
  GeneratorKind.RESPONSE_DEADLINE,
  GeneratorKind.RESPONSIBLE_PERSON,
  GeneratorKind.BRAND_SPELLING,
  GeneratorKind.POSTING_LIMIT,
  GeneratorKind.MOVE_TO_PRIVATE,
] as const;

/** Where a question comes from: an item of a brief version, or a reply's approved revision. */
export type QuestionSource =
  | { kind: 'BRIEF_ITEM'; briefId: string; briefVersionId: string; section: BriefSection; itemKey: string }
  | { kind: 'REPLY_REVISION'; situationId: string; replyId: string; revision: number; revisionId: string | null };

export type DraftQuestionType = 'SINGLE_CHOICE' | 'TRUE_FALSE' | 'PICK_THE_REPLY' | 'FIND_THE_FAULT';

export interface DraftChoice {
  /** Stable within the question: the value the choice stands for ("FORBIDDEN", "4", a reply id). */
  key: string;
  text: string;
  correct: boolean;
  /** PICK_THE_REPLY: the situation and the kept reply revision the choice quotes. */
  situationId?: string;
  replyRevisionId?: string | null;
}

export interface QuestionDraft {
  generator: GeneratorKind;
  type: DraftQuestionType;
  prompt: string;
  /** PICK_THE_REPLY: the post; FIND_THE_FAULT: the draft reply. */
  material: string | null;
  choices: DraftChoice[];
  explanation: string;
  source: QuestionSource;
  /** The same generator and source give the same fingerprint: regenerating adds no duplicates. */
  fingerprint: string;
}

/** The argument base as the generators read it: situations with their curated phrasings and approved reply. */
export interface BaseSituation {
  id: string;
  key: string;
  title: string;
  category: ConsumerCycleCategory;
  topic: string | null;
  examples: string[];
  /** `revisionId`: the kept ReplyRevision row of that revision. */
  approvedReply: { id: string; revision: number; revisionId: string | null; text: string } | null;
}

export interface GeneratorPlatform {
  id: string;
  name: string;
  kind: PlatformKind;
  replyLengthLimit: number | null;
}

export const briefFingerprint = (generator: GeneratorKind, section: BriefSection, itemKey: string, detail = '') =>
  [generator, section, itemKey, detail].filter(Boolean).join(':');
