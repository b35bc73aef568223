import { tokenize, type Token } from '../../common/russian-stemmer';
import { ContentRuleKind, TopicPolicy, type BriefContent, type ContentRuleItem } from '../briefs/brief-content';
import { findPersonalData, PersonalDataKind } from './personal-data';
import { BREACH_RULES, ReplyCheckRule, type ReplyViolation } from './reply-check.types';
import { findName, findPhrase, matchCase, overlaps, withEnding, type Span } from './text-matching';

const PERSONAL_DATA_NAMES: Record<PersonalDataKind, string> = {
  [PersonalDataKind.PHONE]: 'номер телефона',
  [PersonalDataKind.EMAIL]: 'адрес электронной почты',
  [PersonalDataKind.CARD_NUMBER]: 'номер банковской карты',
  [PersonalDataKind.BANK_ACCOUNT]: 'номер банковского счёта',
  [PersonalDataKind.CONTRACT_NUMBER]: 'номер договора',
  [PersonalDataKind.PASSPORT_NUMBER]: 'паспортные данные',
};

type Draft = Omit<ReplyViolation, 'fragment' | 'breach'>;

const withNote = (message: string, note: string | null) => (note?.trim() ? `${message} ${note.trim()}` : message);

function topicViolations(tokens: Token[], brief: BriefContent): Draft[] {
  const drafts: Draft[] = [];
  for (const topic of brief.topics) {
    if (topic.policy === TopicPolicy.ALLOWED) continue;
    const rule = topic.policy === TopicPolicy.FORBIDDEN ? ReplyCheckRule.FORBIDDEN_TOPIC : ReplyCheckRule.NO_COMMENT_TOPIC;
    const verdict = topic.policy === TopicPolicy.FORBIDDEN ? 'запрещена в публичных ответах' : 'не комментируется';
    for (const keyword of topic.keywords) {
      for (const span of findPhrase(tokens, keyword)) {
        drafts.push({
          rule,
          ...span,
          message: withNote(`Тема «${topic.name}» ${verdict} (слово «${keyword}»).`, topic.note),
          suggestion: null,
          ruleKey: topic.key,
          personalDataKind: null,
        });
      }
    }
  }
  return drafts;
}

function brandViolations(text: string, rule: ContentRuleItem): Draft[] {
  const canonical = rule.text.trim();
  // The brand written right (in any case ending) is never reported, whatever wrong spelling it contains.
  const spelledRight: Span[] = [];
  const drafts: Draft[] = [];
  for (const occurrence of findName(text, canonical)) {
    if (occurrence.written === canonical) {
      spelledRight.push(occurrence);
      continue;
    }
    drafts.push({
      rule: ReplyCheckRule.BRAND_SPELLING,
      start: occurrence.start,
      end: occurrence.end,
      message: withNote(`Название бренда пишется «${canonical}».`, rule.note),
      suggestion: withEnding(canonical, occurrence.ending),
      ruleKey: rule.key,
      personalDataKind: null,
    });
  }
  for (const variant of rule.variants) {
    for (const occurrence of findName(text, variant)) {
      if ([...spelledRight, ...drafts].some((taken) => overlaps(taken, occurrence))) continue;
      drafts.push({
        rule: ReplyCheckRule.BRAND_SPELLING,
        start: occurrence.start,
        end: occurrence.end,
        message: withNote(`Название бренда написано неверно: пишите «${canonical}», а не «${variant.trim()}».`, rule.note),
        suggestion: withEnding(canonical, occurrence.ending),
        ruleKey: rule.key,
        personalDataKind: null,
      });
    }
  }
  return drafts;
}

function contentRuleViolations(text: string, tokens: Token[], brief: BriefContent): Draft[] {
  const drafts: Draft[] = [];
  for (const rule of brief.contentRules) {
    switch (rule.kind) {
      case ContentRuleKind.BRAND_SPELLING:
        drafts.push(...brandViolations(text, rule));
        break;
      case ContentRuleKind.PREFERRED_TERM:
        for (const term of rule.variants) {
          for (const span of findPhrase(tokens, term)) {
            drafts.push({
              rule: ReplyCheckRule.PREFERRED_TERM,
              ...span,
              message: withNote(`Говорите «${rule.text.trim()}», а не «${term.trim()}».`, rule.note),
              suggestion: matchCase(text.slice(span.start, span.end), rule.text.trim()),
              ruleKey: rule.key,
              personalDataKind: null,
            });
          }
        }
        break;
      case ContentRuleKind.FORBIDDEN_PHRASE:
        for (const phrase of [rule.text, ...rule.variants]) {
          for (const span of findPhrase(tokens, phrase)) {
            drafts.push({
              rule: ReplyCheckRule.FORBIDDEN_PHRASE,
              ...span,
              message: withNote(`Фраза «${rule.text.trim()}» запрещена техническим заданием.`, rule.note),
              suggestion: null,
              ruleKey: rule.key,
              personalDataKind: null,
            });
          }
        }
        break;
      case ContentRuleKind.STYLE:
        // Free guidance for people; nothing a program can check.
        break;
      default: {
        // A kind added to briefs later is skipped here until this check learns it (the compiler asks for it).
        const unknown: never = rule.kind;
        void unknown;
      }
    }
  }
  return drafts;
}

function personalDataViolations(text: string): Draft[] {
  return findPersonalData(text).map((found) => ({
    rule: ReplyCheckRule.PERSONAL_DATA,
    start: found.start,
    end: found.end,
    message: `В публичном ответе ${PERSONAL_DATA_NAMES[found.kind]}: уберите его и продолжите в личных сообщениях.`,
    suggestion: null,
    ruleKey: null,
    personalDataKind: found.kind,
  }));
}

/** Characters as people count them (code points), and where the n-th one starts in the string. */
function codePointIndex(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen += 1) index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  return index;
}

export const characterCount = (text: string) => [...text].length;

function lengthViolation(text: string, platform: { name: string; replyLengthLimit: number | null } | null): Draft[] {
  const limit = platform?.replyLengthLimit;
  const length = characterCount(text);
  if (!limit || length <= limit) return [];
  return [
    {
      rule: ReplyCheckRule.LENGTH_LIMIT,
      start: codePointIndex(text, limit),
      end: text.length,
      message: `Площадка «${platform!.name}» принимает ответы до ${limit} знаков, а в этом ${length}: сократите на ${length - limit}.`,
      suggestion: null,
      ruleKey: null,
      personalDataKind: null,
    },
  ];
}

/**
 * Every problem of a draft reply under the brief in force (null: none is approved yet, so only the
 * rules that need no brief apply) and the platform it is meant for, in text order.
 */
export function checkReplyText(text: string, brief: BriefContent | null, platform: { name: string; replyLengthLimit: number | null } | null): ReplyViolation[] {
  const tokens = tokenize(text);
  const drafts = [
    ...(brief ? [...topicViolations(tokens, brief), ...contentRuleViolations(text, tokens, brief)] : []),
    ...personalDataViolations(text),
    ...lengthViolation(text, platform),
  ];
  // Two keywords of a topic, or two forms of a phrase, can find the same words: report them once.
  const seen = new Set<string>();
  return drafts
    .filter((draft) => {
      const identity = [draft.rule, draft.ruleKey, draft.start, draft.end].join(':');
      return !seen.has(identity) && Boolean(seen.add(identity));
    })
    .map((draft) => ({ ...draft, fragment: text.slice(draft.start, draft.end), breach: BREACH_RULES.includes(draft.rule) }))
    .sort((left, right) => left.start - right.start || left.end - right.end || left.rule.localeCompare(right.rule));
}
