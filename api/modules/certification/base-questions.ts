import { fillPlaceholders } from '../argument-base/rendered-reply';
import { checkReplyText } from '../argument-base/reply-check';
import { ReplyCheckRule } from '../argument-base/reply-check.types';
import { findName } from '../argument-base/text-matching';
import { ContentRuleKind, TopicPolicy, type BriefInForce } from '../briefs/brief-content';
import { russian } from '../briefs/brief-labels';
import { GeneratorKind, type BaseSituation, type DraftChoice, type GeneratorPlatform, type QuestionDraft, type QuestionSource } from './question-draft';

/**
 * Questions made from the argument base (an example phrasing → its approved reply) and from
 * checkReply's rules (a clean approved reply with one fault planted). The fault questions are checked
 * by checkReply itself: a draft is kept only when checkReply finds exactly the planted fault, so the
 * right answer is what the product would tell the representative.
 */

const MAX_DISTRACTORS = 3;
const LEARNER_NAME = 'Ирина';

const render = (text: string, brand: string) => fillPlaceholders(text, { name: LEARNER_NAME, brand }).text;

const replySource = (situation: BaseSituation): QuestionSource => ({
  kind: 'REPLY_REVISION',
  situationId: situation.id,
  replyId: situation.approvedReply!.id,
  revision: situation.approvedReply!.revision,
  revisionId: situation.approvedReply!.revisionId,
});

/** For every curated phrasing of a situation with an approved reply: pick that reply among replies of the same category. */
export function pickTheReplyQuestions(situations: BaseSituation[], brand: string): QuestionDraft[] {
  const answered = situations.filter((situation) => situation.approvedReply).sort((left, right) => left.key.localeCompare(right.key));
  return answered.flatMap((situation) => {
    const distractors = answered
      .filter((other) => other.id !== situation.id && other.category === situation.category && other.approvedReply!.text !== situation.approvedReply!.text)
      .slice(0, MAX_DISTRACTORS);
    if (distractors.length === 0) return [];
    const choices: DraftChoice[] = [situation, ...distractors]
      .map((each) => ({
        key: each.approvedReply!.id,
        text: render(each.approvedReply!.text, brand),
        correct: each.id === situation.id,
        situationId: each.id,
        replyRevisionId: each.approvedReply!.revisionId,
      }))
      .sort((left, right) => left.text.localeCompare(right.text, 'ru'));
    return situation.examples.map((example, index) => ({
      generator: GeneratorKind.PICK_THE_REPLY,
      type: 'PICK_THE_REPLY' as const,
      prompt: 'Какой ответ из аргументарной базы подходит к этому посту?',
      material: example,
      choices,
      explanation: `Ситуация «${situation.title}» (${russian.categories[situation.category]}): её одобренный ответ.`,
      source: replySource(situation),
      fingerprint: `${GeneratorKind.PICK_THE_REPLY}:${situation.id}:${index}`,
    }));
  });
}

/** The kinds of fault a find-the-fault question offers, in the order choices are shown. */
export const FAULT_CHOICES: Record<ReplyCheckRule, string> = {
  [ReplyCheckRule.FORBIDDEN_PHRASE]: 'Запрещённая фраза',
  [ReplyCheckRule.FORBIDDEN_TOPIC]: 'Запрещённая тема',
  [ReplyCheckRule.NO_COMMENT_TOPIC]: 'Тема, которую не комментируют',
  [ReplyCheckRule.BRAND_SPELLING]: 'Название компании написано неверно',
  [ReplyCheckRule.PREFERRED_TERM]: 'Слово, которое ТЗ велит заменить',
  [ReplyCheckRule.PERSONAL_DATA]: 'Личные данные в публичном ответе',
  [ReplyCheckRule.LENGTH_LIMIT]: 'Слишком длинно для площадки',
};

interface Plant {
  rule: ReplyCheckRule;
  /** The brief item the fault breaks (null: a rule of checkReply that needs no brief item). */
  ruleKey: string | null;
  source: (fallback: QuestionSource) => QuestionSource;
  apply: (clean: string) => string;
  where: string;
}

const PUBLIC_PHONE = '+7 912 345-67-89';

function plantsFor(brief: BriefInForce, platform: GeneratorPlatform | null): Plant[] {
  const briefItem = (section: 'topics' | 'contentRules', itemKey: string) => () => ({ kind: 'BRIEF_ITEM' as const, briefId: brief.briefId, briefVersionId: brief.versionId, section, itemKey });
  const plants: Plant[] = [];
  for (const rule of brief.content.contentRules) {
    if (rule.kind === ContentRuleKind.FORBIDDEN_PHRASE) {
      plants.push({ rule: ReplyCheckRule.FORBIDDEN_PHRASE, ruleKey: rule.key, source: briefItem('contentRules', rule.key), apply: (clean) => `${clean} ${capitalise(rule.text)}.`, where: rule.key });
    }
    if (rule.kind === ContentRuleKind.BRAND_SPELLING && rule.variants.length > 0) {
      const wrong = rule.variants[0];
      plants.push({
        rule: ReplyCheckRule.BRAND_SPELLING,
        ruleKey: rule.key,
        source: briefItem('contentRules', rule.key),
        apply: (clean) => (findName(clean, rule.text).length ? clean.split(rule.text).join(wrong) : `${clean} Ваш ${wrong}.`),
        where: rule.key,
      });
    }
  }
  for (const topic of brief.content.topics) {
    if (topic.policy === TopicPolicy.ALLOWED || topic.keywords.length === 0) continue;
    const rule = topic.policy === TopicPolicy.FORBIDDEN ? ReplyCheckRule.FORBIDDEN_TOPIC : ReplyCheckRule.NO_COMMENT_TOPIC;
    plants.push({ rule, ruleKey: topic.key, source: briefItem('topics', topic.key), apply: (clean) => `${clean} Отдельно скажем про ${topic.keywords[0]}: подробности позже.`, where: topic.key });
  }
  plants.push({ rule: ReplyCheckRule.PERSONAL_DATA, ruleKey: null, source: (fallback) => fallback, apply: (clean) => `${clean} Это ваш номер ${PUBLIC_PHONE}? Перезвоним.`, where: 'phone' });
  if (platform?.replyLengthLimit) {
    const limit = platform.replyLengthLimit;
    plants.push({
      rule: ReplyCheckRule.LENGTH_LIMIT,
      ruleKey: null,
      source: (fallback) => fallback,
      apply: (clean) => {
        let long = clean;
        while ([...long].length <= limit) long = `${long} ${clean}`;
        return long;
      },
      where: platform.id,
    });
  }
  return plants;
}

const capitalise = (text: string) => text.trim().charAt(0).toUpperCase() + text.trim().slice(1);

/** The right kind, then the next kinds in the order of FAULT_CHOICES, shown in that order. */
function faultChoices(right: ReplyCheckRule): DraftChoice[] {
  const kinds = Object.keys(FAULT_CHOICES) as ReplyCheckRule[];
  const at = kinds.indexOf(right);
  const offered = new Set([right, ...[1, 2, 3].map((step) => kinds[(at + step) % kinds.length])]);
  return kinds.filter((kind) => offered.has(kind)).map((kind) => ({ key: kind, text: FAULT_CHOICES[kind], correct: kind === right }));
}

/**
 * One find-the-fault draft per rule of the brief checkReply enforces (and personal data, and the
 * platform's length when a platform is given), each planted in the first approved reply that is clean.
 */
export function findTheFaultQuestions(brief: BriefInForce, situations: BaseSituation[], brand: string, platform: GeneratorPlatform | null): QuestionDraft[] {
  const cleanReplies = situations
    .filter((situation) => situation.approvedReply)
    .sort((left, right) => left.key.localeCompare(right.key))
    .map((situation) => ({ situation, text: render(situation.approvedReply!.text, brand) }))
    .filter(({ text }) => checkReplyText(text, brief.content, platform).length === 0);
  const drafts: QuestionDraft[] = [];
  for (const plant of plantsFor(brief, platform)) {
    for (const { situation, text } of cleanReplies) {
      const draft = plant.apply(text);
      const violations = checkReplyText(draft, brief.content, platform);
      const onlyThePlant = violations.length > 0 && violations.every((violation) => violation.rule === plant.rule && (plant.ruleKey === null || violation.ruleKey === plant.ruleKey));
      if (!onlyThePlant) continue;
      drafts.push({
        generator: GeneratorKind.FIND_THE_FAULT,
        type: 'FIND_THE_FAULT',
        prompt: `Что в этом черновике ответа${platform ? ` для площадки «${platform.name}»` : ''} нарушает техническое задание?`,
        material: draft,
        choices: faultChoices(plant.rule),
        explanation: violations[0].message,
        source: plant.source(replySource(situation)),
        fingerprint: `${GeneratorKind.FIND_THE_FAULT}:${plant.rule}:${plant.where}`,
      });
      break;
    }
  }
  return drafts;
}
