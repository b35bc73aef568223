import { TopicPolicy, ContentRuleKind, type BriefInForce, type BriefSection } from '../briefs/brief-content';
import { hoursInRussian, placeLabel, russian, type PlatformNames } from '../briefs/brief-labels';
import { briefFingerprint, GeneratorKind, type DraftChoice, type QuestionDraft } from './question-draft';

/**
 * Questions made from the brief in force. Each asks about one item and its right answer is read from
 * that item, nothing else; distractors come from the item's neighbours in the same section, else from
 * plausible numbers near the right one.
 */

const MAX_CHOICES = 4;

const POLICY_CHOICES: Record<TopicPolicy, string> = {
  [TopicPolicy.ALLOWED]: 'Да, эту тему можно обсуждать',
  [TopicPolicy.FORBIDDEN]: 'Нет, тема запрещена в публичных ответах',
  [TopicPolicy.NO_COMMENT]: 'Нет, тему не комментируют вовсе',
};

/** The right value first, then distinct distractors, at most MAX_CHOICES, ordered by key so the right one is not always first. */
function choicesOf(right: { key: string; text: string }, others: { key: string; text: string }[]): DraftChoice[] {
  const seen = new Set([right.key]);
  const distractors = others.filter((other) => !seen.has(other.key) && Boolean(seen.add(other.key))).slice(0, MAX_CHOICES - 1);
  return [{ ...right, correct: true }, ...distractors.map((other) => ({ ...other, correct: false }))].sort((left, right) =>
    left.key.localeCompare(right.key, 'en', { numeric: true }),
  );
}

/** Numbers near `value` that are not it: the distractors of a count or a number of hours. */
function nearNumbers(value: number, candidates: number[]): number[] {
  const around = [value * 2, value + 1, value > 1 ? value - 1 : value + 2, value + 3, value * 3];
  return [...candidates, ...around].filter((candidate) => candidate !== value && candidate >= 0);
}

type Make = (brief: BriefInForce, platforms: PlatformNames) => QuestionDraft[];

function source(brief: BriefInForce, section: BriefSection, itemKey: string) {
  return { kind: 'BRIEF_ITEM' as const, briefId: brief.briefId, briefVersionId: brief.versionId, section, itemKey };
}

const topicPolicy: Make = (brief) =>
  brief.content.topics.map((topic) => ({
    generator: GeneratorKind.TOPIC_POLICY,
    type: 'SINGLE_CHOICE',
    material: null,
    prompt: `Может ли представитель комментировать тему «${topic.name}»?`,
    choices: Object.values(TopicPolicy).map((policy) => ({ key: policy, text: POLICY_CHOICES[policy], correct: policy === topic.policy })),
    explanation: [`По техническому заданию: ${russian.policies[topic.policy]}.`, topic.note ?? ''].join(' ').trim(),
    source: source(brief, 'topics', topic.key),
    fingerprint: briefFingerprint(GeneratorKind.TOPIC_POLICY, 'topics', topic.key),
  }));

const responseDeadline: Make = (brief) => {
  const deadlines = brief.content.responseDeadlines;
  return deadlines.map((deadline) => {
    const place = deadline.platformKind ? `на площадках вида «${russian.platformKinds[deadline.platformKind]}»` : 'на любой площадке';
    const what = deadline.category ? `обращение категории «${russian.categories[deadline.category]}»` : 'любое обращение';
    const option = (hours: number) => ({ key: String(hours), text: hoursInRussian(hours) });
    return {
      generator: GeneratorKind.RESPONSE_DEADLINE,
      type: 'SINGLE_CHOICE' as const,
      material: null,
    prompt: `В течение какого времени нужно ответить на ${what} ${place}?`,
      choices: choicesOf(option(deadline.hours), nearNumbers(deadline.hours, deadlines.map((other) => other.hours)).map(option)),
      explanation: `Срок ответа по техническому заданию: ${hoursInRussian(deadline.hours)}.`,
      source: source(brief, 'responseDeadlines', deadline.key),
      fingerprint: briefFingerprint(GeneratorKind.RESPONSE_DEADLINE, 'responseDeadlines', deadline.key),
    };
  });
};

const responsiblePerson: Make = (brief) => {
  const people = brief.content.responsiblePeople;
  const topics = new Map(brief.content.topics.map((topic) => [topic.key, topic]));
  const option = (person: (typeof people)[number]) => ({ key: person.key, text: `${person.name}, ${person.position}` });
  return people.flatMap((person) =>
    person.topicKeys
      .filter((topicKey) => topics.has(topicKey))
      .map((topicKey) => {
        // Anyone else answering for the same topic would be right too, so they are never distractors.
        const others = people.filter((other) => !other.topicKeys.includes(topicKey)).map(option);
        return { person, topicKey, others };
      })
      .filter(({ others }) => others.length > 0)
      .map(({ topicKey, others }) => ({
        generator: GeneratorKind.RESPONSIBLE_PERSON,
        type: 'SINGLE_CHOICE' as const,
        material: null,
    prompt: `Кто отвечает на вопросы по теме «${topics.get(topicKey)!.name}»?`,
        choices: choicesOf(option(person), others),
        explanation: `${person.name} (${person.position}); срок ответа: ${hoursInRussian(person.answerWithinHours)}; связь: ${person.contact}.`,
        source: source(brief, 'responsiblePeople', person.key),
        fingerprint: briefFingerprint(GeneratorKind.RESPONSIBLE_PERSON, 'responsiblePeople', person.key, topicKey),
      })),
  );
};

const brandSpelling: Make = (brief) =>
  brief.content.contentRules
    .filter((rule) => rule.kind === ContentRuleKind.BRAND_SPELLING && rule.variants.length > 0)
    .map((rule) => ({
      generator: GeneratorKind.BRAND_SPELLING,
      type: 'SINGLE_CHOICE' as const,
      material: null,
      prompt: 'Как по техническому заданию пишется название компании?',
      choices: choicesOf({ key: rule.text, text: rule.text }, rule.variants.map((variant) => ({ key: variant, text: variant }))),
      explanation: [`Пишем «${rule.text}».`, rule.note ?? ''].join(' ').trim(),
      source: source(brief, 'contentRules', rule.key),
      fingerprint: briefFingerprint(GeneratorKind.BRAND_SPELLING, 'contentRules', rule.key),
    }));

const postingLimit: Make = (brief, platforms) =>
  brief.content.postingRules.flatMap((rule) => {
    const place = placeLabel(rule, platforms);
    const limits = [
      { period: 'day', max: rule.maxPostsPerDay, words: 'в сутки' },
      { period: 'week', max: rule.maxPostsPerWeek, words: 'в неделю' },
    ].filter((limit): limit is { period: string; max: number; words: string } => limit.max !== null);
    return limits.map((limit) => {
      const option = (count: number) => ({ key: String(count), text: String(count) });
      return {
        generator: GeneratorKind.POSTING_LIMIT,
        type: 'SINGLE_CHOICE' as const,
        material: null,
    prompt: `Сколько публикаций ${limit.words} разрешено техническим заданием (${place})?`,
        choices: choicesOf(option(limit.max), nearNumbers(limit.max, []).map(option)),
        explanation: [`Не больше ${limit.max} ${limit.words} (${place}).`, rule.note ?? ''].join(' ').trim(),
        source: source(brief, 'postingRules', rule.key),
        fingerprint: briefFingerprint(GeneratorKind.POSTING_LIMIT, 'postingRules', rule.key, limit.period),
      };
    });
  });

const moveToPrivate: Make = (brief) =>
  brief.content.standardSituations.map((situation) => ({
    generator: GeneratorKind.MOVE_TO_PRIVATE,
    type: 'TRUE_FALSE' as const,
    material: null,
    prompt: `Верно ли: в ситуации «${situation.name}» разговор переводят в личные сообщения?`,
    choices: [
      { key: 'true', text: 'Верно', correct: situation.moveToPrivate },
      { key: 'false', text: 'Неверно', correct: !situation.moveToPrivate },
    ],
    explanation: `Как действовать: ${situation.behaviour}`,
    source: source(brief, 'standardSituations', situation.key),
    fingerprint: briefFingerprint(GeneratorKind.MOVE_TO_PRIVATE, 'standardSituations', situation.key),
  }));

export const BRIEF_QUESTION_MAKERS: Record<string, Make> = {
  [GeneratorKind.TOPIC_POLICY]: topicPolicy,
  [GeneratorKind.RESPONSE_DEADLINE]: responseDeadline,
  [GeneratorKind.RESPONSIBLE_PERSON]: responsiblePerson,
  [GeneratorKind.BRAND_SPELLING]: brandSpelling,
  [GeneratorKind.POSTING_LIMIT]: postingLimit,
  [GeneratorKind.MOVE_TO_PRIVATE]: moveToPrivate,
};

/** Drafts from the brief in force, for the generators asked (every brief generator when none are named). */
export function briefQuestions(brief: BriefInForce, platforms: PlatformNames, generators?: GeneratorKind[]): QuestionDraft[] {
  return Object.entries(BRIEF_QUESTION_MAKERS)
    .filter(([generator]) => !generators || generators.includes(generator as GeneratorKind))
    .flatMap(([, make]) => make(brief, platforms));
}

