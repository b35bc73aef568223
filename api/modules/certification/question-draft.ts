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

export const BRIEF_GENERATORS = [
  GeneratorKind.TOPIC_POLICY,
  GeneratorKind.RESPONSE_DEADLINE,
  GeneratorKind.RESPONSIBLE_PERSON,
  GeneratorKind.BRAND_SPELLING,
  GeneratorKind.POSTING_LIMIT,
  GeneratorKind.MOVE_TO_PRIVATE,
] as const;

/** Where a question comes from: an item of a brief version, a reply's approved revision, or a platform. */
export type QuestionSource =
  | { kind: 'BRIEF_ITEM'; briefVersionId: string; section: BriefSection; itemKey: string }
  | { kind: 'REPLY_REVISION'; situationId: string; replyId: string; revision: number }
  | { kind: 'PLATFORM'; platformId: string };

export type DraftQuestionType = 'SINGLE_CHOICE' | 'TRUE_FALSE' | 'PICK_THE_REPLY' | 'FIND_THE_FAULT';

export interface DraftChoice {
  /** Stable within the question: the value the choice stands for ("FORBIDDEN", "4", a reply id). */
  key: string;
  text: string;
  correct: boolean;
}

export interface QuestionDraft {
  generator: GeneratorKind;
  type: DraftQuestionType;
  prompt: string;
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
  approvedReply: { id: string; revision: number; text: string } | null;
}

export interface GeneratorPlatform {
  id: string;
  name: string;
  kind: PlatformKind;
  replyLengthLimit: number | null;
}

export const briefFingerprint = (generator: GeneratorKind, section: BriefSection, itemKey: string, detail = '') =>
  [generator, section, itemKey, detail].filter(Boolean).join(':');
