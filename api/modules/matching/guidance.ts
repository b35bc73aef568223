import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { TopicPolicy, type BriefInForce } from '../briefs/brief-content';
import type { PlatformKind } from '../platforms/platform-kind';
import type { ReplyGuidance, TouchedTopic, TriggeredStandardSituation } from './matching.types';
import { findPersonalData } from './personal-data';

/** A word of the post with its lexemes (from the same `russian` configuration as the base). */
export interface PostWord {
  word: string;
  lexemes: string[];
}

/**
 * Two lexemes are the same word in different forms: equal, one a prefix of the other, or sharing
 * all but the last two letters. Snowball leaves some forms apart ("увольнен" / "увольня").
 */
export function lexemesMeet(left: string, right: string): boolean {
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (shorter.length >= 4 && longer.startsWith(shorter)) return true;
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common += 1;
  return common >= Math.max(5, shorter.length - 2);
}

/**
 * The post's words that show a keyword (a word or a phrase): every lexeme of the keyword must be
 * met by some word of the post. Empty when the keyword is not there.
 */
export function wordsShowing(keywordLexemes: string[], words: PostWord[]): string[] {
  if (keywordLexemes.length === 0) return [];
  const shown: string[] = [];
  for (const lexeme of keywordLexemes) {
    const word = words.find((candidate) => candidate.lexemes.some((own) => lexemesMeet(own, lexeme)));
    if (!word) return [];
    if (!shown.includes(word.word)) shown.push(word.word);
  }
  return shown;
}

function showing(keywords: string[], lexemesOf: Map<string, string[]>, words: PostWord[]): string[] {
  return [...new Set(keywords.flatMap((keyword) => wordsShowing(lexemesOf.get(keyword) ?? [], words)))];
}

export interface GuidanceInput {
  text: string;
  words: PostWord[];
  /** Lexemes of every keyword and trigger of the brief. */
  lexemesOf: Map<string, string[]>;
  brief: BriefInForce | null;
  platform: { id: string; kind: PlatformKind } | null;
  category: ConsumerCycleCategory;
  /** The best match's topic, when there is a match with one. */
  matchedTopic: string | null;
  now: Date;
}

/** Every keyword and trigger of a brief, whose lexemes guidance needs. */
export function briefVocabulary(brief: BriefInForce | null): string[] {
  if (!brief) return [];
  const { topics, standardSituations } = brief.content;
  return [...new Set([...topics.flatMap((topic) => topic.keywords), ...standardSituations.flatMap((situation) => situation.triggers)])];
}

/** Applies the brief in force to a post on a platform. Without a brief, no brief rule is made up. */
export function buildGuidance(input: GuidanceInput): ReplyGuidance {
  const personalData = findPersonalData(input.text);
  const brief = input.brief;
  if (!brief) {
    return {
      briefInForce: false,
      briefVersion: null,
      restrictedTopics: [],
      personalData,
      standardSituations: [],
      moveToPrivate: personalData.length > 0,
      topicKeys: input.matchedTopic ? [input.matchedTopic] : [],
      responsiblePeople: [],
      deadline: null,
      postingLimit: null,
    };
  }
  const content = brief.content;
  const touched = content.topics
    .map((topic) => ({ topic, words: showing(topic.keywords, input.lexemesOf, input.words) }))
    .filter(({ words }) => words.length > 0);
  const restrictedTopics: TouchedTopic[] = touched
    .filter(({ topic }) => topic.policy !== TopicPolicy.ALLOWED)
    .map(({ topic, words }) => ({ key: topic.key, name: topic.name, policy: topic.policy, note: topic.note, words }));
  const standardSituations: TriggeredStandardSituation[] = content.standardSituations
    .map((situation) => ({ situation, words: showing(situation.triggers, input.lexemesOf, input.words) }))
    .filter(({ words }) => words.length > 0)
    .map(({ situation, words }) => ({ key: situation.key, name: situation.name, behaviour: situation.behaviour, moveToPrivate: situation.moveToPrivate, words }));

  const topicKeys = input.matchedTopic ? [input.matchedTopic] : touched.map(({ topic }) => topic.key);
  const responsiblePeople = content.responsiblePeople.flatMap((person) => {
    const topicKey = topicKeys.find((key) => person.topicKeys.includes(key));
    return topicKey
      ? [{ key: person.key, name: person.name, position: person.position, contact: person.contact, answerWithinHours: person.answerWithinHours, userId: person.userId, topicKey }]
      : [];
  });

  const kind = input.platform?.kind ?? null;
  const fitting = content.responseDeadlines
    .filter((deadline) => (deadline.platformKind === null || deadline.platformKind === kind) && (deadline.category === null || deadline.category === input.category))
    .map((deadline) => ({ deadline, specificity: Number(deadline.platformKind !== null) + Number(deadline.category !== null) }))
    // Most specific first; among equally specific rules the strictest one holds.
    .sort((left, right) => right.specificity - left.specificity || left.deadline.hours - right.deadline.hours);
  const chosen = fitting[0]?.deadline;
  const deadline = chosen
    ? { key: chosen.key, hours: chosen.hours, answerBy: new Date(input.now.getTime() + chosen.hours * 3_600_000), platformKind: chosen.platformKind, category: chosen.category }
    : null;

  const platform = input.platform;
  const rule =
    (platform && content.postingRules.find((candidate) => candidate.platformId === platform.id)) ??
    (platform && content.postingRules.find((candidate) => candidate.platformId === null && candidate.platformKind === platform.kind)) ??
    content.postingRules.find((candidate) => candidate.platformId === null && candidate.platformKind === null);
  const postingLimit = rule
    ? { key: rule.key, maxPostsPerDay: rule.maxPostsPerDay, maxPostsPerWeek: rule.maxPostsPerWeek, allowedPostKinds: rule.allowedPostKinds, note: rule.note, platformId: rule.platformId, platformKind: rule.platformKind }
    : null;

  return {
    briefInForce: true,
    briefVersion: brief.versionNumber,
    restrictedTopics,
    personalData,
    standardSituations,
    moveToPrivate: personalData.length > 0 || standardSituations.some((situation) => situation.moveToPrivate),
    topicKeys,
    responsiblePeople,
    deadline,
    postingLimit,
  };
}
