import { registerEnumType } from 'type-graphql';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import type { PlatformKind } from '../platforms/platform-kind';

/**
 * The content of a brief version, section by section. This is what other modules read from the brief
 * in force (matching guidance, reply checks, posting limits, deadlines, escalations), so the shapes
 * here are a contract between modules.
 *
 * Every item carries a `key`: a slug unique within its section, kept when a new draft is copied from
 * an approved version. Diffs pair items by key; other items refer to topics by key.
 */

export enum PostKind {
  ANSWER = 'ANSWER',
  NEWS = 'NEWS',
  PROMOTION = 'PROMOTION',
}
registerEnumType(PostKind, { name: 'PostKind', description: 'Kinds of post a posting rule may allow.' });

export enum TopicPolicy {
  ALLOWED = 'ALLOWED',
  FORBIDDEN = 'FORBIDDEN',
  NO_COMMENT = 'NO_COMMENT',
}
registerEnumType(TopicPolicy, {
  name: 'TopicPolicy',
  valuesConfig: {
    ALLOWED: { description: 'The representative may speak on it.' },
    FORBIDDEN: { description: 'Never raise or discuss it publicly.' },
    NO_COMMENT: { description: 'Do not comment at all; leave it or refer to the official source.' },
  },
});

export enum ContentRuleKind {
  BRAND_SPELLING = 'BRAND_SPELLING',
  PREFERRED_TERM = 'PREFERRED_TERM',
  FORBIDDEN_PHRASE = 'FORBIDDEN_PHRASE',
  STYLE = 'STYLE',
}
registerEnumType(ContentRuleKind, {
  name: 'ContentRuleKind',
  valuesConfig: {
    BRAND_SPELLING: { description: '`text` is the canonical spelling; `variants` are the wrong ones.' },
    PREFERRED_TERM: { description: 'Say `text`, not any of `variants`.' },
    FORBIDDEN_PHRASE: { description: '`text` must never appear in a reply (`variants`: further forms of it).' },
    STYLE: { description: 'Free guidance in `text`.' },
  },
});

/** How often one may post on a platform (or on every platform of a kind), and what. */
export interface PostingRuleItem {
  key: string;
  /** One platform, or else every platform of `platformKind`; neither means every platform. */
  platformId: string | null;
  platformKind: PlatformKind | null;
  maxPostsPerDay: number | null;
  maxPostsPerWeek: number | null;
  allowedPostKinds: PostKind[];
  note: string | null;
  /** A certifying quiz: posting here needs a valid certificate of it (null or absent: none needed). */
  requiredQuizId?: string | null;
}

export interface TopicItem {
  /** Matches Situation.topic of the argument base (e.g. "credit", "warranty"). */
  key: string;
  name: string;
  policy: TopicPolicy;
  /** Words and phrases that reveal the topic in a post (matched with Russian morphology). */
  keywords: string[];
  /** How to behave. */
  note: string | null;
}

export interface ContentRuleItem {
  key: string;
  kind: ContentRuleKind;
  text: string;
  variants: string[];
  note: string | null;
}

/** Answer within `hours`, for a platform kind and/or a consumer-cycle category (null: any). */
export interface ResponseDeadlineItem {
  key: string;
  platformKind: PlatformKind | null;
  category: ConsumerCycleCategory | null;
  hours: number;
}

/** A standard situation and the behaviour prescribed ("a conflict moves to private messages"). */
export interface StandardSituationItem {
  key: string;
  name: string;
  /** Words that reveal the situation in a post. */
  triggers: string[];
  behaviour: string;
  moveToPrivate: boolean;
}

export interface ResponsiblePersonItem {
  key: string;
  name: string;
  position: string;
  /** Keys of the topics they answer for. */
  topicKeys: string[];
  contact: string;
  answerWithinHours: number;
  /** The staff account (RESPONSIBLE role) that receives escalations, when there is one. */
  userId: string | null;
}

export interface KpiTargetItem {
  key: string;
  metric: KpiMetric;
  target: number;
  period: KpiPeriod;
  platformId: string | null;
  /** The one KPI the brief puts first; it should not switch more often than once in 3 months (absent on older rows: false). */
  isPriority?: boolean;
}

export interface BriefContent {
  postingRules: PostingRuleItem[];
  topics: TopicItem[];
  contentRules: ContentRuleItem[];
  responseDeadlines: ResponseDeadlineItem[];
  standardSituations: StandardSituationItem[];
  responsiblePeople: ResponsiblePersonItem[];
  kpiTargets: KpiTargetItem[];
}

export const BRIEF_SECTIONS = [
  'postingRules',
  'topics',
  'contentRules',
  'responseDeadlines',
  'standardSituations',
  'responsiblePeople',
  'kpiTargets',
] as const satisfies readonly (keyof BriefContent)[];

export type BriefSection = (typeof BRIEF_SECTIONS)[number];

export const emptyBriefContent = (): BriefContent => ({
  postingRules: [],
  topics: [],
  contentRules: [],
  responseDeadlines: [],
  standardSituations: [],
  responsiblePeople: [],
  kpiTargets: [],
});

/** The approved version in force for a client, as other modules read it. */
export interface BriefInForce {
  briefId: string;
  versionId: string;
  versionNumber: number;
  approvedAt: Date;
  content: BriefContent;
}
